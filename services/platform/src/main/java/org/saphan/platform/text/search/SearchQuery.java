package org.saphan.platform.text.search;

import java.util.BitSet;
import java.util.List;

/**
 * A query cut into words the way indexed texts are, plus its words' search forms written together
 * ({@link #joined}) with the offsets where the query's own words meet ({@link #isWordBoundary}).
 */
final class SearchQuery {

  private final List<String> words;
  private final String joined;
  private final BitSet boundaries;

  private SearchQuery(List<String> words) {
    this.words = List.copyOf(words);
    this.boundaries = new BitSet();
    StringBuilder joined = new StringBuilder();
    for (String word : words) {
      boundaries.set(joined.length());
      joined.append(word);
    }
    boundaries.set(joined.length());
    this.joined = joined.toString();
  }

  /** Throws {@link IllegalArgumentException} for a missing, blank, too long or wordless query. */
  static SearchQuery parse(String query) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("search query must not be empty or blank");
    }
    int length = query.codePointCount(0, query.length());
    if (length > TextIndex.MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "search query is " + length + " characters long; at most " + TextIndex.MAX_QUERY_LENGTH + " are allowed");
    }
    List<String> words = WordSegmenter.words(query).stream().map(WordToken::form).toList();
    if (words.isEmpty()) {
      throw new IllegalArgumentException("search query '" + query.strip() + "' has no letters or digits to search for");
    }
    return new SearchQuery(words);
  }

  /** The query's words in search form, in order. */
  List<String> words() {
    return words;
  }

  /** The query's words in search form written together, without the spaces or punctuation between them. */
  String joined() {
    return joined;
  }

  /** Whether the query's own segmentation puts a word boundary at {@code offset} of {@link #joined}. */
  boolean isWordBoundary(int offset) {
    return boundaries.get(offset);
  }
}
