package org.saphan.platform.text.search;

import java.util.Optional;

/**
 * What one kind of matching (phrase or substring) found under one key: how many of its texts
 * matched, how many occurrences there were in all, and the first occurrence in the first matching
 * text (in the order the texts were put), which becomes the {@link SearchHit}.
 */
record KeyMatches<K>(K key, SegmentedText firstText, TextMatch firstMatch, int texts, int occurrences) {

  boolean phrase() {
    return firstMatch.phrase();
  }

  SearchHit<K> toHit() {
    return new SearchHit<>(key, firstText.text(), firstMatch.start(), firstMatch.end(), firstMatch.phrase());
  }

  /** Adds up the matches under one key, given text by text in the order the texts were put. */
  static final class Tally<K> {

    private final K key;
    private SegmentedText firstText;
    private SegmentedText lastText;
    private TextMatch firstMatch;
    private int texts;
    private int occurrences;

    Tally(K key) {
      this.key = key;
    }

    void add(SegmentedText text, TextMatch match) {
      if (firstText == null) {
        firstText = text;
        firstMatch = match;
      }
      if (text != lastText) {
        lastText = text;
        texts++;
      }
      occurrences++;
    }

    Optional<KeyMatches<K>> result() {
      return firstText == null ? Optional.empty() : Optional.of(new KeyMatches<>(key, firstText, firstMatch, texts, occurrences));
    }
  }
}
