package org.saphan.meetings.minutes;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The languages minutes are written for, with the ICU locale that formats their dates and numbers.
 * The calendar is named explicitly rather than left to ICU's per-locale default, so that a Thai
 * reader always gets the Buddhist era (B.E. 2562 for 2019) and the others the Gregorian year.
 */
enum ReaderLanguage {
  TH("th", "th_TH@calendar=buddhist"),
  MY("my", "my_MM@calendar=gregorian"),
  LO("lo", "lo_LA@calendar=gregorian"),
  // British English: day before month ("24 September 2019"), as in the centres' English documents.
  EN("en", "en_GB@calendar=gregorian");

  private final String tag;
  private final ULocale locale;

  ReaderLanguage(String tag, String icuLocale) {
    this.tag = tag;
    this.locale = new ULocale(icuLocale);
  }

  /** The BCP 47 tag, as used by {@code LocalizedText} and {@code LocalizedTexts.readIn}. */
  String tag() {
    return tag;
  }

  ULocale locale() {
    return locale;
  }

  /** Of four wordings, one per reader language, the one for this reader: the one place labels choose. */
  <T> T pick(T th, T my, T lo, T en) {
    return switch (this) {
      case TH -> th;
      case MY -> my;
      case LO -> lo;
      case EN -> en;
    };
  }

  /** A whole number in the reader's digits (Myanmar digits ၁၃ for Burmese, as ICU's locale data says). */
  String number(long n) {
    NumberFormat format = NumberFormat.getIntegerInstance(locale);
    format.setGroupingUsed(false);
    return format.format(n);
  }

  /** Throws {@link IllegalArgumentException} naming the supported languages. */
  static ReaderLanguage of(String tag) {
    for (ReaderLanguage language : values()) {
      if (language.tag.equals(tag)) {
        return language;
      }
    }
    throw new IllegalArgumentException("reader language '" + tag + "' is not supported: minutes are written in "
        + Arrays.stream(values()).map(ReaderLanguage::tag).collect(Collectors.joining(", ")));
  }
}
