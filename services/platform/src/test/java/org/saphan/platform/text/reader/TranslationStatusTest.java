package org.saphan.platform.text.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.Provenance;

class TranslationStatusTest {

  private static final Instant AT = Instant.parse("2019-09-20T02:00:00Z");
  private static final String THAI = "การส่งข่าวสารแจ้งเตือนระหว่างเมืองชายแดน";

  private static LocalizedText thai() {
    return LocalizedTexts.original("th", THAI);
  }

  private static LocalizedText translated(String language, String text, Provenance provenance, boolean reviewed) {
    return LocalizedTexts.withTranslation(thai(), language, text, provenance, "saphan-fixtures", AT, reviewed);
  }

  @Test
  void theOriginalLanguageIsOriginal() {
    ReaderText shown = ReaderText.of(thai(), "th");
    assertThat(shown).isEqualTo(new ReaderText(THAI, "th", TranslationStatus.ORIGINAL, null));
  }

  @Test
  void humanTranslationsAreVerifiedOnlyOnceReviewed() {
    assertThat(ReaderText.of(translated("en", "Exchanging alerts", Provenance.HUMAN, false), "en"))
        .isEqualTo(new ReaderText("Exchanging alerts", "en", TranslationStatus.HUMAN, "saphan-fixtures"));
    assertThat(TranslationStatus.of(translated("en", "Exchanging alerts", Provenance.HUMAN, true), "en"))
        .isEqualTo(TranslationStatus.HUMAN_VERIFIED);
  }

  @Test
  void machineAndGlossaryTranslationsSaySo() {
    assertThat(TranslationStatus.of(translated("my", "သတိပေးချက်များ ဖလှယ်ခြင်း", Provenance.MACHINE, true), "my"))
        .isEqualTo(TranslationStatus.MACHINE);
    assertThat(TranslationStatus.of(translated("lo", "ການແລກປ່ຽນຂ່າວສານ", Provenance.GLOSSARY, false), "lo"))
        .isEqualTo(TranslationStatus.GLOSSARY);
  }

  @Test
  void aTranslationOfAnEarlierWordingIsStaleEvenIfReviewed() {
    LocalizedText earlier = LocalizedTexts.withTranslation(LocalizedTexts.original("th", "การส่งข่าวสาร"), "en", "Sending news",
        Provenance.HUMAN, "saphan-fixtures", AT, true);
    LocalizedText corrected = LocalizedText.newBuilder(thai()).setTranslations(earlier.getTranslations()).build();

    ReaderText shown = ReaderText.of(corrected, "en");

    assertThat(shown.status()).isEqualTo(TranslationStatus.STALE);
    assertThat(shown.text()).isEqualTo("Sending news");
  }

  @Test
  void withoutATranslationTheEnglishOneOrElseTheOriginalIsShown() {
    LocalizedText withEnglish = translated("en", "Exchanging alerts", Provenance.HUMAN, false);
    assertThat(ReaderText.of(withEnglish, "lo"))
        .isEqualTo(new ReaderText("Exchanging alerts", "en", TranslationStatus.MISSING, null));
    assertThat(ReaderText.of(thai(), "my")).isEqualTo(new ReaderText(THAI, "th", TranslationStatus.MISSING, null));
  }

  @Test
  void theShownTextIsAlwaysWhatLocalizedTextsReadInPicks() {
    LocalizedText text = translated("my", "သတိပေးချက်များ ဖလှယ်ခြင်း", Provenance.HUMAN, false);
    text = LocalizedTexts.withTranslation(text, "en", "Exchanging alerts", Provenance.MACHINE, "engine", AT, false);
    for (String reader : List.of("th", "my", "lo", "en")) {
      assertThat(ReaderText.of(text, reader).text()).as(reader).isEqualTo(LocalizedTexts.readIn(text, reader));
    }
  }

  @Test
  void everyStatusHasADistinctLabelInEachLanguage() {
    for (String language : List.of("th", "my", "lo", "en")) {
      List<String> labels = Arrays.stream(TranslationStatus.values()).map(s -> s.label(language)).toList();
      assertThat(labels).as(language).doesNotHaveDuplicates().allSatisfy(label -> assertThat(label).isNotBlank());
    }
    assertThat(TranslationStatus.ORIGINAL.label("th")).isEqualTo("ต้นฉบับ");
    assertThat(TranslationStatus.ORIGINAL.label("en")).isEqualTo("Original");
    // Labels are in the reader's script, not English left over.
    assertThat(TranslationStatus.MACHINE.label("my")).matches("[\\u1000-\\u109F ()]+");
    assertThat(TranslationStatus.MACHINE.label("lo")).matches("[\\u0E80-\\u0EFF ,]+");
  }

  @Test
  void labelsForOtherLanguagesAreRefused() {
    assertThatThrownBy(() -> TranslationStatus.HUMAN.label("fr")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fr'");
  }
}
