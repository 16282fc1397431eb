package org.saphan.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saphan.platform.SeedTexts.line;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.Provenance;
import org.saphan.schema.common.TextEncoding;

class LocalizedTextsTest {

  @Test
  void thaiLaoAndUnicodeBurmeseAreKeptAsWritten() {
    for (String key : new String[] {"th.crossings", "lo.crossings", "my.crossings", "my.unicode"}) {
      LocalizedText text = LocalizedTexts.original(key.substring(0, 2), line(key));
      assertThat(text.getText()).as(key).isEqualTo(line(key));
      assertThat(text.getNormalized()).as(key).isEqualTo(line(key));
      assertThat(text.getEncoding()).as(key).isEqualTo(TextEncoding.UNICODE);
    }
  }

  @Test
  void zawgyiBurmeseIsKeptAsTypedAndNormalisedToUnicode() {
    LocalizedText text = LocalizedTexts.original("my", line("my.zawgyi"));

    assertThat(text.getEncoding()).isEqualTo(TextEncoding.ZAWGYI);
    assertThat(text.getText()).isEqualTo(line("my.zawgyi"));
    assertThat(text.getNormalized()).isEqualTo(line("my.unicode"));
    assertThat(LocalizedTexts.zawgyiProbability(line("my.zawgyi"))).isGreaterThan(LocalizedTexts.ZAWGYI_THRESHOLD);
    assertThat(LocalizedTexts.zawgyiProbability(line("my.unicode"))).isLessThan(0.05);
  }

  @Test
  void theAnalysisExposesTheDetectorsProbability() {
    TextAnalysis zawgyi = LocalizedTexts.analyse("my", line("my.zawgyi"));
    TextAnalysis thai = LocalizedTexts.analyse("th", line("th.crossings"));

    assertThat(zawgyi).isEqualTo(new TextAnalysis("my", TextEncoding.ZAWGYI, LocalizedTexts.zawgyiProbability(line("my.zawgyi")),
        line("my.unicode"), true));
    assertThat(zawgyi.zawgyiProbability()).isGreaterThan(LocalizedTexts.ZAWGYI_THRESHOLD).isLessThanOrEqualTo(1);
    assertThat(thai).isEqualTo(new TextAnalysis("th", TextEncoding.UNICODE, 0, line("th.crossings"), false));
    assertThat(LocalizedTexts.analyse("my", "Tachileik 2019").zawgyiProbability()).isZero();
  }

  @Test
  void unicodeThatTheDetectorTakesForZawgyiIsKeptBecauseItHasNoZawgyiOnlySequence() {
    String unicode = "ယခု မိုးရွာနေပါသလား။"; // myanmar-tools ZawgyiDetectorTest: Unicode, scored 0.995

    TextAnalysis analysis = LocalizedTexts.analyse("my", unicode);

    assertThat(analysis.zawgyiProbability()).isGreaterThan(LocalizedTexts.ZAWGYI_THRESHOLD);
    assertThat(analysis.encoding()).isEqualTo(TextEncoding.UNICODE);
    assertThat(analysis.normalized()).isEqualTo(unicode);
    assertThat(analysis.changedByNormalisation()).isFalse();
  }

  @Test
  void aTranslationBecomesStaleWhenItsSourceChanges() {
    LocalizedText original = LocalizedTexts.original("th", line("th.alerts"));
    LocalizedText translated = LocalizedTexts.withTranslation(original, "en", line("en.alerts"), Provenance.HUMAN, "translator-7",
        Instant.EPOCH, true);
    assertThat(LocalizedTexts.isStale(translated, translated.getTranslations().get(0))).isFalse();

    LocalizedText edited = LocalizedText.newBuilder(LocalizedTexts.original("th", line("th.crossings")))
        .setTranslations(translated.getTranslations()).build();

    assertThat(LocalizedTexts.isStale(edited, edited.getTranslations().get(0))).isTrue();
  }

  @Test
  void aReaderGetsTheirLanguageThenEnglishThenTheOriginal() {
    LocalizedText text = LocalizedTexts.withTranslation(LocalizedTexts.original("th", line("th.alerts")), "lo", line("lo.alerts"),
        Provenance.HUMAN, "translator-7", Instant.EPOCH, false);
    text = LocalizedTexts.withTranslation(text, "en", line("en.alerts"), Provenance.HUMAN, "translator-7", Instant.EPOCH, false);

    assertThat(LocalizedTexts.readIn(text, "th")).isEqualTo(line("th.alerts"));
    assertThat(LocalizedTexts.readIn(text, "lo")).isEqualTo(line("lo.alerts"));
    assertThat(LocalizedTexts.readIn(text, "my")).isEqualTo(line("en.alerts"));
  }

  @Test
  void brokenTextIsRejectedWithAPreciseMessage() {
    assertThatThrownBy(() -> LocalizedTexts.original("th", "abc\uD800def")).isInstanceOf(InvalidTextException.class)
        .hasMessageContaining("unpaired high surrogate at index 3");
    assertThatThrownBy(() -> LocalizedTexts.original("th", "bell\u0007")).hasMessageContaining("control character U+0007 at index 4");
    assertThatThrownBy(() -> LocalizedTexts.original("not a tag!", "x")).hasMessageContaining("not a BCP 47 language tag");
    assertThatThrownBy(() -> LocalizedTexts.original("th", "  ")).hasMessageContaining("must not be blank");
  }
}
