package org.saphan.platform;

import java.util.Properties;
import org.saphan.platform.config.Utf8Properties;

/** Test lines taken from the seed texts (see fixtures/seed-texts.properties for where each comes from). */
public final class SeedTexts {

  private static final Properties LINES = Utf8Properties.fromClasspath("/fixtures/seed-texts.properties");

  private SeedTexts() {}

  public static String line(String key) {
    String line = LINES.getProperty(key);
    if (line == null) {
      throw new IllegalArgumentException("no fixture line " + key);
    }
    return line;
  }
}
