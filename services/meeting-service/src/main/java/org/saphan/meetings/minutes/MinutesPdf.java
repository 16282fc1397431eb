package org.saphan.meetings.minutes;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.saphan.meetings.minutes.MinutesContent.Entry;
import org.saphan.meetings.minutes.MinutesContent.Fact;
import org.saphan.meetings.minutes.MinutesContent.Kind;
import org.saphan.meetings.minutes.MinutesContent.Section;
import org.saphan.meetings.minutes.MinutesContent.Span;
import org.saphan.meetings.minutes.PdfFonts.Shaping;
import org.saphan.meetings.minutes.PdfLineBreaker.Line;
import org.saphan.meetings.minutes.PdfLineBreaker.Piece;
import org.saphan.meetings.minutes.PdfLineBreaker.Run;
import org.saphan.meetings.minutes.PdfLineBreaker.Style;

/**
 * Writes {@link MinutesContent} as an A4 PDF with OpenPDF, placing every line itself: OpenPDF's
 * own paragraph layout breaks lines only at spaces and measures unshaped widths, neither of which
 * works for Thai, Burmese and Lao. Lines come from {@link PdfLineBreaker}; each run is drawn with
 * {@link PdfFonts#show}, i.e. shaped by OpenPDF's LayoutProcessor and extractable as text.
 */
final class MinutesPdf {

  private static final Rectangle PAGE = PageSize.A4;
  private static final float MARGIN = 56f;
  private static final float BOTTOM = 64f;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

  private static final float TITLE_SIZE = 15f;
  private static final float HEADING_SIZE = 12.5f;
  private static final float BODY_SIZE = 10.5f;
  private static final float DETAIL_SIZE = 9f;
  private static final float FOOTER_SIZE = 7.5f;
  /** A status badge is this much smaller than the text it qualifies. */
  private static final float BADGE_SCALE = 0.78f;
  private static final float MARKER_WIDTH = 22f;
  private static final float NOTE_INDENT = 12f;
  /** Extra space between lines, as a fraction of the line's font size: Thai marks above and below need air. */
  private static final float LINE_GAP = 0.12f;

  private static final Color TEXT = new Color(0x1b, 0x1b, 0x1b);
  private static final Color MUTED = new Color(0x55, 0x55, 0x55);
  private static final Color BADGE = new Color(0x44, 0x44, 0x44);
  private static final Color OVERDUE = new Color(0xb0, 0x00, 0x20);
  private static final Color RULE = new Color(0x99, 0x99, 0x99);

  private final PdfFonts fonts;
  private final PdfLineBreaker breaker;
  private final Shaping shaping;
  private PdfContentByte content;
  private Document document;
  private float y;

  private MinutesPdf(PdfFonts fonts, Shaping shaping) {
    this.fonts = fonts;
    this.breaker = new PdfLineBreaker(fonts);
    this.shaping = shaping;
  }

  /** @param createdAt written as the PDF's creation date, so the same minutes at the same time give the same PDF content */
  static byte[] write(MinutesContent minutes, PdfFonts fonts, Shaping shaping, Instant createdAt) {
    return new MinutesPdf(fonts, shaping).document(minutes, createdAt);
  }

  private byte[] document(MinutesContent minutes, Instant createdAt) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    document = new Document(PAGE, MARGIN, MARGIN, MARGIN, BOTTOM);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new Footer(minutes));
      document.addTitle(minutes.plainTitle());
      // The catalog's /Lang tells screen readers and search which language the document is in.
      // (Document.setDocumentLanguage is something else: an option of OpenPDF's optional FOP glyph substitution.)
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(minutes.language().tag()));
      document.open();
      // Not document.addCreationDate(PdfDate): OpenPDF 2.0.5 ignores its argument and writes the wall-clock time.
      PdfDate created = pdfDate(createdAt);
      writer.getInfo().put(PdfName.CREATIONDATE, created);
      writer.getInfo().put(PdfName.MODDATE, created);
      content = writer.getDirectContent();
      y = PAGE.getHeight() - MARGIN;
      header(minutes);
      for (Section section : minutes.sections()) {
        section(section);
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("OpenPDF could not write the minutes: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static PdfDate pdfDate(Instant at) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTimeInMillis(at.toEpochMilli());
    return new PdfDate(calendar);
  }

  private void header(MinutesContent minutes) {
    paragraph(pieces(minutes.title(), TITLE_SIZE, TEXT), MARGIN, WIDTH);
    y -= 6f;
    facts(minutes.facts(), MARGIN, WIDTH, BODY_SIZE - 1f);
  }

  private void section(Section section) {
    // Keep a heading with at least its first lines.
    ensureSpace(HEADING_SIZE * 6);
    y -= HEADING_SIZE;
    paragraph(List.of(plainPiece(section.heading(), HEADING_SIZE, TEXT)), MARGIN, WIDTH);
    content.setColorStroke(RULE);
    content.setLineWidth(0.6f);
    content.moveTo(MARGIN, y + 1f);
    content.lineTo(MARGIN + WIDTH, y + 1f);
    content.stroke();
    y -= 5f;
    if (section.entries().isEmpty()) {
      paragraph(List.of(plainPiece(section.emptyText(), BODY_SIZE, MUTED)), MARGIN, WIDTH);
    }
    for (Entry entry : section.entries()) {
      entry(entry);
    }
  }

  private void entry(Entry entry) {
    y -= 3f;
    float textX = MARGIN + MARKER_WIDTH;
    float textWidth = WIDTH - MARKER_WIDTH;
    rows(MARGIN, lines(plainPiece(entry.marker(), BODY_SIZE, entry.overdue() ? OVERDUE : MUTED), MARKER_WIDTH),
        textX, breaker.lines(pieces(entry.text(), BODY_SIZE, TEXT), textWidth));
    facts(entry.facts(), textX, textWidth, DETAIL_SIZE);
    for (Entry note : entry.children()) {
      rows(textX, lines(plainPiece(note.marker(), DETAIL_SIZE, MUTED), NOTE_INDENT),
          textX + NOTE_INDENT, breaker.lines(pieces(note.text(), DETAIL_SIZE, TEXT), textWidth - NOTE_INDENT));
    }
  }

  /** Label and value in two columns; the label column as wide as the widest label needs, within limits. */
  private void facts(List<Fact> facts, float x, float width, float size) {
    if (facts.isEmpty()) {
      return;
    }
    float labelWidth = 0;
    for (Fact fact : facts) {
      for (Line line : lines(plainPiece(fact.label(), size, MUTED), width)) {
        labelWidth = Math.max(labelWidth, line.width());
      }
    }
    labelWidth = Math.min(labelWidth + 10f, width / 3);
    for (Fact fact : facts) {
      rows(x, lines(plainPiece(fact.label(), size, MUTED), labelWidth - 6f),
          x + labelWidth, breaker.lines(pieces(fact.value(), size, TEXT), width - labelWidth));
    }
  }

  private static Piece plainPiece(String text, float size, Color color) {
    return new Piece(text, new Style(size, color, false), false);
  }

  private List<Line> lines(Piece piece, float width) {
    return breaker.lines(List.of(piece), width);
  }

  /** The spans of a text as pieces for the line breaker: spaces as their own pieces, so a badge can start a line. */
  private static List<Piece> pieces(List<Span> spans, float size, Color color) {
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      if (i > 0 && span.spaceBefore()) {
        pieces.add(new Piece(" ", new Style(size, color, false), false));
      }
      pieces.add(switch (span.kind()) {
        case TEXT, LABEL -> new Piece(span.text(), new Style(size, color, false), false);
        case MUTED, REFERENCE -> new Piece(span.text(), new Style(size, MUTED, false), false);
        // No-break spaces pad the text inside its box; a normal space would be dropped at a line's end.
        case STATUS -> new Piece("\u00a0" + span.text() + "\u00a0", new Style(size * BADGE_SCALE, BADGE, true), true);
        case OVERDUE -> new Piece(span.text(), new Style(size, OVERDUE, false), true);
      });
    }
    return pieces;
  }

  /** Lays out and draws a paragraph from the current {@code y}, starting new pages as needed. */
  private void paragraph(List<Piece> pieces, float x, float width) {
    rows(x, breaker.lines(pieces, width), x, List.of());
  }

  /**
   * Draws two columns of lines side by side (marker and text, label and value), each pair of lines
   * on one baseline: a Burmese line is taller than a Latin one, and the two must still line up.
   */
  private void rows(float leftX, List<Line> left, float rightX, List<Line> right) {
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      Line l = i < left.size() ? left.get(i) : null;
      Line r = i < right.size() ? right.get(i) : null;
      float ascent = Math.max(l == null ? 0 : l.ascent(), r == null ? 0 : r.ascent());
      float descent = Math.min(l == null ? 0 : l.descent(), r == null ? 0 : r.descent());
      float height = ascent - descent + LINE_GAP * Math.max(size(l), size(r));
      ensureSpace(height);
      float baseline = y - ascent;
      if (l != null) {
        drawLine(l, leftX, baseline);
      }
      if (r != null) {
        drawLine(r, rightX, baseline);
      }
      y -= height;
    }
  }

  private static float size(Line line) {
    return line == null || line.runs().isEmpty() ? 0 : line.runs().get(0).style().size();
  }

  private void drawLine(Line line, float x, float baseline) {
    float runX = x;
    List<Run> runs = line.runs();
    for (int i = 0; i < runs.size(); i++) {
      Run run = runs.get(i);
      boolean badgeStarts = run.style().badge() && (i == 0 || runs.get(i - 1).piece() != run.piece());
      if (badgeStarts) {
        badgeBox(runs, i, runX, baseline);
      }
      content.beginText();
      content.setFontAndSize(fonts.font(run.face()), run.style().size());
      content.setColorFill(run.style().color());
      content.setTextMatrix(runX, baseline);
      PdfFonts.show(content, run.text(), shaping);
      content.endText();
      runX += run.width();
    }
  }

  /** One rounded box around a badge, which may be several runs (Burmese text, Latin parentheses). */
  private void badgeBox(List<Run> runs, int first, float x, float baseline) {
    float width = 0;
    float top = 0;
    float bottom = 0;
    for (int i = first; i < runs.size() && runs.get(i).piece() == runs.get(first).piece(); i++) {
      Run run = runs.get(i);
      float size = run.style().size();
      width += run.width();
      top = Math.max(top, Math.min(fonts.ascent(run.face(), size), size * 1.15f));
      bottom = Math.min(bottom, fonts.descent(run.face(), size) * 0.7f);
    }
    content.setColorStroke(RULE);
    content.setLineWidth(0.5f);
    content.roundRectangle(x, baseline + bottom, width, top - bottom, 2f);
    content.stroke();
  }

  private void ensureSpace(float height) {
    if (y - height < BOTTOM) {
      document.newPage();
      y = PAGE.getHeight() - MARGIN;
    }
  }

  /** Meeting id, export time and page number at the foot of every page. */
  private final class Footer extends PdfPageEventHelper {
    private final MinutesContent minutes;

    Footer(MinutesContent minutes) {
      this.minutes = minutes;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      String page = MinutesLabel.PAGE.in(minutes.language()) + " " + minutes.format().number(writer.getPageNumber());
      List<Piece> pieces = List.of(plainPiece(minutes.footer() + " · " + page, FOOTER_SIZE, MUTED));
      float baseline = BOTTOM - 28f;
      for (Line line : breaker.lines(pieces, WIDTH)) {
        drawLine(line, MARGIN, baseline);
        baseline -= line.ascent() - line.descent();
      }
    }
  }
}
