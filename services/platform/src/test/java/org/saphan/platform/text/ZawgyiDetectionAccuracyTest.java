package org.saphan.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saphan.platform.text.TextCorpus.BurmeseLine;
import org.saphan.platform.text.TextCorpus.LeftAloneLine;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.TextEncoding;

/**
 * Runs {@link LocalizedTexts#original} over the labelled corpus of real Burmese lines and measures
 * the Zawgyi detection; the numbers are printed and written to {@code target/text-corpus-accuracy.txt}.
 */
class ZawgyiDetectionAccuracyTest {

  /** The share of Zawgyi lines that must be detected and converted. */
  private static final double MIN_ZAWGYI_RECALL = 0.99;
  /**
   * Detected Zawgyi lines whose known Unicode form ICU's Zawgyi-my reproduces exactly; the README
   * of the corpus lists why the others differ.
   */
  private static final int MIN_KNOWN_UNICODE_MATCHED = 115;

  private static List<BurmeseReading> burmese;
  private static AccuracyReport report;

  /** A corpus line, what Saphan stored for it, and the detector's probability. */
  record BurmeseReading(BurmeseLine line, LocalizedText stored, double probability) {

    static BurmeseReading of(BurmeseLine line) {
      return new BurmeseReading(line, LocalizedTexts.original("my", line.text()), LocalizedTexts.analyse("my", line.text())
          .zawgyiProbability());
    }

    boolean detected() {
      return stored.getEncoding() == TextEncoding.ZAWGYI;
    }

    boolean matchesKnownUnicode() {
      return stored.getNormalized().equals(nfc(line.unicode()));
    }
  }

  @BeforeAll
  static void readTheCorpus() throws IOException {
    burmese = TextCorpus.burmese().stream().map(BurmeseReading::of).toList();
    report = AccuracyReport.of(burmese, TextCorpus.leftAlone());
    System.out.println(report.text());
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("text-corpus-accuracy.txt"), report.text());
  }

  @Test
  void theCorpusHasAtLeastAHundredLinesOfEachBurmeseEncodingAndTwentyOfEachOtherLanguage() {
    assertThat(report.zawgyi().lines()).isGreaterThanOrEqualTo(100);
    assertThat(report.unicode().lines()).isGreaterThanOrEqualTo(100);
    for (String language : List.of("th", "lo", "en")) {
      assertThat(TextCorpus.leftAlone()).as(language).filteredOn(line -> line.language().equals(language)).hasSizeGreaterThanOrEqualTo(20);
    }
  }

  @Test
  void noUnicodeLineIsConverted() {
    List<BurmeseReading> unicode = burmese.stream().filter(reading -> !reading.line().isZawgyi()).toList();

    assertThat(unicode).allSatisfy(reading -> {
      assertThat(reading.stored().getEncoding()).as(reading.line().source() + ": " + reading.line().text()).isEqualTo(TextEncoding.UNICODE);
      assertThat(reading.stored().getNormalized()).as(reading.line().source()).isEqualTo(nfc(reading.line().text()));
    });
  }

  @Test
  void atLeast99PercentOfZawgyiLinesAreDetectedAndKeptAsTyped() {
    assertThat(report.zawgyi().recall()).as(report.text()).isGreaterThanOrEqualTo(MIN_ZAWGYI_RECALL);
    assertThat(burmese).allSatisfy(reading -> assertThat(reading.stored().getText()).isEqualTo(reading.line().text()));
  }

  @Test
  void detectedZawgyiBecomesTheKnownUnicodeText() {
    List<BurmeseReading> withKnownUnicode = burmese.stream().filter(reading -> reading.detected() && reading.line().hasKnownUnicode())
        .toList();

    assertThat(withKnownUnicode.stream().filter(BurmeseReading::matchesKnownUnicode).count()).as(report.text())
        .isGreaterThanOrEqualTo(MIN_KNOWN_UNICODE_MATCHED);
  }

  @Test
  void thaiLaoAndEnglishLinesAreLeftAloneEvenWhenTaggedBurmese() {
    for (LeftAloneLine line : TextCorpus.leftAlone()) {
      for (String language : List.of(line.language(), "my")) {
        LocalizedText stored = LocalizedTexts.original(language, line.text());
        assertThat(stored.getEncoding()).as(line.source() + " as " + language).isEqualTo(TextEncoding.UNICODE);
        assertThat(stored.getText()).as(line.source()).isEqualTo(line.text());
        assertThat(stored.getNormalized()).as(line.source()).isEqualTo(nfc(line.text()));
      }
    }
  }

  static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
