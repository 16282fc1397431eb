package org.saphan.platform.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.StringArbitrary;

/**
 * Generated texts in the scripts Saphan's users write: Thai (U+0E00–U+0E7F), Lao (U+0E80–U+0EFF),
 * Burmese (the Myanmar block U+1000–U+109F) and Latin.
 */
final class ScriptTexts {

  /** A text and the BCP 47 tag of the language it is written in. */
  record Tagged(String language, String text) {}

  /** A script, the language Saphan tags its texts with, and its characters. */
  enum Script {
    THAI("th", '\u0E00', '\u0E7F'),
    LAO("lo", '\u0E80', '\u0EFF'),
    MYANMAR("my", '\u1000', '\u109F'),
    LATIN("en", '\u0020', '\u007E');

    final String language;
    private final char first;
    private final char last;

    Script(String language, char first, char last) {
      this.language = language;
      this.first = first;
      this.last = last;
    }

    StringArbitrary characters() {
      StringArbitrary characters = Arbitraries.strings().withCharRange(first, last);
      return this == LATIN ? characters.withCharRange('\u00A0', '\u017F') : characters;
    }
  }

  private ScriptTexts() {}

  /** Non-blank texts of one script each, with spaces, tabs and line breaks between the letters. */
  static Arbitrary<Tagged> valid() {
    return Arbitraries.of(Script.values()).flatMap(script -> script.characters().withChars(' ', '\t', '\n', '\r').ofMinLength(1)
        .ofMaxLength(60).filter(text -> !text.isBlank()).map(text -> new Tagged(script.language, text)));
  }

  /** Texts of any script, possibly empty, to put around a bad character. */
  static Arbitrary<String> anyScript() {
    return Arbitraries.of(Script.values()).flatMap(script -> script.characters().ofMaxLength(20));
  }

  /**
   * Texts written in a form that is not NFC: a Thai or Lao tone mark typed before the lower vowel
   * (NFC orders the vowel first), a Burmese asat typed before the dot below (NFC orders the dot
   * first) or U+1025 U+102E (NFC composes ဦ), or a Latin vowel followed by a combining accent that
   * NFC composes with it.
   */
  static Arbitrary<Tagged> notInNfc() {
    Arbitrary<String> thai = syllables(Combinators.combine(Arbitraries.chars().range('\u0E01', '\u0E2E'),
        Arbitraries.chars().range('\u0E48', '\u0E4B'), Arbitraries.of('\u0E38', '\u0E39')).as(ScriptTexts::joined));
    Arbitrary<String> lao = syllables(Combinators.combine(Arbitraries.of('\u0E81', '\u0E87', '\u0E94', '\u0E9A', '\u0EA1', '\u0EA5'),
        Arbitraries.chars().range('\u0EC8', '\u0ECB'), Arbitraries.of('\u0EB8', '\u0EB9')).as(ScriptTexts::joined));
    Arbitrary<String> latin = syllables(Combinators.combine(Arbitraries.of('a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U'),
        Arbitraries.of('\u0300', '\u0301', '\u0302', '\u0308')).as((vowel, accent) -> "" + vowel + accent));
    Arbitrary<String> burmese = syllables(Arbitraries.oneOf(Arbitraries.chars().range('\u1000', '\u1021').map(c -> c + "\u103A\u1037"),
        Arbitraries.just("\u1025\u102E")));
    return Arbitraries.oneOf(thai.map(text -> new Tagged("th", text)), lao.map(text -> new Tagged("lo", text)),
        burmese.map(text -> new Tagged("my", text)), latin.map(text -> new Tagged("en", text)));
  }

  /** Text with one unpaired surrogate or one control character other than tab, line feed and carriage return. */
  static Arbitrary<String> withABadCharacter() {
    Arbitrary<Character> bad = Arbitraries.oneOf(Arbitraries.chars().range('\uD800', '\uDFFF'),
        Arbitraries.chars().range('\u0000', '\u001F').filter(c -> c != '\t' && c != '\n' && c != '\r'),
        Arbitraries.chars().range('\u007F', '\u009F'));
    return Combinators.combine(anyScript(), bad, anyScript()).as((before, c, after) -> before + c + after);
  }

  private static Arbitrary<String> syllables(Arbitrary<String> syllable) {
    return syllable.list().ofMinSize(1).ofMaxSize(8).map(list -> String.join("", list));
  }

  private static String joined(char letter, char tone, char vowel) {
    return "" + letter + tone + vowel;
  }
}
