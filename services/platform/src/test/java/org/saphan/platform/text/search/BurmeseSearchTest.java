package org.saphan.platform.text.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saphan.platform.text.search.SearchFixtures.indexOf;
import static org.saphan.platform.text.search.SearchFixtures.keys;
import static org.saphan.platform.text.search.SearchFixtures.line;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.TextEncoding;

class BurmeseSearchTest {

  /** မင်း, a word of the name in the Zawgyi fixture, in Unicode. */
  private static final String MIN_UNICODE = "\u1019\u1004\u103a\u1038";

  @Test
  void aUnicodeQueryFindsATextTypedInZawgyiThroughItsNormalizedForm() {
    LocalizedText typed = LocalizedTexts.original("my", line("my.zawgyi"));
    assertThat(typed.getEncoding()).isEqualTo(TextEncoding.ZAWGYI);
    assertThat(typed.getText()).as("the word is not in the bytes as typed").doesNotContain(MIN_UNICODE);
    TextIndex<String> index = TextIndex.withNaturalKeyOrder();
    index.put("normalized", List.of(typed.getNormalized()));
    index.put("as-typed", List.of(typed.getText()));

    List<SearchHit<String>> hits = index.search(MIN_UNICODE, 10);

    assertThat(keys(hits)).containsExactly("normalized");
    assertThat(hits.get(0).matched()).isEqualTo(MIN_UNICODE);
    assertThat(hits.get(0).phrase()).isTrue();
  }

  @Test
  void traffickingAndBorderAreFoundInBurmeseLines() {
    TextIndex<String> index = indexOf("my.centre", "my.alerts", "my.crossings");

    // လူကုန်ကူးမှု, human trafficking: လူ|ကုန်|ကူး|မှု
    assertThat(keys(index.search("လူကုန်ကူးမှု", 10))).containsExactlyInAnyOrder("my.centre", "my.crossings");
    // နယ်စပ်, border
    assertThat(keys(index.search("နယ်စပ်", 10))).containsExactlyInAnyOrder("my.centre", "my.alerts", "my.crossings");
  }

  @Test
  void aMatchNeverEndsBetweenALetterAndItsMarks() {
    // ကူး|မ would cut မှု after မ, splitting the letter from its medial and vowel sign
    TextIndex<String> index = indexOf("my.centre", "my.crossings");
    assertThat(WordSegmenter.searchForm(line("my.crossings"))).contains("ကူးမ");
    assertThat(WordSegmenter.words("ကူးမ")).extracting(WordToken::form).containsExactly("ကူး", "မ");

    assertThat(index.search("ကူးမ", 10)).isEmpty();
  }
}
