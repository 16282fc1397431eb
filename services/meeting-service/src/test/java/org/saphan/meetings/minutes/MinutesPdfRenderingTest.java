package org.saphan.meetings.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saphan.meetings.minutes.PdfFonts.Shaping;

/**
 * Shaping, checked by looking: page 1 of the Burmese, Thai and Lao minutes is rendered to an image
 * and compared pixel by pixel with a reference image that a person has looked at and found correctly
 * shaped (Burmese: ေ drawn left of its consonant, medial ြ around it; Thai and Lao marks above and
 * below their consonants, not beside them). Text extraction cannot see any of this.
 *
 * <p>The references are {@code src/test/resources/minutes/reference-<lang>.png}. After a deliberate
 * change of the layout, regenerate them, LOOK at them, and commit them:
 * <pre>
 * ./mvnw -o -pl services/meeting-service test -Dtest='org.saphan.meetings.minutes.MinutesPdfRenderingTest' \
 *     -Dminutes.updateReferences=true
 * </pre>
 * When a comparison fails, the page as rendered and a difference image (differences in red) are
 * written to {@code target/minutes-images/}.
 */
class MinutesPdfRenderingTest {

  private static final boolean UPDATE = Boolean.getBoolean("minutes.updateReferences");
  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
  private static final Path REFERENCES = MODULE.resolve("src/test/resources/minutes");
  private static final Path OUTPUT = MODULE.resolve("target/minutes-images");

  private final MinutesRenderer renderer = new MinutesRenderer(ThirteenthMeeting.EXPORT_CLOCK);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"my", "th", "lo"})
  void pageOneLooksLikeItsCheckedReference(String language) throws IOException {
    BufferedImage page = PageImages.render(renderer.pdf(ThirteenthMeeting.minutes(), language), 0);
    if (UPDATE) {
      Files.createDirectories(REFERENCES);
      ImageIO.write(page, "png", REFERENCES.resolve(referenceName(language)).toFile());
    }

    PageImages.Comparison comparison = PageImages.compare(reference(language), page);

    if (!comparison.matches()) {
      keep(language, page, comparison);
    }
    assertThat(comparison.matches())
        .as("page 1 of the %s minutes compared with %s: %s; see %s", language, referenceName(language), comparison, OUTPUT)
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"my", "th", "lo"})
  void unshapedTextIsCaught(String language) throws IOException {
    assumeFalse(UPDATE, "references are being rewritten");
    // Same content, same line breaks (widths are measured shaped either way), glyphs drawn without
    // LayoutProcessor: what plain OpenPDF, openhtmltopdf or FOP would print. Burmese then shows ေ
    // after its consonant and ြ beside it; Thai and Lao tone marks collide with the vowels above.
    BufferedImage unshaped = PageImages.render(renderer.pdf(ThirteenthMeeting.minutes(), language, Shaping.NONE), 0);

    PageImages.Comparison comparison = PageImages.compare(reference(language), unshaped);

    assertThat(comparison.sameSize()).isTrue();
    assertThat(comparison.matches()).as("unshaped %s must not pass for the reference: %s", language, comparison).isFalse();
  }

  @Test
  void unshapedBurmeseIsFarFromTheReference() throws IOException {
    assumeFalse(UPDATE, "references are being rewritten");
    BufferedImage unshaped = PageImages.render(renderer.pdf(ThirteenthMeeting.minutes(), "my", Shaping.NONE), 0);

    // Not a near miss: Burmese without shaping changes a fifth of the page's ink.
    assertThat(PageImages.compare(reference("my"), unshaped).mismatch()).isGreaterThan(20 * PageImages.MAX_MISMATCH);
  }

  @Test
  void renderingIsRepeatable() {
    // Two PDFs of the same minutes differ in their bytes (document id, font subset prefixes) but not on the page.
    BufferedImage first = PageImages.render(renderer.pdf(ThirteenthMeeting.minutes(), "my"), 0);
    BufferedImage second = PageImages.render(renderer.pdf(ThirteenthMeeting.minutes(), "my"), 0);

    assertThat(PageImages.compare(first, second).differing()).isZero();
  }

  private static String referenceName(String language) {
    return "reference-" + language + ".png";
  }

  private static BufferedImage reference(String language) throws IOException {
    Path written = REFERENCES.resolve(referenceName(language));
    if (UPDATE && Files.exists(written)) {
      return ImageIO.read(written.toFile());
    }
    try (InputStream in = MinutesPdfRenderingTest.class.getResourceAsStream("/minutes/" + referenceName(language))) {
      if (in == null) {
        throw new IllegalStateException("no reference image /minutes/" + referenceName(language)
            + ": generate it with -Dminutes.updateReferences=true, look at it, and commit it");
      }
      return ImageIO.read(in);
    }
  }

  private static void keep(String language, BufferedImage page, PageImages.Comparison comparison) throws IOException {
    Files.createDirectories(OUTPUT);
    ImageIO.write(page, "png", OUTPUT.resolve("actual-" + language + ".png").toFile());
    if (comparison.diff() != null) {
      ImageIO.write(comparison.diff(), "png", OUTPUT.resolve("diff-" + language + ".png").toFile());
    }
  }
}
