package org.saphan.meetings.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF's text, as PDFBox extracts it: every agenda title in the reader's own script, in logical
 * order (shaped Burmese draws ေ before its consonant; the /ActualText spans give the typed order back).
 * Extraction cannot see broken shaping; {@link MinutesPdfRenderingTest} looks at the pixels.
 */
class MinutesPdfTextTest {

  private static final MinutesRenderer RENDERER = new MinutesRenderer(ThirteenthMeeting.EXPORT_CLOCK);

  @BeforeAll
  static void warmUp() {
    // The first PDF loads the fonts (about a second); keep that out of the per-test timings.
    RENDERER.pdf(ThirteenthMeeting.minutes(), "en");
  }

  static Stream<Arguments> readers() {
    return Stream.of(
        Arguments.of("th", ThirteenthMeeting.AGENDA_TH, List.of("ระเบียบวาระการประชุม", "24 กันยายน 2562", "ครั้งที่ 13",
            ThirteenthMeeting.DECISION_TH)),
        Arguments.of("my", ThirteenthMeeting.AGENDA_MY, List.of("အစည်းအဝေး အစီအစဉ်", "၂၀၁၉ စက်တင်ဘာ ၂၄", "၁၃ ကြိမ်မြောက်",
            ThirteenthMeeting.DECISION_MY)),
        Arguments.of("lo", ThirteenthMeeting.AGENDA_LO, List.of("ວາລະກອງປະຊຸມ", "24 ກັນຍາ 2019", "ຄັ້ງທີ 13", ThirteenthMeeting.DECISION_LO)),
        Arguments.of("en", ThirteenthMeeting.AGENDA_EN, List.of("Agenda", "24 September 2019", "The 13th meeting", ThirteenthMeeting.DECISION_EN)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void theAgendaIsExtractableInTheReadersScript(String language, List<String> agenda, List<String> others) throws IOException {
    byte[] pdf = RENDERER.pdf(ThirteenthMeeting.minutes(), language);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = withoutSpaces(new PDFTextStripper().getText(document));
      for (String expected : agenda) {
        assertThat(text).as("agenda title in the %s PDF", language).contains(withoutSpaces(expected));
      }
      for (String expected : others) {
        assertThat(text).contains(withoutSpaces(expected));
      }
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
    }
  }

  @Test
  void thaiMinutesCarryTheBuddhistEraAndTheOverdueMark() throws IOException {
    String text = withoutSpaces(text(RENDERER.pdf(ThirteenthMeeting.minutes(), "th")));

    assertThat(text).contains("2562").doesNotContain("2019")
        .contains(withoutSpaces("ส่งรายชื่อเจ้าหน้าที่ติดต่อตลอด 24 ชั่วโมงของฝ่ายท่าขี้เหล็ก"))
        .contains("เกินกำหนด")
        .contains("TH-CEI-RP-2562-0007");
  }

  @Test
  void theDocumentIsDatedByTheRenderersClockNotTheWallClock() throws IOException {
    try (PDDocument document = Loader.loadPDF(RENDERER.pdf(ThirteenthMeeting.minutes(), "my"))) {
      Calendar created = document.getDocumentInformation().getCreationDate();
      assertThat(created.toInstant()).isEqualTo(ThirteenthMeeting.EXPORT_CLOCK.instant());
      assertThat(document.getDocumentInformation().getTitle()).endsWith("၁၃ ကြိမ်မြောက် အစည်းအဝေး");
    }
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /**
   * Lines of Thai, Burmese and Lao break without a space, where the extractor then puts a line
   * break; compare texts without any white space (no-break spaces included).
   */
  static String withoutSpaces(String text) {
    return text.replaceAll("[\\s\\u00a0]+", "");
  }
}
