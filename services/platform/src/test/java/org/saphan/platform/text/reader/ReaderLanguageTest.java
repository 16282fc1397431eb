package org.saphan.platform.text.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.saphan.platform.text.InvalidTextException;

class ReaderLanguageTest {

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', value = {
      // A Burmese officer's browser in Tachileik.
      "my-MM,my;q=0.9,en;q=0.8 | MY",
      // The first supported language, however low its weight.
      "fr-FR, th;q=0.5 | TH",
      "th-TH | TH",
      "TH-th | TH",
      "lo-LA,lo;q=0.9 | LO",
      // Weights decide, not the order of the header.
      "en;q=0.4, lo;q=0.6 | LO",
      "en-US,en;q=0.9,th;q=0.8 | EN",
      // Equal weights: the first in the header.
      "lo, th | LO",
      "th, lo | TH",
      // q=0 means "not this language".
      "en;q=0, lo | LO",
      "th;q=0, th-TH | TH",
      // Spaces around the weight are allowed (RFC 9110 OWS); so is an upper-case Q.
      "th ; q=0.5 , my ; Q=0.7 | MY",
      // A language with its region and script subtags.
      "zh-Hant-TW, lo;q=0.1 | LO",
      // The wildcard stands for any language not named: English, the default, unless named.
      "* | EN",
      "th;q=0.5, *;q=0.8 | EN",
      "*, en;q=0.1 | TH",
      // Nothing supported: English.
      "fr | EN",
      "shn-MM, kjp | EN",
      "th;q=0 | EN",
      "*;q=0, my;q=0 | EN",
      // A malformed element is skipped; the rest still counts.
      "th;q=1.5, my;q=0.2 | MY",
      "th_TH, lo;q=0.3 | LO",
      "th;level=1, my;q=0.1 | MY",
      "', , lo' | LO"})
  void theSupportedLanguageTheReaderPrefersMost(String header, ReaderLanguage expected) {
    assertThat(ReaderLanguage.fromAcceptLanguage(header)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", ";;;", ",,,", "q=0.5", "th;q=", "th;q=abc", "th;q=0.1234", "-th", "th-", "thaithaithai", "ไทย"})
  void anAbsentBlankOrMalformedHeaderGivesEnglish(String header) {
    assertThat(ReaderLanguage.fromAcceptLanguage(header)).isEqualTo(ReaderLanguage.EN);
  }

  @Test
  void tagsAreReadInAnyCaseAndOthersAreRefusedByName() {
    assertThat(ReaderLanguage.of("my")).isEqualTo(ReaderLanguage.MY);
    assertThat(ReaderLanguage.of("LO")).isEqualTo(ReaderLanguage.LO);
    assertThatThrownBy(() -> ReaderLanguage.of("th-TH")).isInstanceOf(InvalidTextException.class)
        .hasMessage("reader language 'th-TH' is not supported: Saphan writes for readers of th, my, lo, en");
    assertThatThrownBy(() -> ReaderLanguage.of(null)).isInstanceOf(InvalidTextException.class).hasMessageContaining("(none)");
  }

  @Test
  void eachLanguageChoosesItsOwnWording() {
    assertThat(ReaderLanguage.TH.pick(1, 2, 3, 4)).isEqualTo(1);
    assertThat(ReaderLanguage.MY.pick(1, 2, 3, 4)).isEqualTo(2);
    assertThat(ReaderLanguage.LO.pick(1, 2, 3, 4)).isEqualTo(3);
    assertThat(ReaderLanguage.EN.pick(1, 2, 3, 4)).isEqualTo(4);
  }
}
