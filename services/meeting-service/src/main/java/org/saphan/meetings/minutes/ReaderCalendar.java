package org.saphan.meetings.minutes;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Objects;

/**
 * Dates and times as a reader of one language writes them, with ICU4J: Thai in the Buddhist era
 * with Thai month names ("24 กันยายน 2562"), Burmese month names and digits ("၂၀၁၉ စက်တင်ဘာ ၂၄"),
 * Lao month names ("24 ກັນຍາ 2019"), English "24 September 2019".
 *
 * <p>A time is always shown with the zone it is shown in, named in the reader's language ("เวลาไทย",
 * "မြန်မာ အချိန်", "Thailand Time"): the three centres are in two different offsets (Yangon is
 * UTC+6:30, Bangkok and Vientiane UTC+7), so a bare "09:00" would be ambiguous across the border.
 *
 * <p>ICU formats are not thread-safe, so each call builds its own; instances of this class are
 * immutable and can be shared.
 */
public final class ReaderCalendar {

  // Skeletons let ICU order the fields as each language does (Burmese puts the year first).
  private static final String DATE = "dMMMMy";
  // VVVV is the generic location name ("Thailand Time"): clearer to a cross-border reader than the
  // metazone name ("Indochina Time"), which is the same for Bangkok and Vientiane.
  private static final String DATE_TIME = "dMMMMyHHmmVVVV";

  private final ReaderLanguage language;

  private ReaderCalendar(ReaderLanguage language) {
    this.language = language;
  }

  /** For a reader language th, my, lo or en; throws {@link IllegalArgumentException} for any other. */
  public static ReaderCalendar forLanguage(String language) {
    return new ReaderCalendar(ReaderLanguage.of(language));
  }

  public String language() {
    return language.tag();
  }

  /** A calendar date, e.g. th "24 กันยายน 2562", en "24 September 2019". */
  public String date(LocalDate date) {
    Objects.requireNonNull(date, "date");
    DateFormat format = DateFormat.getInstanceForSkeleton(DATE, language.locale());
    // A LocalDate has no zone: format its midnight in UTC with a UTC formatter, so no shift can move the day.
    format.setTimeZone(TimeZone.GMT_ZONE);
    return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
  }

  /** The date and time in the instant's own zone, the zone named. */
  public String dateTime(ZonedDateTime at) {
    Objects.requireNonNull(at, "at");
    return dateTime(at, at.getZone());
  }

  /**
   * The date and time of an instant as seen in {@code zone} (e.g. the meeting's), the zone named:
   * th "24 กันยายน 2562 เวลา 09:00 เวลาไทย", en "24 September 2019 at 09:00 Thailand Time".
   */
  public String dateTime(ZonedDateTime at, ZoneId zone) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    DateFormat format = DateFormat.getInstanceForSkeleton(DATE_TIME, language.locale());
    format.setTimeZone(icuZone(zone));
    return format.format(Date.from(at.toInstant()));
  }

  /** ICU knows region ids (Asia/Yangon) but not java.time's offset ids ("+07:00", "Z"). */
  private static TimeZone icuZone(ZoneId zone) {
    String id = zone instanceof ZoneOffset offset ? (offset.getTotalSeconds() == 0 ? "GMT" : "GMT" + offset.getId()) : zone.getId();
    TimeZone icu = TimeZone.getTimeZone(id);
    if (icu.getID().equals(TimeZone.UNKNOWN_ZONE_ID)) {
      throw new IllegalArgumentException("time zone '" + zone.getId() + "' is unknown to ICU " + com.ibm.icu.util.VersionInfo.ICU_VERSION);
    }
    return icu;
  }
}
