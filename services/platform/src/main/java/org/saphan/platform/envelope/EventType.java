package org.saphan.platform.envelope;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericContainer;
import org.saphan.platform.topic.Stream;
import org.saphan.schemas.SchemaVersion;

/**
 * What the platform needs to know about an event's schema: its name, version, stream and
 * fingerprint. Read from the schema's {@code saphan.version} and {@code saphan.stream} properties.
 */
public record EventType(Schema schema, String fullName, SchemaVersion version, Stream stream, long fingerprint) {

  public static final String STREAM_PROPERTY = "saphan.stream";

  public static EventType of(Schema schema) {
    if (schema.getType() != Schema.Type.RECORD || schema.getField("envelope") == null) {
      throw new IllegalArgumentException(schema.getFullName() + " is not an event: an event is a record whose first field is 'envelope'");
    }
    String stream = schema.getProp(STREAM_PROPERTY);
    if (stream == null) {
      throw new IllegalArgumentException("event schema " + schema.getFullName() + " has no \"" + STREAM_PROPERTY + "\" property");
    }
    SchemaVersion version = SchemaVersion.of(schema);
    Stream s = Stream.fromId(stream);
    if (version.major() != s.major()) {
      throw new IllegalArgumentException("event schema " + schema.getFullName() + " " + version + " is major " + version.major()
          + " but stream " + s.id() + " carries major " + s.major() + "; a new major needs a new topic version");
    }
    return new EventType(schema, schema.getFullName(), version, s, SchemaNormalization.parsingFingerprint64(schema));
  }

  public static EventType of(GenericContainer event) {
    return of(event.getSchema());
  }

  /** The fingerprint as 16 hex digits, as shown in errors and headers. */
  public String fingerprintHex() {
    return hex(fingerprint);
  }

  public static String hex(long fingerprint) {
    return String.format("%016x", fingerprint);
  }
}
