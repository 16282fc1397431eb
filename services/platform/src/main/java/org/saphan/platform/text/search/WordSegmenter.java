package org.saphan.platform.text.search;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into words with ICU's word {@link BreakIterator}. Thai, Lao, Burmese and Khmer are
 * written without spaces between words; ICU cuts them with its dictionary engines, and everything
 * else by the Unicode word-boundary rules (UAX #29).
 *
 * <p>Only word-like segments are kept: those whose rule status is at or above
 * {@link BreakIterator#WORD_NONE_LIMIT} (numbers, letters, kana, ideographs). Spaces, punctuation and
 * symbols are dropped. Each word keeps its offsets in the text as given and carries its
 * {@linkplain #searchForm search form}.
 *
 * <p>Burmese must be passed as Unicode: give the {@code normalized} field of a {@code LocalizedText},
 * which has Zawgyi-typed text converted. Zawgyi passed here is segmented as the code points it
 * happens to use and will not match Unicode queries.
 */
public final class WordSegmenter {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final ThreadLocal<BreakIterator> WORDS =
      ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));
  private static final ThreadLocal<BreakIterator> GRAPHEMES =
      ThreadLocal.withInitial(() -> BreakIterator.getCharacterInstance(ULocale.ROOT));

  private WordSegmenter() {}

  /** The words of {@code text} in order; empty when it has no letters or digits. */
  public static List<WordToken> words(String text) {
    BreakIterator words = WORDS.get();
    words.setText(text);
    try {
      List<WordToken> found = new ArrayList<>();
      int start = words.first();
      for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
        if (words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
          found.add(new WordToken(searchForm(text.substring(start, end)), start, end));
        }
      }
      return found;
    } finally {
      words.setText("");
    }
  }

  /**
   * The form words are compared in: NFC, then Unicode default case folding (which can change the
   * length: "Straße" becomes "strasse"), then NFC again because folding may un-compose. Callers that
   * store or compare text the way the index does can use this.
   */
  public static String searchForm(String text) {
    return NFC.normalize(UCharacter.foldCase(NFC.normalize(text), UCharacter.FOLD_CASE_DEFAULT));
  }

  /** Whether {@code offset} in {@code text} lies between two user-perceived characters (grapheme clusters). */
  static boolean isCharacterBoundary(String text, int offset) {
    if (offset <= 0 || offset >= text.length()) {
      return offset == 0 || offset == text.length();
    }
    BreakIterator characters = GRAPHEMES.get();
    characters.setText(text);
    try {
      return characters.isBoundary(offset);
    } finally {
      characters.setText("");
    }
  }
}
