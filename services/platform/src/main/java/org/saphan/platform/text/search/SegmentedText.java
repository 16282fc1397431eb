package org.saphan.platform.text.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An indexed text with its words, and the words' search forms written together ({@code joined},
 * spaces and punctuation left out) for substring matching. Immutable.
 */
final class SegmentedText {

  private final String text;
  private final List<WordToken> words;
  private final String joined;
  /** Where each word starts in {@link #joined}, then {@code joined.length()}: the text's word boundaries. */
  private final int[] boundaries;

  private SegmentedText(String text, List<WordToken> words) {
    this.text = text;
    this.words = List.copyOf(words);
    this.boundaries = new int[words.size() + 1];
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      boundaries[i] = joined.length();
      joined.append(words.get(i).form());
    }
    boundaries[words.size()] = joined.length();
    this.joined = joined.toString();
  }

  static SegmentedText of(String text) {
    return new SegmentedText(text, WordSegmenter.words(text));
  }

  String text() {
    return text;
  }

  List<WordToken> words() {
    return words;
  }

  /** Whether the query's words are this text's words from word {@code first} on. */
  boolean hasPhraseAt(int first, List<String> wanted) {
    if (first < 0 || first + wanted.size() > words.size()) {
      return false;
    }
    for (int i = 0; i < wanted.size(); i++) {
      if (!words.get(first + i).form().equals(wanted.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The phrase match of {@code count} words from word {@code first} on. */
  TextMatch phraseMatch(int first, int count) {
    return new TextMatch(words.get(first).start(), words.get(first + count - 1).end(), true);
  }

  /**
   * The places where the query's joined search form occurs in this text's joined search form and
   * the occurrence respects word boundaries as explained on {@link TextIndex}: both ends on this
   * text's word boundaries, or one end on a boundary and the other cutting into a word between two
   * characters, where the cut-off piece is a whole word by the query's own segmentation. Cost: one
   * {@link String#indexOf} scan of the joined form.
   */
  List<TextMatch> substringMatches(SearchQuery query) {
    String wanted = query.joined();
    List<TextMatch> matches = new ArrayList<>();
    for (int from = joined.indexOf(wanted); from >= 0; from = joined.indexOf(wanted, from + 1)) {
      int to = from + wanted.length();
      if (respectsWords(query, from, to)) {
        matches.add(new TextMatch(textOffset(from, false), textOffset(to, true), false));
      }
    }
    return matches;
  }

  private boolean respectsWords(SearchQuery query, int from, int to) {
    boolean startsOnBoundary = isBoundary(from);
    boolean endsOnBoundary = isBoundary(to);
    if (startsOnBoundary && endsOnBoundary) {
      return true;
    }
    if (!startsOnBoundary && !endsOnBoundary) {
      return false;
    }
    int cut = startsOnBoundary ? to : from;
    if (!cutsBetweenCharacters(cut)) {
      return false;
    }
    int nearestInside = startsOnBoundary ? lastBoundaryBefore(to) : firstBoundaryAfter(from);
    return nearestInside > from && nearestInside < to && query.isWordBoundary(nearestInside - from);
  }

  private boolean isBoundary(int offset) {
    return Arrays.binarySearch(boundaries, offset) >= 0;
  }

  /** For an offset that is not a boundary: the index of the word it falls inside. */
  private int wordAround(int offset) {
    return -Arrays.binarySearch(boundaries, offset) - 2;
  }

  private int firstBoundaryAfter(int offset) {
    return boundaries[wordAround(offset) + 1];
  }

  private int lastBoundaryBefore(int offset) {
    return boundaries[wordAround(offset)];
  }

  private boolean cutsBetweenCharacters(int offset) {
    int word = wordAround(offset);
    return WordSegmenter.isCharacterBoundary(words.get(word).form(), offset - boundaries[word]);
  }

  /**
   * Maps an offset in {@link #joined} back to {@link #text}. Inside a word whose search form has
   * the length of the word as written (NFC text without length-changing case folds) the offset maps
   * one to one; otherwise it widens to the whole word.
   */
  private int textOffset(int offset, boolean end) {
    int index = Arrays.binarySearch(boundaries, offset);
    if (index >= 0) {
      return end ? words.get(index - 1).end() : words.get(index).start();
    }
    int word = -index - 2;
    WordToken token = words.get(word);
    if (token.form().length() == token.end() - token.start()) {
      return token.start() + offset - boundaries[word];
    }
    return end ? token.end() : token.start();
  }
}
