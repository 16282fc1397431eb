package org.saphan.platform.text.search;

import java.util.Objects;

/**
 * One word of a text: its search form ({@link WordSegmenter#searchForm}) and where the word is in
 * the text it was cut from ({@code start} inclusive, {@code end} exclusive, UTF-16 offsets).
 */
public record WordToken(String form, int start, int end) {

  public WordToken {
    Objects.requireNonNull(form, "form");
    if (form.isEmpty() || start < 0 || end <= start) {
      throw new IllegalArgumentException("a word has a non-empty form and 0 <= start < end, got '" + form + "' " + start + ".." + end);
    }
  }
}
