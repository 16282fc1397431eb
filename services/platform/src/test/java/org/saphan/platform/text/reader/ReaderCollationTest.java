package org.saphan.platform.text.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Orders checked against each language's alphabet; every list is given shuffled, and each expected
 * order differs from {@code String.compareTo}'s (code unit) order, so a comparator that fell back to
 * it would fail.
 */
class ReaderCollationTest {

  /** A border office with its province's name, for the key-extractor helper. */
  record Office(String code, String province) {}

  private static List<String> sortedBy(ReaderLanguage language, List<String> words) {
    List<String> shuffled = new ArrayList<>(words);
    Collections.shuffle(shuffled, new java.util.Random(words.hashCode()));
    shuffled.sort(ReaderCollation.of(language));
    assertThat(shuffled).as("not the code unit order").isNotEqualTo(words.stream().sorted().toList());
    return shuffled;
  }

  @Test
  void thaiSortsByConsonantNotByTheVowelWrittenBeforeIt() {
    // ไก่ (chicken), กา (crow), ขา (leg), เกาะ (island): ก, ก, ก then ข; after ก the vowel า before เ before ไ.
    assertThat(sortedBy(ReaderLanguage.TH, List.of("ไก่", "กา", "ขา", "เกาะ"))).containsExactly("กา", "เกาะ", "ไก่", "ขา");
  }

  @Test
  void thaiBorderProvincesInDictionaryOrder() {
    // เชียงใหม่ files under ห (ใหม่ = ห + ม), after เชียงราย; แม่ฮ่องสอน under ม, after มุกดาหาร (ุ before แ).
    List<String> provinces = List.of("กาญจนบุรี", "เชียงราย", "เชียงใหม่", "ตาก", "นครพนม", "มุกดาหาร", "แม่ฮ่องสอน", "ระนอง",
        "หนองคาย", "อุบลราชธานี");
    assertThat(sortedBy(ReaderLanguage.TH, provinces)).containsExactlyElementsOf(provinces);
  }

  @Test
  void thaiToneMarksOnlyDecideBetweenOtherwiseEqualWords() {
    // ขาว (white) and ข้าว (rice) differ only by the tone mark; ขาวดำ (black and white) is longer.
    assertThat(sortedBy(ReaderLanguage.TH, List.of("ขาว", "ข้าว", "ขาวดำ"))).containsExactly("ขาว", "ข้าว", "ขาวดำ");
    assertThat(ReaderCollation.of(ReaderLanguage.TH).compare("ขาว", "ข้าว")).isNegative();
  }

  @Test
  void laoSortsByConsonantToo() {
    assertThat(sortedBy(ReaderLanguage.LO, List.of("ໄກ່", "ກາ", "ຂາ", "ເກາະ"))).containsExactly("ກາ", "ເກາະ", "ໄກ່", "ຂາ");
  }

  @Test
  void laoProvincesInTheLaoAlphabetsOrder() {
    // ກ ຂ ຄ ງ ຈ ສ ຊ ຍ ດ ຕ ຖ ທ ນ ບ ປ ຜ ຝ ພ ຟ ມ ຢ ຣ ລ ວ ຫ ອ ຮ: ສ follows ຈ.
    List<String> provinces = List.of("ຈຳປາສັກ", "ສະຫວັນນະເຂດ", "ໄຊຍະບູລີ", "ບໍ່ແກ້ວ", "ວຽງຈັນ", "ຫົວພັນ", "ອຸດົມໄຊ");
    assertThat(sortedBy(ReaderLanguage.LO, provinces)).containsExactlyElementsOf(provinces);
  }

  @Test
  void laoHoNoSortsAsHoFollowedByNo() {
    // ໜອງຄາຍ (Nong Khai) is written with the ligature ໜ = ຫ + ນ: among the ຫ words, before ຫ້ວຍ (ນ before ວ).
    assertThat(sortedBy(ReaderLanguage.LO, List.of("ຫ້ວຍຊາຍ", "ໜອງຄາຍ", "ວຽງຈັນ"))).containsExactly("ວຽງຈັນ", "ໜອງຄາຍ", "ຫ້ວຍຊາຍ");
  }

  @Test
  void burmeseSortsByConsonantThenMedialThenVowel() {
    // က before ခ before တ, မ, ရ; no medial before a medial (ရန်ကုန် before ရှမ်း); medial ြ before ွ; among the
    // vowels, ော (Kawthaung) before ို (Coco Islands), as in the Burmese alphabet's vowel order.
    assertThat(sortedBy(ReaderLanguage.MY, List.of("မွန်", "မြဝတီ", "ရှမ်း", "ရန်ကုန်", "ကိုကိုး", "ကရင်", "ချင်း", "ကချင်", "ကော့သောင်း",
        "တာချီလိတ်")))
        .containsExactly("ကချင်", "ကရင်", "ကော့သောင်း", "ကိုကိုး", "ချင်း", "တာချီလိတ်", "မြဝတီ", "မွန်", "ရန်ကုန်", "ရှမ်း");
  }

  @Test
  void englishIgnoresCaseExceptBetweenOtherwiseEqualWords() {
    assertThat(sortedBy(ReaderLanguage.EN, List.of("bokeo", "Bangkok", "chiang Rai", "Chiang Mai", "Houayxay", "houayxay", "Tachileik", "yangon")))
        .containsExactly("Bangkok", "bokeo", "Chiang Mai", "chiang Rai", "houayxay", "Houayxay", "Tachileik", "yangon");
  }

  @Test
  void listsAreSortedByAKeyInTheReadersOrder() {
    List<Office> offices = List.of(new Office("TH-CEI", "เชียงราย"), new Office("TH-TAK", "ตาก"), new Office("TH-KAN", "กาญจนบุรี"),
        new Office("TH-CMI", "เชียงใหม่"));

    List<Office> sorted = ReaderCollation.of(ReaderLanguage.TH).sorted(offices, Office::province);

    assertThat(sorted).extracting(Office::code).containsExactly("TH-KAN", "TH-CEI", "TH-CMI", "TH-TAK");
    assertThat(offices).extracting(Office::code).as("the input is left as it was").startsWith("TH-CEI");
  }

  @Test
  void equalKeysKeepTheirOrder() {
    List<Office> offices = List.of(new Office("second", "ตาก"), new Office("first", "กา"), new Office("third", "ตาก"));

    assertThat(ReaderCollation.of(ReaderLanguage.TH).sorted(offices, Office::province)).extracting(Office::code)
        .containsExactly("first", "second", "third");
  }
}
