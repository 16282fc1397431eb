package org.saphan.platform.text.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saphan.platform.text.search.SearchFixtures.line;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordSegmenterTest {

  @ParameterizedTest
  @ValueSource(strings = {"th.alerts", "th.crossings", "lo.alerts", "lo.crossings", "my.alerts", "my.crossings"})
  void sentencesWithoutSpacesBetweenWordsAreSplitIntoWords(String key) {
    String sentence = line(key);
    int spaceSeparatedChunks = sentence.split(" ").length;

    assertThat(WordSegmenter.words(sentence)).as(key).hasSizeGreaterThan(2 * spaceSeparatedChunks);
  }

  @ParameterizedTest
  @ValueSource(strings = {"th.centre", "lo.centre", "my.centre", "en.alerts"})
  void wordsCoverTheLettersOfTheTextInOrderAndPointBackIntoIt(String key) {
    String text = line(key);
    List<WordToken> words = WordSegmenter.words(text);

    StringBuilder joined = new StringBuilder();
    int previousEnd = 0;
    for (WordToken word : words) {
      assertThat(word.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(word.form()).isEqualTo(WordSegmenter.searchForm(text.substring(word.start(), word.end())));
      joined.append(word.form());
      previousEnd = word.end();
    }
    assertThat(joined.toString()).isEqualTo(WordSegmenter.searchForm(text).replaceAll("[\\p{Z}\\p{P}]", ""));
  }

  @Test
  void punctuationAndSpacesAreDroppedAndCaseIsFolded() {
    String text = "Exchanging ALERTS, between (border) towns!";

    assertThat(WordSegmenter.words(text)).extracting(WordToken::form).containsExactly("exchanging", "alerts", "between", "border", "towns");
    WordToken alerts = WordSegmenter.words(text).get(1);
    assertThat(text.substring(alerts.start(), alerts.end())).isEqualTo("ALERTS");
  }

  @Test
  void numbersAreWords() {
    assertThat(WordSegmenter.words("ครั้งที่ 13 วันที่ 24 กันยายน 2562")).extracting(WordToken::form).contains("13", "24", "2562");
  }

  @Test
  void searchFormIsNfcAndCaseFolded() {
    assertThat(WordSegmenter.searchForm("Re\u0301union")).isEqualTo("r\u00e9union");
    assertThat(WordSegmenter.searchForm("STRASSE")).isEqualTo(WordSegmenter.searchForm("Straße"));
    assertThat(WordSegmenter.searchForm(line("th.alerts"))).isEqualTo(line("th.alerts"));
  }

  @Test
  void aWordWhoseFoldedFormIsLongerStillPointsAtTheWordAsWritten() {
    String text = "Büro Straße 5";
    WordToken street = WordSegmenter.words(text).get(1);

    assertThat(street.form()).isEqualTo("strasse");
    assertThat(text.substring(street.start(), street.end())).isEqualTo("Straße");
  }

  @Test
  void textWithoutLettersOrDigitsHasNoWords() {
    assertThat(WordSegmenter.words(" – (…) ")).isEmpty();
  }
}
