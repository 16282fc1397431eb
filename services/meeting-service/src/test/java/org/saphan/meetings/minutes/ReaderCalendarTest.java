package org.saphan.meetings.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ReaderCalendarTest {

  private static final LocalDate MEETING_DAY = LocalDate.of(2019, 9, 24);
  private static final ZonedDateTime MEETING_START = ZonedDateTime.of(2019, 9, 24, 9, 0, 0, 0, ZoneId.of("Asia/Bangkok"));

  @Test
  void thaiReadersGetTheBuddhistEraAndThaiMonthNames() {
    assertThat(ReaderCalendar.forLanguage("th").date(MEETING_DAY)).isEqualTo("24 กันยายน 2562");
    // The era turns with the Gregorian year: 1 January 2020 is B.E. 2563.
    assertThat(ReaderCalendar.forLanguage("th").date(LocalDate.of(2020, 1, 1))).isEqualTo("1 มกราคม 2563");
  }

  @Test
  void burmeseReadersGetBurmeseMonthNamesAndDigitsInTheGregorianYear() {
    assertThat(ReaderCalendar.forLanguage("my").date(MEETING_DAY)).isEqualTo("၂၀၁၉ စက်တင်ဘာ ၂၄");
  }

  @Test
  void laoReadersGetLaoMonthNames() {
    assertThat(ReaderCalendar.forLanguage("lo").date(MEETING_DAY)).isEqualTo("24 ກັນຍາ 2019");
  }

  @Test
  void englishReadersGetDayMonthYear() {
    assertThat(ReaderCalendar.forLanguage("en").date(MEETING_DAY)).isEqualTo("24 September 2019");
  }

  @Test
  void aDateIsTheSameDayWhateverTheJvmZone() {
    // LocalDate has no zone; formatting must not shift it, e.g. on a server running in UTC-10.
    java.util.TimeZone saved = java.util.TimeZone.getDefault();
    try {
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Honolulu"));
      assertThat(ReaderCalendar.forLanguage("en").date(MEETING_DAY)).isEqualTo("24 September 2019");
    } finally {
      java.util.TimeZone.setDefault(saved);
    }
  }

  @Test
  void timesAreShownInTheirZoneWithTheZoneNamed() {
    assertThat(ReaderCalendar.forLanguage("th").dateTime(MEETING_START)).isEqualTo("24 กันยายน 2562 เวลา 09:00 เวลาไทย");
    assertThat(ReaderCalendar.forLanguage("en").dateTime(MEETING_START)).isEqualTo("24 September 2019 at 09:00 Thailand Time");
    assertThat(ReaderCalendar.forLanguage("my").dateTime(MEETING_START)).isEqualTo("၂၀၁၉ စက်တင်ဘာ ၂၄ ထိုင်း အချိန် ၀၉:၀၀");
    assertThat(ReaderCalendar.forLanguage("lo").dateTime(MEETING_START)).isEqualTo("24 ກັນຍາ 2019, 09:00 ເວລາ ໄທ");
  }

  @Test
  void aTimeFromTachileikIsConvertedToTheMeetingsZone() {
    // Yangon is UTC+6:30, Bangkok UTC+7: 10:00 in Tachileik is 10:30 in Chiang Rai.
    ZonedDateTime inTachileik = ZonedDateTime.of(2019, 11, 5, 10, 0, 0, 0, ZoneId.of("Asia/Yangon"));
    ReaderCalendar english = ReaderCalendar.forLanguage("en");
    assertThat(english.dateTime(inTachileik, ZoneId.of("Asia/Bangkok"))).isEqualTo("5 November 2019 at 10:30 Thailand Time");
    assertThat(english.dateTime(inTachileik)).isEqualTo("5 November 2019 at 10:00 Myanmar (Burma) Time");
  }

  @Test
  void fixedOffsetsAreNamedAsOffsets() {
    ZonedDateTime utc = ZonedDateTime.of(2019, 9, 24, 2, 0, 0, 0, ZoneOffset.UTC);
    assertThat(ReaderCalendar.forLanguage("en").dateTime(utc, ZoneOffset.ofHours(7))).isEqualTo("24 September 2019 at 09:00 GMT+07:00");
    assertThat(ReaderCalendar.forLanguage("en").dateTime(utc)).isEqualTo("24 September 2019 at 02:00 GMT+00:00");
  }

  @Test
  void otherLanguagesAreRefusedByName() {
    assertThatThrownBy(() -> ReaderCalendar.forLanguage("km"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'km'")
        .hasMessageContaining("th, my, lo, en");
  }
}
