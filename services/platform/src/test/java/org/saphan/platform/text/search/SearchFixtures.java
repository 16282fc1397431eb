package org.saphan.platform.text.search;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.saphan.platform.SeedTexts;
import org.saphan.platform.config.Utf8Properties;
import org.saphan.platform.text.LocalizedTexts;

/**
 * Lines for search tests: the seed-text fixtures (see {@link SeedTexts}) and the Thai news lines in
 * fixtures/search/thai-news.properties.
 */
final class SearchFixtures {

  private static final Properties SEEDS = Utf8Properties.fromClasspath("/fixtures/seed-texts.properties");
  private static final Properties NEWS = Utf8Properties.fromClasspath("/fixtures/search/thai-news.properties");

  private SearchFixtures() {}

  /** A line from either fixture file, as written. */
  static String line(String key) {
    String news = NEWS.getProperty(key);
    return news != null ? news : SeedTexts.line(key);
  }

  /** Every line by key, as callers index them: Burmese typed in Zawgyi converted to Unicode. */
  static Map<String, String> all() {
    Map<String, String> lines = new TreeMap<>();
    SEEDS.stringPropertyNames().forEach(key -> lines.put(key, LocalizedTexts.original(key.substring(0, 2), line(key)).getNormalized()));
    NEWS.stringPropertyNames().forEach(key -> lines.put(key, line(key)));
    return lines;
  }

  /** An index with the line of each of {@code keys} filed under that key. */
  static TextIndex<String> indexOf(String... keys) {
    TextIndex<String> index = TextIndex.withNaturalKeyOrder();
    for (String key : keys) {
      index.put(key, List.of(line(key)));
    }
    return index;
  }

  /** The keys of {@code hits}, best first. */
  static List<String> keys(List<SearchHit<String>> hits) {
    return hits.stream().map(SearchHit::key).toList();
  }
}
