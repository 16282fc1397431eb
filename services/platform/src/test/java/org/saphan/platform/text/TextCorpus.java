package org.saphan.platform.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The labelled text corpus under {@code fixtures/text-corpus/} (README.md there says where every
 * line comes from): Burmese lines labelled ZAWGYI or UNICODE, and Thai, Lao and English lines that
 * must be left alone.
 */
final class TextCorpus {

  /** A Burmese line, its label (how it was really typed), its known Unicode form ("" when none) and its source. */
  record BurmeseLine(String label, String text, String unicode, String source) {

    boolean isZawgyi() {
      return label.equals("ZAWGYI");
    }

    boolean hasKnownUnicode() {
      return !unicode.isEmpty();
    }
  }

  /** A line in another language that Saphan must keep exactly as written. */
  record LeftAloneLine(String language, String text, String source) {}

  private TextCorpus() {}

  static List<BurmeseLine> burmese() {
    return read("burmese-labelled.tsv", f -> new BurmeseLine(f[0], f[1], f[2], f[3]));
  }

  static List<LeftAloneLine> leftAlone() {
    return read("left-alone.tsv", f -> new LeftAloneLine(f[0], f[1], f[2]));
  }

  private static <T> List<T> read(String name, Function<String[], T> row) {
    String path = "/fixtures/text-corpus/" + name;
    try (InputStream in = Objects.requireNonNull(TextCorpus.class.getResourceAsStream(path), path);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().filter(line -> !line.startsWith("#")).map(line -> row.apply(line.split("\t", -1))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }
}
