package org.saphan.meetings.minutes;

import com.ibm.icu.lang.UScript;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTextArray;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.EnumMap;
import java.util.Map;

/**
 * The bundled Noto fonts as OpenPDF fonts, with OpenType shaping through OpenPDF's
 * {@link LayoutProcessor}, and the choice of font per character.
 *
 * <p>Why LayoutProcessor: plain OpenPDF maps each character to one glyph in logical order. Burmese
 * needs reordering (the vowel sign ေ is typed after its consonant but drawn before it), glyph
 * substitution (medial ြ wraps its consonant, stacked consonants) and mark positioning; Thai and
 * Lao need mark positioning. LayoutProcessor lays out each string with the JDK's OpenType engine
 * (HarfBuzz inside java.desktop) and writes the positioned glyphs, plus an /ActualText span with
 * the original string so text extraction and search still see the logical text.
 *
 * <p>LayoutProcessor is global to the JVM (static state in OpenPDF 2.0.5): it is switched on here
 * the first time a PDF is written, with kerning and ligatures, and every font this class uses is
 * registered with it again if something else in the JVM called {@code LayoutProcessor.disable()}.
 */
final class PdfFonts {

  /** A bundled font, by the script it is for. */
  enum Face {
    LATIN("NotoSans-Regular.ttf"),
    THAI("NotoSansThai-Regular.ttf"),
    MYANMAR("NotoSansMyanmar-Regular.ttf"),
    LAO("NotoSansLao-Regular.ttf");

    final String file;

    Face(String file) {
      this.file = file;
    }
  }

  /** Whether text is drawn shaped. NONE exists to prove, in tests, that unshaped output is caught. */
  enum Shaping { OPENTYPE, NONE }

  static final String RESOURCE_FOLDER = "/fonts/";

  private static PdfFonts bundled;

  private final Map<Face, BaseFont> fonts;
  private final Map<Face, String> sources;

  private PdfFonts(Map<Face, BaseFont> fonts, Map<Face, String> sources) {
    this.fonts = fonts;
    this.sources = sources;
  }

  /** The bundled fonts, loaded once per JVM, with shaping switched on and their layout fonts registered. */
  static synchronized PdfFonts bundled() {
    enableShaping();
    if (bundled == null) {
      Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);
      Map<Face, String> sources = new EnumMap<>(Face.class);
      for (Face face : Face.values()) {
        URL url = PdfFonts.class.getResource(RESOURCE_FOLDER + face.file);
        if (url == null) {
          throw new IllegalStateException("font " + RESOURCE_FOLDER + face.file + " is missing from the classpath (meeting-service resources)");
        }
        sources.put(face, url.toExternalForm());
        fonts.put(face, load(url));
      }
      bundled = new PdfFonts(fonts, sources);
    }
    bundled.registerWithLayoutProcessor();
    return bundled;
  }

  private static void enableShaping() {
    if (!LayoutProcessor.isEnabled()) {
      LayoutProcessor.enableKernLiga();
    }
    // Version TWO writes the /ActualText spans that keep reordered Burmese extractable in logical order.
    LayoutProcessor.setVersion(LayoutProcessor.Version.TWO);
    LayoutProcessor.setWriteActualText();
  }

  private static BaseFont load(URL url) {
    try (InputStream in = url.openStream()) {
      byte[] bytes = in.readAllBytes();
      // Identity-H: glyph ids, not a one-byte encoding, which is what shaped text is written in.
      // Not cached: OpenPDF's cache is keyed by name only and this instance is kept here anyway.
      return BaseFont.createFont(url.toExternalForm(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + url, e);
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalStateException("OpenPDF cannot use font " + url + ": " + e.getMessage(), e);
    }
  }

  /** LayoutProcessor keeps its own AWT copy of each font, keyed by the BaseFont; loadFont reads the file again by its URL. */
  private void registerWithLayoutProcessor() {
    for (Face face : Face.values()) {
      BaseFont font = fonts.get(face);
      if (!LayoutProcessor.supportsFont(font)) {
        LayoutProcessor.loadFont(font, sources.get(face));
      }
      if (!LayoutProcessor.supportsFont(font)) {
        throw new IllegalStateException("OpenPDF's LayoutProcessor did not accept " + sources.get(face) + ": text would be drawn unshaped");
      }
    }
  }

  BaseFont font(Face face) {
    return fonts.get(face);
  }

  /**
   * The font for a code point: the script's own font for Thai, Burmese and Lao letters, digits and
   * marks; for characters common to all scripts (spaces, ZWSP, ZWNJ), the current run's font if it
   * has the glyph, so a run is not cut at every space; otherwise Noto Sans (Latin, digits, punctuation).
   */
  Face faceFor(int codePoint, Face current) {
    switch (UScript.getScript(codePoint)) {
      case UScript.THAI:
        return Face.THAI;
      case UScript.MYANMAR:
        return Face.MYANMAR;
      case UScript.LAO:
        return Face.LAO;
      case UScript.COMMON, UScript.INHERITED:
        return current != null && fonts.get(current).charExists(codePoint) ? current : Face.LATIN;
      default:
        return Face.LATIN;
    }
  }

  /**
   * Advance width in points of {@code text} laid out as one run. Always measured shaped (shaped
   * Burmese is not as wide as the sum of its characters), also when drawing with {@link Shaping#NONE},
   * so that both drawings have the same line breaks and differ only by shaping.
   */
  float width(Face face, String text, float size) {
    if (text.isEmpty()) {
      return 0f;
    }
    GlyphVector glyphs = LayoutProcessor.computeGlyphVector(fonts.get(face), size, text);
    return (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
  }

  /** Ascent and descent (negative) in points, from the font's horizontal header as browsers use it. */
  float ascent(Face face, float size) {
    return fonts.get(face).getFontDescriptor(BaseFont.AWT_ASCENT, size);
  }

  float descent(Face face, float size) {
    return fonts.get(face).getFontDescriptor(BaseFont.AWT_DESCENT, size);
  }

  /** Draws one run at the current text position, inside BT/ET, with the font already set. */
  static void show(PdfContentByte content, String text, Shaping shaping) {
    if (shaping == Shaping.OPENTYPE) {
      content.showText(text); // goes through LayoutProcessor for a registered font
    } else {
      // OpenPDF's own path, one glyph per character in logical order. Not showTextKerned: without
      // kerning pairs in the font it falls back to showText(String), i.e. to LayoutProcessor again.
      content.showText(new PdfTextArray(text));
    }
  }
}
