package org.saphan.platform.text.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saphan.platform.text.search.SearchFixtures.indexOf;
import static org.saphan.platform.text.search.SearchFixtures.keys;

import java.util.List;
import org.junit.jupiter.api.Test;

class LaoSearchTest {

  private final TextIndex<String> index = indexOf("lo.centre", "lo.alerts", "lo.crossings");

  @Test
  void aWordInsideALaoSentenceIsFound() {
    // ຊາຍແດນ, border: in every line, written between other words without spaces
    List<SearchHit<String>> hits = index.search("ຊາຍແດນ", 10);

    assertThat(keys(hits)).containsExactlyInAnyOrder("lo.centre", "lo.alerts", "lo.crossings");
    assertThat(hits).allSatisfy(hit -> {
      assertThat(hit.phrase()).isTrue();
      assertThat(hit.matched()).isEqualTo("ຊາຍແດນ");
    });
  }

  @Test
  void traffickingIsFoundWhereTheDictionaryJoinedItToTheWordBefore() {
    // alone ຄ້າ|ມະນຸດ; in lo.crossings ...ຂະບວນການ|ຄ້າ|ມະນຸດ (phrase); in lo.centre ...ຕ້ານ|ການຄ້າ|ມະນຸດ
    assertThat(WordSegmenter.words("ຄ້າມະນຸດ")).extracting(WordToken::form).containsExactly("ຄ້າ", "ມະນຸດ");
    assertThat(WordSegmenter.words(SearchFixtures.line("lo.centre"))).extracting(WordToken::form).contains("ການຄ້າ")
        .doesNotContain("ຄ້າ");

    List<SearchHit<String>> hits = index.search("ຄ້າມະນຸດ", 10);

    assertThat(keys(hits)).containsExactly("lo.crossings", "lo.centre");
    assertThat(hits).extracting(SearchHit::phrase).containsExactly(true, false);
    assertThat(hits).extracting(SearchHit::matched).containsOnly("ຄ້າມະນຸດ");
  }
}
