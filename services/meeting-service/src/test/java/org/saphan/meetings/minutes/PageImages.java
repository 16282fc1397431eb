package org.saphan.meetings.minutes;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders PDF pages to grayscale images with PDFBox (pure Java, using the fonts embedded in the
 * PDF, so the result does not depend on the machine's fonts) and compares them with references.
 */
final class PageImages {

  /** 72 dpi: one pixel per point, an A4 page is 595 × 842; enough to see a misplaced Burmese vowel sign. */
  static final float DPI = 72f;
  /** A pixel counts as different beyond this gray difference (0–255): anti-aliasing noise stays below. */
  static final int GRAY_TOLERANCE = 48;
  /** A pixel is "ink" when darker than this in either image. */
  static final int INK = 224;
  /**
   * At most this share of the inked pixels may differ. Renderings on one machine are identical
   * (0 %); unshaped text differs by 23 % (Burmese), 8 % (Thai) and 1.1 % (Lao, where only stacked
   * marks move) on page 1 of the 13th meeting's minutes.
   */
  static final double MAX_MISMATCH = 0.005;

  private PageImages() {}

  static BufferedImage render(byte[] pdf, int pageIndex) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFRenderer(document).renderImageWithDPI(pageIndex, DPI, ImageType.GRAY);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render page " + (pageIndex + 1), e);
    }
  }

  /**
   * The share of differing pixels is taken over the inked pixels, not the whole page: a page is
   * mostly white margin, so a whole-page ratio would let a paragraph of misshaped text through.
   */
  record Comparison(boolean sameSize, long inked, long differing, BufferedImage diff) {
    double mismatch() {
      return sameSize ? (double) differing / Math.max(1, inked) : 1.0;
    }

    boolean matches() {
      return sameSize && mismatch() <= MAX_MISMATCH;
    }

    @Override
    public String toString() {
      return sameSize ? String.format("%d of %d inked pixels differ (%.2f %%, at most %.2f %% allowed)", differing, inked,
          100 * mismatch(), 100 * MAX_MISMATCH) : "the images differ in size";
    }
  }

  static Comparison compare(BufferedImage expected, BufferedImage actual) {
    if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
      return new Comparison(false, 0, 0, null);
    }
    BufferedImage diff = new BufferedImage(expected.getWidth(), expected.getHeight(), BufferedImage.TYPE_INT_RGB);
    long inked = 0;
    long differing = 0;
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        int a = gray(expected.getRGB(x, y));
        int b = gray(actual.getRGB(x, y));
        if (a < INK || b < INK) {
          inked++;
        }
        boolean different = Math.abs(a - b) > GRAY_TOLERANCE;
        if (different) {
          differing++;
        }
        // Differences in red over a faint copy of the expected page.
        diff.setRGB(x, y, different ? 0xff0000 : 0x010101 * (255 - (255 - a) / 4));
      }
    }
    return new Comparison(true, inked, differing, diff);
  }

  private static int gray(int rgb) {
    return ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
  }
}
