package org.saphan.platform.text;

/**
 * Finds code points and orders that Zawgyi typing produces and well-formed Unicode Burmese never
 * contains (Unicode Technical Note #11 storage order). A Burmese text is converted from Zawgyi only
 * when it has one of them and the detector is sure: a text that reads as valid Unicode is never
 * rewritten, because some Unicode sentences are valid Zawgyi as well and the detector then scores
 * them high (myanmar-tools' own test lists "ယခု မိုးရွာနေပါသလား။" at 0.995).
 */
final class ZawgyiOnlySequences {

  private static final char E_VOWEL = '\u1031';
  private static final char VIRAMA = '\u1039';
  private static final char ASAT = '\u103A';
  private static final char ANUSVARA = '\u1036';
  private static final char DIGIT_ZERO = '\u1040';

  private ZawgyiOnlySequences() {}

  /**
   * True when {@code text} has one of: a Zawgyi glyph form (U+1033, U+1034, U+105A, U+1060–U+1097,
   * which Burmese in Unicode does not use); the vowel sign E (U+1031) not after a consonant or medial
   * (Zawgyi types it first); a virama (U+1039) not followed by a consonant (Zawgyi's asat); a medial
   * (U+103B–U+103E) not after a consonant, the asat (as in ယောက်ျား) or a lower medial; or the
   * anusvara before the vowel sign U or UU.
   */
  static boolean occurIn(String text) {
    char previous = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (isZawgyiGlyphForm(c)
          || c == E_VOWEL && !(isConsonant(previous) || isMedial(previous))
          || c == VIRAMA && !isConsonant(next)
          || isMedial(c) && !(isConsonant(previous) || previous == ASAT || isMedial(previous) && previous < c)
          || c == ANUSVARA && (next == '\u102F' || next == '\u1030')) {
        return true;
      }
      previous = c;
    }
    return false;
  }

  private static boolean isZawgyiGlyphForm(char c) {
    return c == '\u1033' || c == '\u1034' || c == '\u105A' || c >= '\u1060' && c <= '\u1097';
  }

  /** Consonants, the great sa, and the digit zero that is often typed for the letter wa. */
  private static boolean isConsonant(char c) {
    return c >= '\u1000' && c <= '\u1021' || c == '\u103F' || c == DIGIT_ZERO;
  }

  private static boolean isMedial(char c) {
    return c >= '\u103B' && c <= '\u103E';
  }
}
