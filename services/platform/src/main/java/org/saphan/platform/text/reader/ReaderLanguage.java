package org.saphan.platform.text.reader;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.saphan.platform.text.InvalidTextException;

/**
 * The languages Saphan writes for its readers at the three centres, with the ICU locale that
 * formats their dates and numbers. The calendar is named explicitly rather than left to ICU's
 * per-locale default, so that a Thai reader always gets the Buddhist era (B.E. 2562 for 2019) and
 * the others the Gregorian year.
 *
 * <p>Each language also names the digits its documents use by default ({@link #documentDigits()}):
 * Myanmar digits for Burmese, Latin digits for Thai, Lao and English. That is what the meeting
 * minutes have always printed (ICU's defaults for these locales); Thai government correspondence
 * often uses Thai digits, which {@link ReaderFormat#withDigits} gives on request.
 */
public enum ReaderLanguage {
  TH("th", "th_TH@calendar=buddhist", "thai", Digits.LATIN),
  MY("my", "my_MM@calendar=gregorian", "mymr", Digits.NATIVE),
  LO("lo", "lo_LA@calendar=gregorian", "laoo", Digits.LATIN),
  // British English: day before month ("24 September 2019"), as in the centres' English documents.
  EN("en", "en_GB@calendar=gregorian", "latn", Digits.LATIN);

  private final String tag;
  private final ULocale locale;
  private final String nativeNumberingSystem;
  private final Digits documentDigits;

  ReaderLanguage(String tag, String icuLocale, String nativeNumberingSystem, Digits documentDigits) {
    this.tag = tag;
    this.locale = new ULocale(icuLocale);
    this.nativeNumberingSystem = nativeNumberingSystem;
    this.documentDigits = documentDigits;
  }

  /** The BCP 47 tag, as used by {@code LocalizedText} and {@code LocalizedTexts.readIn}: th, my, lo or en. */
  public String tag() {
    return tag;
  }

  /** The ICU locale for this reader's dates, numbers, language names and lists, its calendar named. */
  public ULocale locale() {
    return locale;
  }

  /** The digits this reader's documents use unless asked otherwise. */
  public Digits documentDigits() {
    return documentDigits;
  }

  /** ICU's numbering system of the language's own digits (thai, mymr, laoo; latn for English). */
  String nativeNumberingSystem() {
    return nativeNumberingSystem;
  }

  /** Of four wordings, one per reader language, the one for this reader: the one place labels choose. */
  public <T> T pick(T th, T my, T lo, T en) {
    return switch (this) {
      case TH -> th;
      case MY -> my;
      case LO -> lo;
      case EN -> en;
    };
  }

  /**
   * The reader language of a tag (th, my, lo or en, in any letter case).
   *
   * @throws InvalidTextException for any other tag, naming the supported ones
   */
  public static ReaderLanguage of(String tag) {
    String wanted = tag == null ? null : tag.toLowerCase(Locale.ROOT);
    for (ReaderLanguage language : values()) {
      if (language.tag.equals(wanted)) {
        return language;
      }
    }
    throw new InvalidTextException("reader language " + (tag == null ? "(none)" : "'" + tag + "'")
        + " is not supported: Saphan writes for readers of " + supportedTags());
  }

  /**
   * The language a reader prefers most among those Saphan writes, from an HTTP {@code Accept-Language}
   * header (RFC 9110, section 12.5.4): q-values, language ranges such as {@code my-MM} matching by their
   * primary subtag, and the wildcard {@code *} for any language not named. English when the header is
   * absent, blank or names no supported language. Between equal weights, the language named first
   * wins; among languages only the wildcard accepts, English. Never throws: a malformed element is
   * skipped, so a wholly malformed header gives English.
   */
  public static ReaderLanguage fromAcceptLanguage(String header) {
    return AcceptLanguage.parse(header).choose(EN);
  }

  /** "th, my, lo, en": for messages that name what is supported. */
  private static String supportedTags() {
    return Arrays.stream(values()).map(ReaderLanguage::tag).collect(Collectors.joining(", "));
  }
}
