package org.saphan.meetings.minutes;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.saphan.meetings.minutes.PdfFonts.Face;

/**
 * Breaks a paragraph of styled text into lines that fit a width, for the PDF.
 *
 * <p>Thai, Burmese and Lao are written without spaces between words, so breaking only at spaces
 * would overflow the page or cut words. Break opportunities come from ICU's line
 * {@link BreakIterator}, which uses its dictionaries for these scripts; a piece marked
 * {@code keepTogether} (a status badge) is never broken inside, and a word longer than a whole
 * line is cut between grapheme clusters, never inside one (a Burmese syllable cut after its
 * consonant would lose its vowel sign).
 *
 * <p>Each line is a list of runs, each in one font and one style, measured shaped, so the drawing
 * code only has to place them one after the other.
 */
final class PdfLineBreaker {

  /** How a piece is drawn. */
  record Style(float size, Color color, boolean badge) {}

  /** A piece of the paragraph's text; {@code keepTogether} forbids breaking inside it. */
  record Piece(String text, Style style, boolean keepTogether) {
    Piece {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(style, "style");
    }
  }

  /** Text in one font and style, {@code width} points wide when drawn shaped; {@code piece} is the index of its piece. */
  record Run(String text, Face face, Style style, float width, int piece) {}

  /** A laid-out line; {@code ascent} above and {@code descent} (negative) below its baseline. */
  record Line(List<Run> runs, float width, float ascent, float descent) {}

  /** A character range of the paragraph in one piece and one font. */
  private record Atom(int start, int end, int piece, Face face) {}

  private final PdfFonts fonts;

  PdfLineBreaker(PdfFonts fonts) {
    this.fonts = fonts;
  }

  List<Line> lines(List<Piece> pieces, float maxWidth) {
    return new Paragraph(pieces, maxWidth).lines();
  }

  /** The state of breaking one paragraph. */
  private final class Paragraph {
    private final List<Piece> pieces;
    private final float maxWidth;
    private final String text;
    private final int[] pieceAt;
    private final List<Line> lines = new ArrayList<>();
    private final List<Atom> current = new ArrayList<>();
    private float currentWidth;

    Paragraph(List<Piece> pieces, float maxWidth) {
      this.pieces = pieces;
      this.maxWidth = maxWidth;
      StringBuilder all = new StringBuilder();
      List<Integer> owner = new ArrayList<>();
      for (int i = 0; i < pieces.size(); i++) {
        // Tabs and carriage returns typed into a text are drawn as spaces; line feeds stay hard breaks.
        String piece = pieces.get(i).text().replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        all.append(piece);
        for (int c = 0; c < piece.length(); c++) {
          owner.add(i);
        }
      }
      this.text = all.toString();
      this.pieceAt = owner.stream().mapToInt(Integer::intValue).toArray();
    }

    List<Line> lines() {
      BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
      breaks.setText(text);
      int start = 0;
      for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
        if (end < text.length() && insideKeptPiece(end)) {
          continue;
        }
        addSegment(start, end);
        start = end;
      }
      if (!current.isEmpty() || lines.isEmpty()) {
        finishLine();
      }
      return List.copyOf(lines);
    }

    private boolean insideKeptPiece(int offset) {
      return pieceAt[offset - 1] == pieceAt[offset] && pieces.get(pieceAt[offset]).keepTogether();
    }

    /** A segment between two break opportunities: its words go on the current line or start the next. */
    private void addSegment(int start, int end) {
      boolean hardBreak = text.charAt(end - 1) == '\n';
      int contentEnd = end;
      while (contentEnd > start && Character.isWhitespace(text.charAt(contentEnd - 1))) {
        contentEnd--;
      }
      List<Atom> content = atoms(start, contentEnd);
      float contentWidth = width(content);
      if (!current.isEmpty() && currentWidth + contentWidth > maxWidth) {
        finishLine();
      }
      if (current.isEmpty() && contentWidth > maxWidth) {
        addByGraphemes(start, contentEnd);
      } else {
        current.addAll(content);
        currentWidth += contentWidth;
      }
      int spacesEnd = hardBreak ? end - 1 : end;
      if (spacesEnd > contentEnd && !current.isEmpty()) {
        List<Atom> spaces = atoms(contentEnd, spacesEnd);
        current.addAll(spaces);
        currentWidth += width(spaces);
      }
      if (hardBreak) {
        finishLine();
      }
    }

    /** A word wider than the line: cut between grapheme clusters. */
    private void addByGraphemes(int start, int end) {
      BreakIterator clusters = BreakIterator.getCharacterInstance(ULocale.ROOT);
      clusters.setText(text.substring(start, end));
      int from = 0;
      for (int to = clusters.next(); to != BreakIterator.DONE; to = clusters.next()) {
        List<Atom> cluster = atoms(start + from, start + to);
        float clusterWidth = width(cluster);
        if (!current.isEmpty() && currentWidth + clusterWidth > maxWidth) {
          finishLine();
        }
        current.addAll(cluster);
        currentWidth += clusterWidth;
        from = to;
      }
    }

    /**
     * Splits a range where the piece or the font changes. A space continues the font of the text
     * before it, also across segments, so that a run of Lao words is not cut at each space.
     */
    private List<Atom> atoms(int start, int end) {
      List<Atom> atoms = new ArrayList<>();
      Atom before = current.isEmpty() ? null : current.get(current.size() - 1);
      Face face = before != null && before.end() == start ? before.face() : null;
      int atomStart = start;
      for (int i = start; i < end; ) {
        int codePoint = text.codePointAt(i);
        Face next = fonts.faceFor(codePoint, face);
        if (i > atomStart && (next != face || pieceAt[i] != pieceAt[atomStart])) {
          atoms.add(new Atom(atomStart, i, pieceAt[atomStart], face));
          atomStart = i;
        }
        face = next;
        i += Character.charCount(codePoint);
      }
      if (atomStart < end) {
        atoms.add(new Atom(atomStart, end, pieceAt[atomStart], face));
      }
      return atoms;
    }

    private float width(List<Atom> atoms) {
      float width = 0;
      for (Atom atom : atoms) {
        width += fonts.width(atom.face(), text.substring(atom.start(), atom.end()), pieces.get(atom.piece()).style().size());
      }
      return width;
    }

    /** Merges the line's atoms into runs (longer runs shape with their full context), trailing spaces dropped. */
    private void finishLine() {
      int last = current.size() - 1;
      while (last >= 0 && text.substring(current.get(last).start(), current.get(last).end()).isBlank()) {
        last--;
      }
      List<Run> runs = new ArrayList<>();
      float width = 0;
      float ascent = 0;
      float descent = 0;
      int i = 0;
      while (i <= last) {
        Atom first = current.get(i);
        int end = first.end();
        int j = i + 1;
        while (j <= last && current.get(j).face() == first.face() && current.get(j).piece() == first.piece()
            && current.get(j).start() == end) {
          end = current.get(j).end();
          j++;
        }
        String runText = text.substring(first.start(), end);
        if (j > last) {
          runText = runText.stripTrailing();
        }
        Style style = pieces.get(first.piece()).style();
        float runWidth = fonts.width(first.face(), runText, style.size());
        runs.add(new Run(runText, first.face(), style, runWidth, first.piece()));
        width += runWidth;
        ascent = Math.max(ascent, fonts.ascent(first.face(), style.size()));
        descent = Math.min(descent, fonts.descent(first.face(), style.size()));
        i = j;
      }
      if (runs.isEmpty()) {
        // An empty line (two line feeds in a row) is as tall as a line of the paragraph's first style.
        float size = pieces.isEmpty() ? 10f : pieces.get(0).style().size();
        ascent = fonts.ascent(Face.LATIN, size);
        descent = fonts.descent(Face.LATIN, size);
      }
      lines.add(new Line(List.copyOf(runs), width, ascent, descent));
      current.clear();
      currentWidth = 0;
    }
  }
}
