package org.saphan.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Test lines taken from the seed texts (see fixtures/seed-texts.properties for where each comes from). */
public final class SeedTexts {

  private static final Properties LINES = load();

  private SeedTexts() {}

  public static String line(String key) {
    String line = LINES.getProperty(key);
    if (line == null) {
      throw new IllegalArgumentException("no fixture line " + key);
    }
    return line;
  }

  private static Properties load() {
    try (var in = SeedTexts.class.getResourceAsStream("/fixtures/seed-texts.properties")) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
