package org.saphan.platform.text.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An HTTP {@code Accept-Language} header (RFC 9110, section 12.5.4), read leniently: an element that
 * is not a language range with an optional {@code q} weight is skipped, not refused, so a reader
 * behind an odd proxy still gets a page.
 *
 * <p>How a reader language is chosen:
 * <ul>
 *   <li>its quality is the highest {@code q} of the ranges whose primary subtag is its tag
 *       ({@code th-TH} and {@code th} both mean Thai, in any letter case); a language no range names
 *       takes the wildcard's {@code q}, if there is a wildcard; {@code q=0} means "not this one";
 *   <li>the language of highest quality wins; between equals, the one whose range comes first in the
 *       header; between languages only the wildcard accepts, the fallback (English), then th, my, lo;
 *   <li>when no language is acceptable, the fallback.
 * </ul>
 */
final class AcceptLanguage {

  private static final String WILDCARD = "*";
  private static final Pattern RANGE = Pattern.compile("\\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*");
  private static final Pattern WEIGHT = Pattern.compile("[qQ]=(0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?)");

  /**
   * @param primary lower-case primary subtag, or "*"
   * @param quality q in thousandths (0..1000)
   * @param position the element's place in the header
   */
  private record Range(String primary, int quality, int position) {}

  /** A reader language the header accepts, with the range that decided its quality. */
  private record Candidate(ReaderLanguage language, Range range) {}

  private final List<Range> ranges;

  private AcceptLanguage(List<Range> ranges) {
    this.ranges = ranges;
  }

  /** The well-formed ranges of a header; none for a null, blank or wholly malformed one. */
  static AcceptLanguage parse(String header) {
    List<Range> ranges = new ArrayList<>();
    if (header != null) {
      String[] elements = header.split(",");
      for (int i = 0; i < elements.length; i++) {
        range(elements[i], i).ifPresent(ranges::add);
      }
    }
    return new AcceptLanguage(List.copyOf(ranges));
  }

  private static Optional<Range> range(String element, int position) {
    String[] parts = element.split(";", -1);
    String range = parts[0].strip();
    if (parts.length > 2 || !RANGE.matcher(range).matches()) {
      return Optional.empty();
    }
    int quality = 1000;
    if (parts.length == 2) {
      var weight = WEIGHT.matcher(parts[1].strip());
      if (!weight.matches()) {
        return Optional.empty();
      }
      quality = (int) Math.round(Double.parseDouble(weight.group(1)) * 1000);
    }
    String primary = range.equals(WILDCARD) ? WILDCARD : range.split("-")[0].toLowerCase(Locale.ROOT);
    return Optional.of(new Range(primary, quality, position));
  }

  /** The reader language the header prefers most (see the class comment), else {@code fallback}. */
  ReaderLanguage choose(ReaderLanguage fallback) {
    Comparator<Candidate> preference = Comparator.<Candidate>comparingInt(c -> -c.range().quality())
        .thenComparingInt(c -> c.range().position())
        .thenComparing(c -> c.language() != fallback)
        .thenComparing(Candidate::language);
    List<Candidate> candidates = new ArrayList<>();
    for (ReaderLanguage language : ReaderLanguage.values()) {
      decidingRange(language).filter(r -> r.quality() > 0).ifPresent(r -> candidates.add(new Candidate(language, r)));
    }
    return candidates.stream().min(preference).map(Candidate::language).orElse(fallback);
  }

  private Optional<Range> decidingRange(ReaderLanguage language) {
    Optional<Range> named = ranges.stream().filter(r -> r.primary().equals(language.tag()))
        .max(Comparator.comparingInt(Range::quality).thenComparing(Range::position, Comparator.reverseOrder()));
    return named.isPresent() ? named : ranges.stream().filter(r -> r.primary().equals(WILDCARD)).findFirst();
  }
}
