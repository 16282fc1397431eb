package org.saphan.platform.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Properties files read as UTF-8, so Thai, Burmese and Lao text can be written as is rather than
 * as {@code \\u} escapes ({@link Properties#load(InputStream)} would read ISO-8859-1).
 */
public final class Utf8Properties {

  private Utf8Properties() {}

  /** A classpath resource, e.g. {@code /saphan-nodes.properties}; a missing resource is an error naming it. */
  public static Properties fromClasspath(String resource) {
    try (InputStream in = Utf8Properties.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + resource, e);
    }
  }

  public static Properties fromFile(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Properties read(Reader reader) throws IOException {
    Properties properties = new Properties();
    properties.load(reader);
    return properties;
  }
}
