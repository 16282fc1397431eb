package org.saphan.platform.text.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever words of an indexed text a query repeats, in order, the text is found. */
class TextIndexPropertyTest {

  private static final Map<String, String> LINES = SearchFixtures.all();
  private static final TextIndex<String> INDEX = indexOfAllLines();
  /** Every word of the fixture lines as written. */
  private static final List<String> VOCABULARY = vocabulary();

  @Property
  void anyRunOfWordsOfAnIndexedLineFindsIt(@ForAll("runsOfFixtureLines") WordRun run) {
    List<SearchHit<String>> hits = INDEX.search(run.query(), LINES.size());

    assertThat(SearchFixtures.keys(hits)).as(run.query()).contains(run.key());
  }

  @Property
  void anyRunOfWordsOfATextMadeOfSeedWordsFindsIt(@ForAll("runsOfGeneratedTexts") WordRun run) {
    TextIndex<String> index = TextIndex.withNaturalKeyOrder();
    index.put(run.key(), List.of(run.text()));

    List<SearchHit<String>> hits = index.search(run.query(), 1);

    assertThat(hits).as("'%s' in '%s'", run.query(), run.text()).singleElement()
        .satisfies(hit -> assertThat(hit.text()).isEqualTo(run.text()));
  }

  @Provide
  Arbitrary<WordRun> runsOfFixtureLines() {
    return Arbitraries.of(LINES.keySet()).flatMap(key -> runsOf(key, LINES.get(key)));
  }

  /** Seed words written one after another, with or without a space or a comma between them. */
  @Provide
  Arbitrary<WordRun> runsOfGeneratedTexts() {
    Arbitrary<String> word = Arbitraries.of(VOCABULARY);
    Arbitrary<String> separator = Arbitraries.of("", "", " ", ", ");
    return word.flatMap(w -> separator.map(s -> w + s)).list().ofMinSize(1).ofMaxSize(12)
        .map(parts -> String.join("", parts).strip())
        .flatMap(text -> runsOf("generated", text));
  }

  private static Arbitrary<WordRun> runsOf(String key, String text) {
    List<WordToken> words = WordSegmenter.words(text);
    return Arbitraries.integers().between(0, words.size() - 1)
        .flatMap(first -> Arbitraries.integers().between(first, words.size() - 1)
            .map(last -> new WordRun(key, text, words.get(first).start(), words.get(last).end())))
        .filter(run -> run.query().codePointCount(0, run.query().length()) <= TextIndex.MAX_QUERY_LENGTH);
  }

  private static TextIndex<String> indexOfAllLines() {
    TextIndex<String> index = TextIndex.withNaturalKeyOrder();
    LINES.forEach((key, line) -> index.put(key, List.of(line)));
    return index;
  }

  private static List<String> vocabulary() {
    Set<String> words = new TreeSet<>();
    LINES.values().forEach(line -> WordSegmenter.words(line).forEach(word -> words.add(line.substring(word.start(), word.end()))));
    return List.copyOf(words);
  }

  /** The part of {@code text} from one word to another (spaces and punctuation between included). */
  record WordRun(String key, String text, int start, int end) {

    String query() {
      return text.substring(start, end);
    }
  }
}
