package org.saphan.platform.text.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saphan.platform.text.search.SearchFixtures.indexOf;
import static org.saphan.platform.text.search.SearchFixtures.line;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishSearchTest {

  private final TextIndex<String> index = indexOf("en.alerts");

  @ParameterizedTest
  @ValueSource(strings = {"ALERTS, between", "alerts between", "Alerts -- BETWEEN!", "(alerts) between?"})
  void caseAndPunctuationAreIgnored(String query) {
    List<SearchHit<String>> hits = index.search(query, 10);

    assertThat(hits).singleElement().satisfies(hit -> {
      assertThat(hit.key()).isEqualTo("en.alerts");
      assertThat(hit.text()).isEqualTo(line("en.alerts"));
      assertThat(hit.matched()).isEqualTo("alerts between");
      assertThat(hit.phrase()).isTrue();
    });
  }

  @Test
  void wordsMustComeInOrder() {
    assertThat(index.search("between alerts", 10)).isEmpty();
  }

  @Test
  void partOfAWordIsNotAMatch() {
    assertThat(index.search("alert", 10)).isEmpty();
    assertThat(index.search("sbetween", 10)).isEmpty();
  }

  @Test
  void aFoldThatChangesLengthStillPointsAtTheWordAsWritten() {
    TextIndex<String> streets = TextIndex.withNaturalKeyOrder();
    streets.put("donor", List.of("GIZ office, Friedrichstraße 5, Berlin"));

    assertThat(streets.search("FRIEDRICHSTRASSE 5", 10)).singleElement()
        .satisfies(hit -> assertThat(hit.matched()).isEqualTo("Friedrichstraße 5"));
  }
}
