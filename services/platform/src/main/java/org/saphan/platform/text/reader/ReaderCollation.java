package org.saphan.platform.text.reader;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Alphabetical order as a reader of one language expects it, by ICU4J's collation rules (CLDR),
 * for lists shown to that reader (organisations, places, officers). {@code String.compareTo}
 * compares UTF-16 code units, which is wrong for all four languages:
 * <ul>
 *   <li>Thai and Lao write some vowels before the consonant they follow in speech; ICU sorts by the
 *       consonant first ("กา", "เกาะ", "ไก่", "ขา"; "ກາ", "ເກາະ", "ໄກ່", "ຂາ"; "เชียงราย" before
 *       "เชียงใหม่", whose ใหม่ files under ห), tone marks deciding only between otherwise equal words
 *       ("ขาว", "ข้าว", "ขาวดำ"); Lao ໜ sorts as ຫ followed by ນ;
 *   <li>Burmese sorts by initial consonant in the order of the Burmese alphabet (က ခ ဂ …), a consonant
 *       without medial before one with a medial ("ရန်ကုန်" before "ရှမ်း"), medials in the order ျ ြ ွ ှ,
 *       then vowels in the alphabet's order (ော before ို: "ကော့သောင်း" before "ကိုကိုး");
 *   <li>English ignores case except to order words that differ only in case ("bangkok" before
 *       "Bokeo", "houayxay" just before "Houayxay"), so an order never depends on the input's order.
 * </ul>
 *
 * <p>Thread-safe: each language's collator is built once and frozen.
 */
public final class ReaderCollation implements Comparator<String> {

  private static final Map<ReaderLanguage, ReaderCollation> BY_LANGUAGE = new EnumMap<>(ReaderLanguage.class);

  static {
    for (ReaderLanguage language : ReaderLanguage.values()) {
      // The plain language tag: the collation rules are the language's, whatever its calendar or region.
      BY_LANGUAGE.put(language, new ReaderCollation(Collator.getInstance(new ULocale(language.tag())).freeze()));
    }
  }

  private final Collator collator;

  private ReaderCollation(Collator collator) {
    this.collator = collator;
  }

  /** The order of a reader of {@code language}. */
  public static ReaderCollation of(ReaderLanguage language) {
    return BY_LANGUAGE.get(Objects.requireNonNull(language, "language"));
  }

  /** Compares two texts in this reader's order; neither may be null. */
  @Override
  public int compare(String a, String b) {
    return collator.compare(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"));
  }

  /** Orders items by a text of theirs (a name, a title), in this reader's order. */
  public <T> Comparator<T> comparing(Function<? super T, String> key) {
    Objects.requireNonNull(key, "key");
    return (a, b) -> compare(key.apply(a), key.apply(b));
  }

  /** A new list of {@code items} in this reader's order of {@code key}; items with equal keys keep their order. */
  public <T> List<T> sorted(Collection<? extends T> items, Function<? super T, String> key) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(comparing(key));
    return sorted;
  }
}
