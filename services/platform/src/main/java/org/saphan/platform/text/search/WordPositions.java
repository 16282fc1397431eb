package org.saphan.platform.text.search;

import java.util.Arrays;
import java.util.List;

/**
 * Where one word occurs among the texts filed under one key: (text index, word index) pairs in
 * the order the texts were put and the words occur, with those texts at hand. Filled while a key is
 * indexed, read-only after.
 */
final class WordPositions {

  private final List<SegmentedText> texts;
  private int[] pairs = new int[4];
  private int size;

  WordPositions(List<SegmentedText> texts) {
    this.texts = texts;
  }

  void add(int text, int word) {
    if (2 * size == pairs.length) {
      pairs = Arrays.copyOf(pairs, 2 * pairs.length);
    }
    pairs[2 * size] = text;
    pairs[2 * size + 1] = word;
    size++;
  }

  int size() {
    return size;
  }

  /** The text of the {@code i}th occurrence. */
  SegmentedText text(int i) {
    return texts.get(pairs[2 * i]);
  }

  /** Which word of its text the {@code i}th occurrence is. */
  int word(int i) {
    return pairs[2 * i + 1];
  }
}
