package org.saphan.platform.text.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saphan.platform.text.search.SearchFixtures.keys;
import static org.saphan.platform.text.search.SearchFixtures.line;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TextIndexTest {

  private static final String TRAFFICKING = "ค้ามนุษย์";

  private final TextIndex<String> index = TextIndex.withNaturalKeyOrder();

  @Test
  void putReplacesTheTextsUnderAKey() {
    index.put("case-7", List.of(line("th.alerts")));
    assertThat(keys(index.search("ข่าวสาร", 10))).containsExactly("case-7");

    index.put("case-7", List.of(line("th.return")));

    assertThat(index.search("ข่าวสาร", 10)).isEmpty();
    assertThat(keys(index.search("ผู้เสียหาย", 10))).containsExactly("case-7");
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void removeForgetsAKeyAndLeavesTheOthers() {
    index.put("case-7", List.of(line("th.crossings")));
    index.put("case-8", List.of(line("th.return")));

    index.remove("case-7");
    index.remove("never-indexed");

    assertThat(keys(index.search(TRAFFICKING, 10))).containsExactly("case-8");
    assertThat(index.search("ลักลอบ", 10)).isEmpty();
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void puttingNoTextsRemovesTheKey() {
    index.put("case-7", List.of(line("th.crossings")));

    index.put("case-7", List.of());

    assertThat(index.size()).isZero();
    assertThat(index.search(TRAFFICKING, 10)).isEmpty();
  }

  @Test
  void aHitIsTheFirstMatchInTheFirstMatchingTextOfItsKey() {
    index.put("case-7", List.of(line("th.alerts"), line("th.crossings"), line("th.return")));

    assertThat(index.search(TRAFFICKING, 10)).singleElement().satisfies(hit -> {
      assertThat(hit.text()).isEqualTo(line("th.crossings"));
      assertThat(hit.start()).isEqualTo(line("th.crossings").indexOf(TRAFFICKING));
      assertThat(hit.end()).isEqualTo(hit.start() + TRAFFICKING.length());
    });
  }

  @Test
  void keysWithMoreMatchingTextsRankHigher() {
    index.put("one-text", List.of(line("th.centre")));
    index.put("two-texts", List.of(line("th.crossings"), line("th.return")));

    assertThat(keys(index.search(TRAFFICKING, 10))).containsExactly("two-texts", "one-text");
  }

  @Test
  void thenKeysWithMoreOccurrences() {
    index.put("once", List.of(line("th.return")));
    index.put("twice", List.of(line("th.return") + " " + line("th.crossings")));

    assertThat(keys(index.search(TRAFFICKING, 10))).containsExactly("twice", "once");
  }

  @Test
  void phraseMatchesRankAboveSubstringMatchesWhateverTheirCounts() {
    index.put("substring-twice", List.of(line("news.guidelines"), line("news.guidelines")));
    index.put("phrase-once", List.of(line("news.agenda")));

    assertThat(keys(index.search("แนวทาง", 10))).containsExactly("phrase-once", "substring-twice");
  }

  @Test
  void tiesFollowTheKeyOrderNotThePutOrder() {
    List<String> names = new ArrayList<>(List.of("b", "d", "a", "c"));
    Collections.shuffle(names);
    TextIndex<String> reversed = new TextIndex<>(Comparator.reverseOrder());
    for (String name : names) {
      index.put(name, List.of(line("th.return")));
      reversed.put(name, List.of(line("th.return")));
    }

    assertThat(keys(index.search(TRAFFICKING, 10))).containsExactly("a", "b", "c", "d");
    assertThat(keys(reversed.search(TRAFFICKING, 10))).containsExactly("d", "c", "b", "a");
    assertThat(keys(index.search(TRAFFICKING, 2))).containsExactly("a", "b");
  }

  @Test
  void aBlankQueryIsRejected() {
    assertThatThrownBy(() -> index.search(" \t", 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be empty or blank");
    assertThatThrownBy(() -> index.search(null, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aQueryWithoutLettersOrDigitsIsRejected() {
    assertThatThrownBy(() -> index.search("– (…)", 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no letters or digits");
  }

  @Test
  void queriesAreCappedInCharactersNotUtf16Units() {
    String longest = "ก".repeat(TextIndex.MAX_QUERY_LENGTH - 1) + "\ud800\udf00";
    assertThat(index.search(longest, 10)).isEmpty();

    assertThatThrownBy(() -> index.search(longest + "ก", 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is " + (TextIndex.MAX_QUERY_LENGTH + 1) + " characters long")
        .hasMessageContaining("at most " + TextIndex.MAX_QUERY_LENGTH);
  }

  @Test
  void theLimitMustBePositive() {
    assertThatThrownBy(() -> index.search(TRAFFICKING, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  @Test
  void concurrentPutsAndSearchesLoseNothing() throws Exception {
    int writers = 4;
    int keysPerWriter = 50;
    ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        work.add(pool.submit(() -> {
          for (int k = 0; k < keysPerWriter; k++) {
            index.put(writer + "-" + k, List.of(line("th.return")));
            index.put(writer + "-" + k, List.of(line("th.crossings")));
          }
        }));
      }
      for (int r = 0; r < 2; r++) {
        work.add(pool.submit(() -> {
          for (int i = 0; i < 100; i++) {
            index.search(TRAFFICKING, 10).forEach(hit -> assertThat(hit.matched()).isEqualTo(TRAFFICKING));
          }
        }));
      }
      for (Future<?> future : work) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(index.size()).isEqualTo(writers * keysPerWriter);
    assertThat(index.search(TRAFFICKING, 1000)).hasSize(writers * keysPerWriter)
        .allSatisfy(hit -> assertThat(hit.text()).isEqualTo(line("th.crossings")));
    assertThat(index.search("ผู้เสียหาย", 10)).isEmpty();
  }
}
