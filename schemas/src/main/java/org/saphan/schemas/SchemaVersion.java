package org.saphan.schemas;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;

/**
 * The {@code major.minor} version a schema declares in its {@value #PROPERTY} property. Minor versions
 * of one major are mutually compatible (FULL_TRANSITIVE); a breaking change needs a new major, which
 * means a new topic ({@code bcc.<audience>.<stream>.v<major>}).
 */
public record SchemaVersion(int major, int minor) implements Comparable<SchemaVersion> {

  public static final String PROPERTY = "saphan.version";
  private static final Pattern FORMAT = Pattern.compile("(\\d+)\\.(\\d+)");
  private static final Comparator<SchemaVersion> ORDER =
      Comparator.comparingInt(SchemaVersion::major).thenComparingInt(SchemaVersion::minor);

  public SchemaVersion {
    if (major < 1 || minor < 0) {
      throw new IllegalArgumentException("schema version must be 1.0 or later, got " + major + "." + minor);
    }
  }

  public static SchemaVersion parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("schema version '" + text + "' is not of the form major.minor, e.g. 1.0");
    }
    return new SchemaVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The version a schema declares, or an error naming the schema when it declares none. */
  public static SchemaVersion of(Schema schema) {
    String declared = schema.getProp(PROPERTY);
    if (declared == null) {
      throw new IllegalArgumentException(
          "schema " + schema.getFullName() + " has no \"" + PROPERTY + "\" property; every published event schema declares one");
    }
    return parse(declared);
  }

  public static boolean isDeclaredBy(Schema schema) {
    return schema.getType() == Schema.Type.RECORD && schema.getProp(PROPERTY) != null;
  }

  @Override
  public int compareTo(SchemaVersion other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
