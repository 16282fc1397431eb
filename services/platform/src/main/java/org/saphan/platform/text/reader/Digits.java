package org.saphan.platform.text.reader;

/**
 * Which digits a {@link ReaderFormat} writes numbers, dates and times in. Each language's default
 * is {@link ReaderLanguage#documentDigits()}.
 */
public enum Digits {
  /** The reader's own script: Thai ๐-๙, Myanmar ၀-၉, Lao ໐-໙ (English has none but 0-9). */
  NATIVE,
  /** 0-9 whatever the reader's language. */
  LATIN;

  /** ICU's numbering system for these digits in {@code language}, as the {@code numbers} locale keyword takes it. */
  String numberingSystem(ReaderLanguage language) {
    return this == NATIVE ? language.nativeNumberingSystem() : "latn";
  }
}
