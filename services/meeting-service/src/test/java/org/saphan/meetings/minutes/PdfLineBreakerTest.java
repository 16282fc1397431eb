package org.saphan.meetings.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.saphan.meetings.minutes.PdfFonts.Face;
import org.saphan.meetings.minutes.PdfLineBreaker.Line;
import org.saphan.meetings.minutes.PdfLineBreaker.Piece;
import org.saphan.meetings.minutes.PdfLineBreaker.Run;
import org.saphan.meetings.minutes.PdfLineBreaker.Style;

class PdfLineBreakerTest {

  private static final Style BODY = new Style(10.5f, Color.BLACK, false);
  private static final float WIDTH = 140f;

  private final PdfLineBreaker breaker = new PdfLineBreaker(PdfFonts.bundled());

  @Test
  void thaiWithoutSpacesBreaksBetweenWordsAndFits() {
    String thai = ThirteenthMeeting.AGENDA_TH.get(2); // 97 characters, not one space

    List<Line> lines = breaker.lines(List.of(new Piece(thai, BODY, false)), WIDTH);

    assertThat(lines).hasSizeGreaterThan(2);
    assertThat(lines).allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(WIDTH));
    assertThat(lines.stream().map(PdfLineBreakerTest::text).collect(Collectors.joining())).isEqualTo(thai);
    assertThat(breakOffsets(lines)).isSubsetOf(icuLineBreaks(thai));
  }

  @Test
  void burmeseNeverBreaksInsideASyllable() {
    String burmese = ThirteenthMeeting.DECISION_MY;

    List<Line> lines = breaker.lines(List.of(new Piece(burmese, BODY, false)), WIDTH);

    assertThat(lines).hasSizeGreaterThan(2).allSatisfy(line -> {
      assertThat(line.width()).isLessThanOrEqualTo(WIDTH);
      // A line starting with a vowel sign, medial, asat or virama (all marks) would have cut a syllable.
      assertThat(Character.getType(text(line).codePointAt(0)))
          .isNotIn((int) Character.NON_SPACING_MARK, (int) Character.COMBINING_SPACING_MARK);
    });
    // Only spaces where lines were broken are dropped.
    assertThat(lines.stream().map(PdfLineBreakerTest::text).collect(Collectors.joining()).replace(" ", ""))
        .isEqualTo(burmese.replace(" ", ""));
  }

  @Test
  void eachScriptGetsItsFontAndLatinDigitsTheLatinFont() {
    List<Line> lines = breaker.lines(List.of(new Piece(ThirteenthMeeting.DECISION_LO, BODY, false)), 1000f);

    List<Run> runs = lines.get(0).runs();
    assertThat(runs).extracting(Run::face).contains(Face.LAO, Face.LATIN).doesNotContain(Face.THAI, Face.MYANMAR);
    assertThat(runs).filteredOn(run -> run.face() == Face.LATIN).extracting(run -> run.text().strip()).contains("Saphan", "24");
    // Spaces between Lao words stay in the Lao run rather than cutting it into pieces.
    assertThat(runs.get(0).face()).isEqualTo(Face.LAO);
    assertThat(runs.get(0).text()).contains(" ");
  }

  @Test
  void aKeptPieceIsNeverSplit() {
    String badge = "แปลโดยคน ยังไม่ตรวจทาน";
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      pieces.add(new Piece("การส่งข่าวสารแจ้งเตือน", BODY, false));
      pieces.add(new Piece(" ", BODY, false));
      pieces.add(new Piece(badge, new Style(8f, Color.GRAY, true), true));
      pieces.add(new Piece(" ", BODY, false));
    }

    List<Line> lines = breaker.lines(pieces, WIDTH);

    int badges = 0;
    for (Line line : lines) {
      String text = text(line);
      badges += (text.length() - text.replace(badge, "").length()) / badge.length();
    }
    assertThat(badges).isEqualTo(6);
  }

  @Test
  void aWordLongerThanTheLineIsCutBetweenCharacters() {
    String id = "X".repeat(120);

    List<Line> lines = breaker.lines(List.of(new Piece(id, BODY, false)), WIDTH);

    assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(WIDTH));
    assertThat(lines.stream().map(PdfLineBreakerTest::text).collect(Collectors.joining())).isEqualTo(id);
  }

  @Test
  void lineFeedsAreHardBreaks() {
    List<Line> lines = breaker.lines(List.of(new Piece("first\nsecond\r\nthird", BODY, false)), 1000f);

    assertThat(lines).extracting(PdfLineBreakerTest::text).containsExactly("first", "second", "third");
  }

  @Test
  void burmeseLinesAreTallerThanLatinOnes() {
    Line latin = breaker.lines(List.of(new Piece("Agenda", BODY, false)), WIDTH).get(0);
    Line burmese = breaker.lines(List.of(new Piece("အစည်းအဝေး", BODY, false)), WIDTH).get(0);

    // Stacked consonants and medials need room above and below: the Myanmar font's metrics say how much.
    assertThat(burmese.ascent() - burmese.descent()).isGreaterThan(1.2f * (latin.ascent() - latin.descent()));
  }

  private static String text(Line line) {
    return line.runs().stream().map(Run::text).collect(Collectors.joining());
  }

  private static Set<Integer> breakOffsets(List<Line> lines) {
    Set<Integer> offsets = new TreeSet<>();
    int offset = 0;
    for (Line line : lines.subList(0, lines.size() - 1)) {
      offset += text(line).length();
      offsets.add(offset);
    }
    return offsets;
  }

  private static Set<Integer> icuLineBreaks(String text) {
    BreakIterator breaks = BreakIterator.getLineInstance(ULocale.forLanguageTag("th"));
    breaks.setText(text);
    Set<Integer> offsets = new TreeSet<>();
    for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) {
      offsets.add(b);
    }
    return offsets;
  }
}
