package org.saphan.schemas.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaValidationException;
import org.apache.avro.SchemaValidator;
import org.apache.avro.SchemaValidatorBuilder;
import org.saphan.schemas.SchemaVersion;

/**
 * The build's schema compatibility gate.
 *
 * <p>Every schema that declares a {@code saphan.version} is a published event schema. Each released
 * version is frozen, self-contained, in {@code releases/<full name>/<major>.<minor>.avsc}. The gate
 * enforces:
 *
 * <ol>
 *   <li>the current schema has a release file for its version, and is identical to it (a released
 *       version is never edited in place: bump the minor and freeze);
 *   <li>the current version is the highest released one;
 *   <li>every released version is FULL_TRANSITIVE compatible (old and new read each other's data)
 *       with all earlier versions of the same major.
 * </ol>
 *
 * <p>Run by the schemas module at {@code process-classes}; {@code --freeze} writes missing release
 * files for the current versions.
 */
public final class CompatibilityGate {

  private final SchemaValidator fullTransitive = new SchemaValidatorBuilder().mutualReadStrategy().validateAll();

  public static void main(String[] args) {
    boolean freeze = args.length == 3 && args[0].equals("--freeze");
    if (!(args.length == 2 || freeze)) {
      throw new IllegalArgumentException("usage: CompatibilityGate [--freeze] <schema source dir> <releases dir>");
    }
    Path sources = Path.of(args[freeze ? 1 : 0]);
    Path releases = Path.of(args[freeze ? 2 : 1]);
    CompatibilityGate gate = new CompatibilityGate();
    if (freeze) {
      gate.freeze(sources, releases).forEach(p -> System.out.println("froze " + p));
      return;
    }
    List<String> violations = gate.check(sources, releases);
    if (!violations.isEmpty()) {
      throw new GateException("schema compatibility gate failed:\n  - " + String.join("\n  - ", violations));
    }
    System.out.println("schema compatibility gate: " + releasedVersionCount(releases) + " released versions checked, all compatible");
  }

  /** Returns every violation found; empty when the tree passes. */
  public List<String> check(Path sources, Path releasesDir) {
    List<String> violations = new ArrayList<>();
    Map<String, NavigableMap<SchemaVersion, Schema>> releases = readReleases(releasesDir);
    for (Schema current : versionedSchemas(sources)) {
      SchemaVersion version = SchemaVersion.of(current);
      NavigableMap<SchemaVersion, Schema> released = releases.getOrDefault(current.getFullName(), new TreeMap<>());
      Schema frozen = released.get(version);
      if (frozen == null) {
        violations.add(current.getFullName() + " " + version + " has no release file "
            + releaseFile(releasesDir, current.getFullName(), version)
            + " (run ./mvnw -pl schemas compile exec:java@freeze-releases after bumping saphan.version)");
      } else if (!frozen.equals(current)) {
        violations.add(current.getFullName() + " " + version + " differs from its released version: a released schema is"
            + " immutable; bump the minor version (compatible change) or the major version (breaking change)");
      }
      if (!released.isEmpty() && released.lastKey().compareTo(version) > 0) {
        violations.add(current.getFullName() + " is at " + version + " but " + released.lastKey() + " was already released");
      }
    }
    releases.forEach((name, versions) -> violations.addAll(checkTransitive(name, versions)));
    return violations;
  }

  /** Writes the release file of every current version that has none; never overwrites one. */
  public List<Path> freeze(Path sources, Path releasesDir) {
    List<Path> written = new ArrayList<>();
    for (Schema current : versionedSchemas(sources)) {
      Path file = releaseFile(releasesDir, current.getFullName(), SchemaVersion.of(current));
      if (Files.exists(file)) {
        continue;
      }
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, current.toString(true) + "\n");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file, e);
      }
      written.add(file);
    }
    return written;
  }

  private List<String> checkTransitive(String name, NavigableMap<SchemaVersion, Schema> versions) {
    List<String> violations = new ArrayList<>();
    List<Map.Entry<SchemaVersion, Schema>> earlier = new ArrayList<>();
    for (Map.Entry<SchemaVersion, Schema> release : versions.entrySet()) {
      List<Map.Entry<SchemaVersion, Schema>> sameMajor =
          earlier.stream().filter(e -> e.getKey().major() == release.getKey().major()).toList();
      try {
        fullTransitive.validate(release.getValue(), sameMajor.stream().map(Map.Entry::getValue).toList());
      } catch (SchemaValidationException e) {
        for (Map.Entry<SchemaVersion, Schema> old : sameMajor) {
          explain(name, old, release).forEach(violations::add);
        }
      }
      earlier.add(release);
    }
    return violations;
  }

  /** Says precisely which reader cannot read which writer, and why. */
  private static List<String> explain(String name, Map.Entry<SchemaVersion, Schema> old, Map.Entry<SchemaVersion, Schema> newer) {
    List<String> reasons = new ArrayList<>();
    describe(name, "readers of " + old.getKey(), "data written with " + newer.getKey(), old.getValue(), newer.getValue(), reasons);
    describe(name, "readers of " + newer.getKey(), "data written with " + old.getKey(), newer.getValue(), old.getValue(), reasons);
    return reasons;
  }

  private static void describe(String name, String reader, String writer, Schema readerSchema, Schema writerSchema, List<String> out) {
    var result = SchemaCompatibility.checkReaderWriterCompatibility(readerSchema, writerSchema).getResult();
    if (result.getCompatibility() == SchemaCompatibilityType.COMPATIBLE) {
      return;
    }
    for (Incompatibility i : result.getIncompatibilities()) {
      out.add(name + ": " + reader + " cannot read " + writer + ", so the versions are not FULL_TRANSITIVE compatible: "
          + i.getType() + " at " + i.getLocation() + ": " + i.getMessage());
    }
  }

  private static List<Schema> versionedSchemas(Path sources) {
    return SchemaFiles.parseTree(sources).stream().filter(SchemaVersion::isDeclaredBy).toList();
  }

  private static Map<String, NavigableMap<SchemaVersion, Schema>> readReleases(Path releasesDir) {
    Map<String, NavigableMap<SchemaVersion, Schema>> releases = new TreeMap<>();
    for (Path file : SchemaFiles.avscFiles(releasesDir)) {
      String fullName = file.getParent().getFileName().toString();
      String fileVersion = file.getFileName().toString().replaceFirst("\\.avsc$", "");
      SchemaVersion version = SchemaVersion.parse(fileVersion);
      Schema schema = SchemaFiles.parseStandalone(file);
      if (!schema.getFullName().equals(fullName) || !version.equals(SchemaVersion.of(schema))) {
        throw new GateException("release file " + file + " holds " + schema.getFullName() + " " + SchemaVersion.of(schema)
            + "; its path must be releases/" + schema.getFullName() + "/" + SchemaVersion.of(schema) + ".avsc");
      }
      releases.computeIfAbsent(fullName, k -> new TreeMap<>()).put(version, schema);
    }
    return releases;
  }

  private static Path releaseFile(Path releasesDir, String fullName, SchemaVersion version) {
    return releasesDir.resolve(fullName).resolve(version + ".avsc");
  }

  private static int releasedVersionCount(Path releasesDir) {
    return SchemaFiles.avscFiles(releasesDir).size();
  }
}
