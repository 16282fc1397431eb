package org.saphan.schemas.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/** Reads the {@code .avsc} files of a schema tree the way the Avro Maven plugin does. */
final class SchemaFiles {

  /** The folder of shared types that other schemas refer to by name; parsed first. */
  static final String SHARED_TYPES_FOLDER = "common";

  private SchemaFiles() {}

  /** Parses every file of the tree with one parser (shared types first) and returns the schema each file defines. */
  static List<Schema> parseTree(Path root) {
    Schema.Parser parser = new Schema.Parser();
    List<Schema> schemas = new ArrayList<>();
    for (Path file : avscFiles(root)) {
      try {
        schemas.add(parser.parse(file.toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read schema file " + file, e);
      } catch (RuntimeException e) {
        throw new GateException("schema file " + root.relativize(file) + " does not parse: " + e.getMessage());
      }
    }
    return schemas;
  }

  /** Parses one self-contained schema file. */
  static Schema parseStandalone(Path file) {
    try {
      return new Schema.Parser().parse(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema file " + file, e);
    } catch (RuntimeException e) {
      throw new GateException("release file " + file + " does not parse: " + e.getMessage());
    }
  }

  static List<Path> avscFiles(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".avsc"))
          .sorted(Comparator.comparing((Path p) -> !isShared(root, p)).thenComparing(Path::toString))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list schema files under " + root, e);
    }
  }

  private static boolean isShared(Path root, Path file) {
    Path relative = root.relativize(file);
    return relative.getNameCount() > 1 && relative.getName(0).toString().equals(SHARED_TYPES_FOLDER);
  }
}
