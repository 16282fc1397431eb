package org.saphan.schemas.gate;

import java.nio.file.Path;
import java.util.List;

/** Lets tests in other packages list schema files the way the gate does. */
public final class SchemaFilesAccess {
  private SchemaFilesAccess() {}

  public static List<Path> avscFiles(Path root) {
    return SchemaFiles.avscFiles(root);
  }
}
