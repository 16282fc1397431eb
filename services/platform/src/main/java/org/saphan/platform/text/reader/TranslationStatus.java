package org.saphan.platform.text.reader;

import org.saphan.schema.common.LocalizedText;

/**
 * How far a reader can trust a text shown in their language: the original, a translation (and by
 * whom), an outdated translation, or no translation at all. The minutes mark every text with it, so
 * that a Burmese reader knows that an agenda title was machine-translated from Thai, or that its
 * translation predates a correction of the Thai original.
 *
 * <p>Labels are short, for a badge next to the text. The Burmese and Lao labels were written for
 * this project by a non-native writer and should be reviewed by the centres' translators; where a
 * label is uncertain the English one is the fallback a reviewer can always fall back to.
 */
public enum TranslationStatus {
  /** The text was written in the reader's language. */
  ORIGINAL("ต้นฉบับ", "မူရင်း", "ຕົ້ນສະບັບ", "Original"),
  /** A human translation that a second person has reviewed. */
  HUMAN_VERIFIED("แปลโดยคน ตรวจทานแล้ว", "လူဘာသာပြန် (စစ်ဆေးပြီး)", "ແປໂດຍຄົນ, ກວດແລ້ວ", "Human translation, reviewed"),
  /** A human translation nobody has reviewed yet. */
  HUMAN("แปลโดยคน ยังไม่ตรวจทาน", "လူဘာသာပြန် (မစစ်ဆေးရသေး)", "ແປໂດຍຄົນ, ຍັງບໍ່ໄດ້ກວດ", "Human translation, not reviewed"),
  /** An engine's translation (reviewed or not: it is still worded by a machine). */
  MACHINE("แปลด้วยเครื่อง", "စက်ဘာသာပြန်", "ແປດ້ວຍເຄື່ອງ", "Machine translation"),
  /** Built from the centres' agreed glossary of terms. */
  GLOSSARY("แปลตามอภิธานศัพท์", "ဝေါဟာရစာရင်းအရ ဘာသာပြန်", "ແປຕາມປະມວນຄຳສັບ", "Glossary translation"),
  /** A translation of an earlier wording: the original has changed since. */
  STALE("คำแปลล้าสมัย ต้นฉบับแก้ไขแล้ว", "ဘာသာပြန် ခေတ်မမီ (မူရင်း ပြင်ပြီး)", "ຄຳແປລ້າສະໄໝ, ຕົ້ນສະບັບແກ້ໄຂແລ້ວ",
      "Outdated translation, original changed"),
  /** No translation into the reader's language: the English translation or the original is shown. */
  MISSING("ไม่มีคำแปลภาษาไทย", "မြန်မာဘာသာပြန် မရှိ", "ບໍ່ມີຄຳແປພາສາລາວ", "No English translation");

  private final String th;
  private final String my;
  private final String lo;
  private final String en;

  TranslationStatus(String th, String my, String lo, String en) {
    this.th = th;
    this.my = my;
    this.lo = lo;
    this.en = en;
  }

  /** The label in a reader language th, my, lo or en; throws {@link IllegalArgumentException} for any other. */
  public String label(String readerLanguage) {
    return label(ReaderLanguage.of(readerLanguage));
  }

  /** The label for a reader of {@code language}. */
  public String label(ReaderLanguage language) {
    return language.pick(th, my, lo, en);
  }

  /** The status of {@code text} shown to a reader of {@code readerLanguage}; see {@link ReaderText#of}. */
  public static TranslationStatus of(LocalizedText text, String readerLanguage) {
    return ReaderText.of(text, readerLanguage).status();
  }
}
