package org.saphan.platform.text.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saphan.platform.text.search.SearchFixtures.indexOf;
import static org.saphan.platform.text.search.SearchFixtures.keys;
import static org.saphan.platform.text.search.SearchFixtures.line;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiSearchTest {

  /** "Transnational trafficking ring": ขบวนการ|ค้า|มนุษย์|ข้าม|ชาติ. */
  private static final String TRAFFICKING_RING = "ขบวนการค้ามนุษย์ข้ามชาติ";

  private final TextIndex<String> index = thaiLinesAndTheRing();

  @ParameterizedTest
  @CsvSource({"ค้ามนุษย์", "มนุษย์"})
  void traffickingIsFoundInsideSentencesWithoutSpaces(String query) {
    List<SearchHit<String>> hits = index.search(query, 10);

    assertThat(keys(hits)).containsExactlyInAnyOrder("th.centre", "th.crossings", "th.return", "ring");
    assertThat(hits).allSatisfy(hit -> {
      assertThat(hit.phrase()).isTrue();
      assertThat(hit.matched()).isEqualTo(query);
      assertThat(hit.text()).isEqualTo(hit.key().equals("ring") ? TRAFFICKING_RING : line(hit.key()));
    });
  }

  @Test
  void aWordTheDictionaryCutsDifferentlyInASentenceIsFoundAsASubstringBelowPhraseHits() {
    TextIndex<String> news = indexOf("news.guidelines", "news.agenda");
    assertThat(WordSegmenter.words("แนวทาง")).hasSize(1);
    assertThat(WordSegmenter.words(line("news.guidelines"))).extracting(WordToken::form).containsSubsequence("แนว", "ทาง")
        .doesNotContain("แนวทาง");

    List<SearchHit<String>> hits = news.search("แนวทาง", 10);

    assertThat(keys(hits)).containsExactly("news.agenda", "news.guidelines");
    assertThat(hits).extracting(SearchHit::phrase).containsExactly(true, false);
    assertThat(hits).extracting(SearchHit::matched).containsOnly("แนวทาง");
  }

  @Test
  void aMultiWordQueryFindsTheSameWordsWhereTheyRunIntoALongerWord() {
    // ส่ง|ข่าว (send news) against ส่ง|ข่าวสาร (send messages): starts on a word, cuts into ข่าวสาร
    assertThat(index.search("ส่งข่าว", 10)).singleElement().satisfies(hit -> {
      assertThat(hit.key()).isEqualTo("th.alerts");
      assertThat(hit.phrase()).isFalse();
      assertThat(hit.matched()).isEqualTo("ส่งข่าว");
    });
  }

  @ParameterizedTest
  @CsvSource({
      "รส่ง, th.alerts",        // end of การ + ส่ง: การ|ส่ง|ข่าวสาร
      "ารส่ง, th.alerts",
      "นุษย์ข้า, ring",         // middle of มนุษย์ + start of ข้าม
  })
  void fragmentsAcrossWordBoundariesFindNothing(String fragment, String key) {
    String text = key.equals("ring") ? TRAFFICKING_RING : line(key);
    assertThat(WordSegmenter.searchForm(text)).as("a plain substring search would find it").contains(fragment);

    assertThat(index.search(fragment, 10)).isEmpty();
  }

  @Test
  void aFragmentCuttingIntoWordsAtBothEndsIsNoMatch() {
    // การค้ามนุ occurs only inside ขบวนการ|ค้า|มนุษย์, from the middle of one word to the middle of
    // another. The line has การ as a word elsewhere, so it is looked at, and the rule decides.
    TextIndex<String> crossings = indexOf("th.crossings");
    assertThat(WordSegmenter.words(line("th.crossings"))).extracting(WordToken::form).contains("การ");
    assertThat(WordSegmenter.searchForm(line("th.crossings"))).contains("การค้ามนุ");

    assertThat(crossings.search("การค้ามนุ", 10)).isEmpty();
  }

  @Test
  void aShortWordDoesNotMatchInsideALongerOne() {
    // มา (come) occurs only inside เมียนมาร์ (Myanmar), segmented เมีย|นมาร์
    assertThat(WordSegmenter.searchForm(line("th.centre"))).contains("มา");

    assertThat(index.search("มา", 10)).isEmpty();
  }

  private static TextIndex<String> thaiLinesAndTheRing() {
    TextIndex<String> index = indexOf("th.centre", "th.alerts", "th.crossings", "th.return");
    index.put("ring", List.of(TRAFFICKING_RING));
    return index;
  }
}
