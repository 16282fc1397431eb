package org.saphan.platform.text.search;

import java.util.Objects;

/**
 * A key found by {@link TextIndex#search}: one of its texts that matched, with the match at
 * {@code start} (inclusive) to {@code end} (exclusive) in that text for a snippet, and whether the
 * match was a phrase match (the query's words, in order) rather than a substring match.
 */
public record SearchHit<K>(K key, String text, int start, int end, boolean phrase) {

  public SearchHit {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end <= start || end > text.length()) {
      throw new IllegalArgumentException("match " + start + ".." + end + " is not inside a text of length " + text.length());
    }
  }

  /** The matched part of {@link #text}. */
  public String matched() {
    return text.substring(start, end);
  }
}
