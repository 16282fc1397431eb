package org.saphan.platform.text.reader;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Objects;

/**
 * Dates, times and numbers as a reader of one language writes them, with ICU4J: Thai in the
 * Buddhist era with Thai month names ("24 กันยายน 2562"), Burmese month names and digits
 * ("၂၀၁၉ စက်တင်ဘာ ၂၄"), Lao month names ("24 ກັນຍາ 2019"), English "24 September 2019". Digits are
 * the language's {@link ReaderLanguage#documentDigits() document digits} unless {@link #withDigits}
 * asks for others ("๒๔ กันยายน ๒๕๖๒").
 *
 * <p>An instant is shown as seen in a zone the caller names (usually the meeting's or the case's,
 * not the server's), with the zone's name in the reader's language when asked ({@link ZoneName#SHOWN}:
 * "เวลาไทย", "မြန်မာ အချိန်", "Thailand Time"). The centres are in two offsets (Yangon is UTC+06:30,
 * Bangkok and Vientiane UTC+07:00), so a time that crosses the border should say its zone. Times are
 * 24-hour with two-digit hours in every language ("08:30"), whether or not the zone is shown.
 *
 * <p>Immutable and thread-safe: ICU formats are not, so each call builds its own.
 */
public final class ReaderFormat {

  /** Whether a time is followed by the name of the zone it is shown in. */
  public enum ZoneName {
    SHOWN,
    OMITTED
  }

  // Skeletons let ICU order the fields as each language does (Burmese puts the year first).
  private static final String DATE = "dMMMMy";
  private static final String TIME = "HHmm";
  // VVVV is the generic location name ("Thailand Time"): clearer to a cross-border reader than the
  // metazone name ("Indochina Time"), which is the same for Bangkok and Vientiane.
  private static final String ZONE = "VVVV";

  private final ReaderLanguage language;
  private final Digits digits;
  private final ULocale locale;

  private ReaderFormat(ReaderLanguage language, Digits digits) {
    this.language = Objects.requireNonNull(language, "language");
    this.digits = Objects.requireNonNull(digits, "digits");
    this.locale = language.locale().setKeywordValue("numbers", digits.numberingSystem(language));
  }

  /** For a reader of {@code language}, in the digits of that language's documents. */
  public static ReaderFormat of(ReaderLanguage language) {
    return new ReaderFormat(language, language.documentDigits());
  }

  /** The same reader, with numbers, dates and times in {@code digits}. */
  public ReaderFormat withDigits(Digits digits) {
    return new ReaderFormat(language, digits);
  }

  public ReaderLanguage language() {
    return language;
  }

  public Digits digits() {
    return digits;
  }

  /** A calendar date, e.g. th "24 กันยายน 2562", en "24 September 2019": the same day whatever the JVM's zone. */
  public String date(LocalDate date) {
    Objects.requireNonNull(date, "date");
    // A LocalDate has no zone: format its midnight in UTC with a UTC formatter, so no shift can move the day.
    return format(DATE, date.atStartOfDay(ZoneOffset.UTC).toInstant(), TimeZone.GMT_ZONE);
  }

  /** The date of an instant as seen in {@code zone}: 2019-09-23T18:00Z is "24 September 2019" in Asia/Bangkok. */
  public String date(Instant at, ZoneId zone) {
    return format(DATE, at, icuZone(zone));
  }

  /** The time of an instant as seen in {@code zone}, e.g. "08:30" or "08:30 Myanmar (Burma) Time". */
  public String time(Instant at, ZoneId zone, ZoneName zoneName) {
    return format(withZone(TIME, zoneName), at, icuZone(zone));
  }

  /**
   * The date and time of an instant as seen in {@code zone}, e.g. th "24 กันยายน 2562 เวลา 09:00 เวลาไทย",
   * en "24 September 2019 at 09:00 Thailand Time" (zone shown).
   */
  public String dateTime(Instant at, ZoneId zone, ZoneName zoneName) {
    return format(withZone(DATE + TIME, zoneName), at, icuZone(zone));
  }

  /** A whole number without grouping, e.g. my "၁၃", th "13" (or "๑๓" in native digits). */
  public String number(long n) {
    NumberFormat format = NumberFormat.getIntegerInstance(locale);
    format.setGroupingUsed(false);
    return format.format(n);
  }

  private static String withZone(String skeleton, ZoneName zoneName) {
    return Objects.requireNonNull(zoneName, "zoneName") == ZoneName.SHOWN ? skeleton + ZONE : skeleton;
  }

  private String format(String skeleton, Instant at, TimeZone zone) {
    Objects.requireNonNull(at, "at");
    // Hours as the skeleton asks (HH), not as the locale's short time pattern has them (Burmese and Lao "H:mm").
    String pattern = DateTimePatternGenerator.getInstance(locale).getBestPattern(skeleton, DateTimePatternGenerator.MATCH_HOUR_FIELD_LENGTH);
    DateFormat format = new SimpleDateFormat(pattern, locale);
    format.setTimeZone(zone);
    return format.format(Date.from(at));
  }

  /** ICU knows region ids (Asia/Yangon) but not java.time's offset ids ("+07:00", "Z"). */
  private static TimeZone icuZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    String id = zone instanceof ZoneOffset offset ? (offset.getTotalSeconds() == 0 ? "GMT" : "GMT" + offset.getId()) : zone.getId();
    TimeZone icu = TimeZone.getTimeZone(id);
    if (icu.getID().equals(TimeZone.UNKNOWN_ZONE_ID)) {
      throw new IllegalArgumentException("time zone '" + zone.getId() + "' is unknown to ICU " + VersionInfo.ICU_VERSION);
    }
    return icu;
  }
}
