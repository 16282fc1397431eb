package org.saphan.platform.text;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.saphan.platform.text.TextCorpus.LeftAloneLine;
import org.saphan.platform.text.ZawgyiDetectionAccuracyTest.BurmeseReading;

/** The numbers of one run of the detection over the corpus, and their text for people. */
record AccuracyReport(ClassTally zawgyi, ClassTally unicode, List<BurmeseReading> misread, long knownUnicode,
    long knownUnicodeMatched, List<BurmeseReading> knownUnicodeMismatches, long leftAloneLines) {

  /** Lines of one label: how many, how many were taken for Zawgyi, and the detector's range over them. */
  record ClassTally(String label, long lines, long detected, double minProbability, double maxProbability) {

    static ClassTally of(String label, List<BurmeseReading> readings) {
      return new ClassTally(label, readings.size(), readings.stream().filter(BurmeseReading::detected).count(),
          readings.stream().mapToDouble(BurmeseReading::probability).min().orElse(Double.NaN),
          readings.stream().mapToDouble(BurmeseReading::probability).max().orElse(Double.NaN));
    }

    double recall() {
      return lines == 0 ? 0 : (double) detected / lines;
    }

    String text() {
      return String.format(Locale.ROOT, "%-7s lines %4d  taken for Zawgyi %4d (%.2f%%)  probability min %.6f max %.6f", label, lines,
          detected, 100 * recall(), minProbability, maxProbability);
    }
  }

  static AccuracyReport of(List<BurmeseReading> burmese, List<LeftAloneLine> leftAlone) {
    List<BurmeseReading> known = burmese.stream().filter(r -> r.detected() && r.line().hasKnownUnicode()).toList();
    return new AccuracyReport(ClassTally.of("ZAWGYI", select(burmese, r -> r.line().isZawgyi())),
        ClassTally.of("UNICODE", select(burmese, r -> !r.line().isZawgyi())), select(burmese, r -> r.detected() != r.line().isZawgyi()),
        known.size(),
        known.stream().filter(BurmeseReading::matchesKnownUnicode).count(), select(known, r -> !r.matchesKnownUnicode()),
        leftAlone.size());
  }

  private static List<BurmeseReading> select(List<BurmeseReading> readings, Predicate<BurmeseReading> which) {
    return readings.stream().filter(which).toList();
  }

  String text() {
    return String.join("\n",
        "Zawgyi detection over fixtures/text-corpus (threshold " + LocalizedTexts.ZAWGYI_THRESHOLD + ")",
        zawgyi.text() + "  missed " + (zawgyi.lines() - zawgyi.detected()),
        unicode.text() + "  false positives " + unicode.detected(),
        "Misread lines (label, detector probability, source, text):",
        misread.stream().map(AccuracyReport::misreading).collect(Collectors.joining("\n")),
        "Detected Zawgyi lines with a known Unicode form: " + knownUnicode + ", ICU Zawgyi-my reproduces it exactly for "
            + knownUnicodeMatched,
        "Thai, Lao and English lines left alone checked: " + leftAloneLines,
        "Known Unicode forms not reproduced:",
        knownUnicodeMismatches.stream().map(AccuracyReport::mismatch).collect(Collectors.joining("\n")), "");
  }

  private static String misreading(BurmeseReading reading) {
    return String.format(Locale.ROOT, "  %s %.6f %s: %s", reading.line().label(), reading.probability(), reading.line().source(),
        reading.line().text());
  }

  private static String mismatch(BurmeseReading reading) {
    return "  " + reading.line().source() + "\n    typed     " + reading.line().text() + "\n    converted "
        + reading.stored().getNormalized() + "\n    known     " + reading.line().unicode();
  }
}
