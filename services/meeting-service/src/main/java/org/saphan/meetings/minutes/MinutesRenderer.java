package org.saphan.meetings.minutes;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.saphan.meetings.minutes.PdfFonts.Shaping;
import org.saphan.platform.text.reader.ReaderLanguage;
import org.saphan.platform.text.reader.TranslationStatus;

/**
 * The minutes of a meeting for a reader of Thai, Burmese, Lao or English, as a standalone HTML page
 * or as a PDF with the same content: headings in the reader's language, every text in the reader's
 * language where a translation exists and marked with its {@link TranslationStatus}, dates in the
 * reader's calendar (Buddhist era for Thai), times in the meeting's zone with the zone named,
 * overdue action items marked, related alerts and cases listed.
 *
 * <p>Thread-safe. The PDF's fonts (Noto, bundled in {@code fonts/}) are loaded once per JVM;
 * the first PDF also switches on OpenPDF's LayoutProcessor, which is global to the JVM.
 */
public final class MinutesRenderer {

  private final Clock clock;

  /** Export times from the system clock. */
  public MinutesRenderer() {
    this(Clock.systemUTC());
  }

  /** @param clock gives the export time printed in the footer and the PDF's creation date */
  public MinutesRenderer(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A complete HTML5 page (UTF-8) of the minutes for a reader of {@code reader}. */
  public String html(Minutes minutes, ReaderLanguage reader) {
    return MinutesHtml.write(content(minutes, reader, clock.instant()));
  }

  /**
   * The same for a reader language th, my, lo or en.
   *
   * @throws IllegalArgumentException if the language is not th, my, lo or en
   */
  public String html(Minutes minutes, String readerLanguage) {
    return html(minutes, ReaderLanguage.of(readerLanguage));
  }

  /** The minutes as a PDF (A4), shaped for Thai, Burmese and Lao, its text extractable. */
  public byte[] pdf(Minutes minutes, ReaderLanguage reader) {
    return pdf(minutes, reader, Shaping.OPENTYPE);
  }

  /**
   * The same for a reader language th, my, lo or en.
   *
   * @throws IllegalArgumentException if the language is not th, my, lo or en
   */
  public byte[] pdf(Minutes minutes, String readerLanguage) {
    return pdf(minutes, ReaderLanguage.of(readerLanguage));
  }

  /** With a choice of shaping: tests draw unshaped text to prove their image comparison catches it. */
  byte[] pdf(Minutes minutes, String readerLanguage, Shaping shaping) {
    return pdf(minutes, ReaderLanguage.of(readerLanguage), shaping);
  }

  private byte[] pdf(Minutes minutes, ReaderLanguage reader, Shaping shaping) {
    Instant exportedAt = clock.instant();
    MinutesContent content = content(minutes, reader, exportedAt);
    return MinutesPdf.write(content, PdfFonts.bundled(), shaping, exportedAt);
  }

  private static MinutesContent content(Minutes minutes, ReaderLanguage reader, Instant exportedAt) {
    Objects.requireNonNull(minutes, "minutes");
    return MinutesContent.of(minutes, Objects.requireNonNull(reader, "reader"), exportedAt);
  }
}
