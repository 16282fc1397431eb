package org.saphan.platform.text.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An in-memory, thread-safe search index over short texts in any language, Thai, Lao and Burmese
 * included, where words are not separated by spaces. Texts are filed under a key ({@code K} needs
 * {@code equals}/{@code hashCode}); a search returns keys with the matching text and where in it the
 * match is, for a snippet. Burmese is indexed and searched in Unicode: give the {@code normalized}
 * form of a {@code LocalizedText}, which has Zawgyi-typed text converted.
 *
 * <h2>How a query matches a text</h2>
 *
 * Query and text are both cut into words by {@link WordSegmenter} (ICU dictionary segmentation,
 * NFC, case folding; spaces and punctuation dropped). A text matches in one of two ways.
 *
 * <p><b>Phrase</b>: the query's words occur among the text's words, contiguously and in order.
 * "ALERTS, between" finds "Exchanging alerts between border towns" and not "between alerts";
 * "ค้ามนุษย์" (trafficking, ค้า|มนุษย์) finds "ขบวนการค้ามนุษย์ข้ามชาติ" (ขบวนการ|ค้า|มนุษย์|ข้าม|ชาติ),
 * and so does "มนุษย์".
 *
 * <p><b>Substring</b>, for when the dictionary cuts the text differently from the short query. ICU
 * segments the Lao "ຄ້າມະນຸດ" (trafficking) as ຄ້າ|ມະນຸດ on its own but as ການຄ້າ|ມະນຸດ in
 * "ເພື່ອຕ້ານການຄ້າມະນຸດ", and the Thai "แนวทาง" (guidelines) as one word on its own but as แนว|ทาง in
 * "เป็นกรอบแนวทางปฎิบัติงาน". The query's words written together (without the spaces and punctuation
 * between them) must occur in the text's words written together, and the occurrence must respect
 * the text's words in one of two ways:
 *
 * <ul>
 *   <li>it starts and ends on word boundaries of the text, only the cuts inside differ (แนวทาง
 *       against แนว|ทาง); or
 *   <li>one end is on a word boundary of the text; the other cuts into a word, between two
 *       characters (grapheme clusters, so never between a Burmese letter and its marks); and the
 *       piece cut off is a whole word by the query's own segmentation: at the text's word boundary
 *       nearest that end inside the occurrence, the query has a boundary too. ຄ້າ|ມະນຸດ against
 *       ການຄ້າ|ມະນຸດ: text and query agree that a word ends after ຄ້າ, and only the text joins ການ to it.
 * </ul>
 *
 * An occurrence with neither end on a word boundary of the text is no match, nor is one whose
 * cut-off piece the query does not see as a word. So fragments straddling words find nothing:
 * "รส่ง" in การ|ส่ง|ข่าวสาร, "นุษย์ข้า" in มนุษย์|ข้าม, "การค้ามนุ" in ขบวนการ|ค้า|มนุษย์, the
 * Burmese "ကူးမ" in ကူး|မှု (it would split မ from its marks). A single-word query never matches
 * part of a longer word: "มา" (come) does not find "เมียนมาร์" (Myanmar), "alert" does not find
 * "alerts".
 *
 * <h2>Trade-offs</h2>
 *
 * False hits: ICU's dictionaries are not public API, so "a whole word by the query's segmentation"
 * cannot tell a dictionary word from letters ICU grouped because it did not know them. "ษย์ข้าม",
 * the tail of มนุษย์ plus ข้าม, segments as ษย์|ข้าม and finds "มนุษย์ข้าม"; "ค้าม" (ค้า|ม) finds
 * "ค้ามนุษย์". A real word that is the tail of a longer one matches the same way: "กันและ" (each
 * other and) finds "ป้องกันและ" (prevent and). These are substring hits, ranked below every phrase
 * hit. Misses: where the text's segmentation cuts inside the query's words at both ends of the
 * occurrence, or cuts a single-word query anywhere but at its ends. ICU cuts "การเตรียมการ" as
 * การเต|รี|ยม|การ, so "เตรียม" (prepare) is not found there.
 *
 * <h2>Ranking</h2>
 *
 * Keys with a phrase match come first, then keys with only substring matches. Within each group a
 * key ranks higher the more of its texts match, then the more occurrences there are in all, then by
 * the key order given to the constructor (which should be a total order for a repeatable result).
 * The hit shows the first occurrence in the first matching text, in the order the texts were put.
 *
 * <h2>Cost</h2>
 *
 * Each word maps to the keys containing it and its positions there. Phrase matching walks the
 * positions of the query's rarest word (fewest keys) and compares the words around each. Substring
 * matching runs only when phrase hits do not fill {@code limit}, and only over keys with a word that
 * is a prefix or a suffix of the query's joined form (an accepted occurrence always contains such a
 * word next to its end on a boundary); it scans each of their texts with {@link String#indexOf}. So
 * a query costs in proportion to the texts containing its words: well under a millisecond for a
 * selective query over 30,000 short texts, around ten milliseconds when a query word is in most of
 * them. Indexing segments texts outside the lock; searches share a read lock.
 */
public final class TextIndex<K> {

  /** Longest query accepted, in characters (Unicode code points). */
  public static final int MAX_QUERY_LENGTH = 200;

  private final Comparator<? super K> keyOrder;
  private final Comparator<KeyMatches<K>> ranking = this::rank;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<K, List<SegmentedText>> textsByKey = new HashMap<>();
  private final Map<String, Map<K, WordPositions>> postings = new HashMap<>();

  /** An index breaking ranking ties by {@code keyOrder}. */
  public TextIndex(Comparator<? super K> keyOrder) {
    this.keyOrder = Objects.requireNonNull(keyOrder, "keyOrder");
  }

  /** An index over comparable keys, breaking ranking ties by their natural order. */
  public static <K extends Comparable<? super K>> TextIndex<K> withNaturalKeyOrder() {
    return new TextIndex<>(Comparator.naturalOrder());
  }

  /** Files {@code texts} under {@code key}, replacing whatever was there; no texts removes the key. */
  public void put(K key, Collection<String> texts) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(texts, "texts");
    List<SegmentedText> segmented = texts.stream()
        .map(text -> SegmentedText.of(Objects.requireNonNull(text, "texts must not contain null")))
        .toList();
    Map<String, WordPositions> positions = new HashMap<>();
    for (int t = 0; t < segmented.size(); t++) {
      List<WordToken> words = segmented.get(t).words();
      for (int w = 0; w < words.size(); w++) {
        positions.computeIfAbsent(words.get(w).form(), form -> new WordPositions(segmented)).add(t, w);
      }
    }
    lock.writeLock().lock();
    try {
      unindex(key);
      if (!segmented.isEmpty()) {
        textsByKey.put(key, segmented);
        positions.forEach((word, where) -> postings.computeIfAbsent(word, w -> new HashMap<>()).put(key, where));
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Removes {@code key} and its texts; nothing happens if it is not indexed. */
  public void remove(K key) {
    Objects.requireNonNull(key, "key");
    lock.writeLock().lock();
    try {
      unindex(key);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Up to {@code limit} keys matching {@code query}, best first (see the class description).
   * Throws {@link IllegalArgumentException} for a blank query, one longer than
   * {@value #MAX_QUERY_LENGTH} characters, one without letters or digits, or a limit below 1.
   */
  public List<SearchHit<K>> search(String query, int limit) {
    return search(query, limit, key -> true);
  }

  /** As {@link #search(String, int)}, among the keys {@code visible} admits only (the texts the reader may read). */
  public List<SearchHit<K>> search(String query, int limit, Predicate<K> visible) {
    if (limit < 1) {
      throw new IllegalArgumentException("search limit must be at least 1, got " + limit);
    }
    SearchQuery parsed = SearchQuery.parse(query);
    PriorityQueue<KeyMatches<K>> best = new PriorityQueue<>(Math.min(limit, 1024), ranking.reversed());
    Consumer<KeyMatches<K>> offer = matches -> {
      if (best.size() < limit) {
        best.add(matches);
      } else if (ranking.compare(matches, best.peek()) < 0) {
        best.poll();
        best.add(matches);
      }
    };
    lock.readLock().lock();
    try {
      Set<K> phraseKeys = new HashSet<>();
      findPhrases(parsed, matches -> {
        if (visible.test(matches.key())) {
          phraseKeys.add(matches.key());
          offer.accept(matches);
        }
      });
      if (phraseKeys.size() < limit) {
        for (K key : keysWithWordStartingOrEnding(parsed)) {
          if (!phraseKeys.contains(key) && visible.test(key)) {
            findSubstrings(key, parsed).ifPresent(offer);
          }
        }
      }
    } finally {
      lock.readLock().unlock();
    }
    List<KeyMatches<K>> ranked = new ArrayList<>(best);
    ranked.sort(ranking);
    return ranked.stream().map(KeyMatches::toHit).toList();
  }

  /** How many keys have texts indexed. */
  public int size() {
    lock.readLock().lock();
    try {
      return textsByKey.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  private int rank(KeyMatches<K> a, KeyMatches<K> b) {
    if (a.phrase() != b.phrase()) {
      return a.phrase() ? -1 : 1;
    }
    if (a.texts() != b.texts()) {
      return Integer.compare(b.texts(), a.texts());
    }
    if (a.occurrences() != b.occurrences()) {
      return Integer.compare(b.occurrences(), a.occurrences());
    }
    return keyOrder.compare(a.key(), b.key());
  }

  /**
   * Phrase matches: every occurrence of the query's rarest word (fewest keys) is checked for the
   * other words around it, so only keys containing that word are looked at.
   */
  private void findPhrases(SearchQuery query, Consumer<KeyMatches<K>> found) {
    List<String> words = query.words();
    int rarest = -1;
    Map<K, WordPositions> rarestPostings = null;
    for (int i = 0; i < words.size(); i++) {
      Map<K, WordPositions> wordPostings = postings.get(words.get(i));
      if (wordPostings == null) {
        return;
      }
      if (rarestPostings == null || wordPostings.size() < rarestPostings.size()) {
        rarest = i;
        rarestPostings = wordPostings;
      }
    }
    for (Map.Entry<K, WordPositions> entry : rarestPostings.entrySet()) {
      WordPositions where = entry.getValue();
      KeyMatches.Tally<K> tally = new KeyMatches.Tally<>(entry.getKey());
      for (int i = 0; i < where.size(); i++) {
        SegmentedText text = where.text(i);
        int first = where.word(i) - rarest;
        if (text.hasPhraseAt(first, words)) {
          tally.add(text, text.phraseMatch(first, words.size()));
        }
      }
      tally.result().ifPresent(found);
    }
  }

  private Optional<KeyMatches<K>> findSubstrings(K key, SearchQuery query) {
    KeyMatches.Tally<K> tally = new KeyMatches.Tally<>(key);
    for (SegmentedText text : textsByKey.get(key)) {
      text.substringMatches(query).forEach(match -> tally.add(text, match));
    }
    return tally.result();
  }

  /**
   * Substring candidates. An accepted substring occurrence starts or ends on a word boundary of the
   * text and contains a whole word of it next to that end, so the text has a word that is a prefix
   * or a suffix of the query's joined form.
   */
  private Set<K> keysWithWordStartingOrEnding(SearchQuery query) {
    String joined = query.joined();
    Set<K> keys = new HashSet<>();
    for (int cut = 1; cut <= joined.length(); cut++) {
      keys.addAll(postings.getOrDefault(joined.substring(0, cut), Map.of()).keySet());
      keys.addAll(postings.getOrDefault(joined.substring(joined.length() - cut), Map.of()).keySet());
    }
    return keys;
  }

  private void unindex(K key) {
    List<SegmentedText> old = textsByKey.remove(key);
    if (old == null) {
      return;
    }
    for (SegmentedText text : old) {
      for (WordToken word : text.words()) {
        Map<K, WordPositions> keys = postings.get(word.form());
        if (keys != null && keys.remove(key) != null && keys.isEmpty()) {
          postings.remove(word.form());
        }
      }
    }
  }
}
