package org.saphan.platform.text.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saphan.platform.text.reader.ReaderFormat.ZoneName.OMITTED;
import static org.saphan.platform.text.reader.ReaderFormat.ZoneName.SHOWN;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ReaderFormatTest {

  private static final LocalDate MEETING_DAY = LocalDate.of(2019, 9, 24);
  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
  private static final ZoneId YANGON = ZoneId.of("Asia/Yangon");
  private static final ZoneId VIENTIANE = ZoneId.of("Asia/Vientiane");
  /** 09:00 in Chiang Rai: the 13th meeting's start. */
  private static final Instant MEETING_START = ZonedDateTime.of(2019, 9, 24, 9, 0, 0, 0, BANGKOK).toInstant();

  private static ReaderFormat format(String language) {
    return ReaderFormat.of(ReaderLanguage.of(language));
  }

  @Test
  void thaiReadersGetTheBuddhistEraAndThaiMonthNames() {
    assertThat(format("th").date(MEETING_DAY)).isEqualTo("24 กันยายน 2562");
    // The era turns with the Gregorian year: 1 January 2020 is B.E. 2563.
    assertThat(format("th").date(LocalDate.of(2020, 1, 1))).isEqualTo("1 มกราคม 2563");
  }

  @Test
  void burmeseReadersGetBurmeseMonthNamesAndDigitsInTheGregorianYear() {
    assertThat(format("my").date(MEETING_DAY)).isEqualTo("၂၀၁၉ စက်တင်ဘာ ၂၄");
  }

  @Test
  void laoReadersGetLaoMonthNames() {
    assertThat(format("lo").date(MEETING_DAY)).isEqualTo("24 ກັນຍາ 2019");
  }

  @Test
  void englishReadersGetDayMonthYear() {
    assertThat(format("en").date(MEETING_DAY)).isEqualTo("24 September 2019");
  }

  @Test
  void aDateIsTheSameDayWhateverTheJvmZone() {
    // LocalDate has no zone; formatting must not shift it, e.g. on a server running in UTC-10.
    java.util.TimeZone saved = java.util.TimeZone.getDefault();
    try {
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Honolulu"));
      assertThat(format("en").date(MEETING_DAY)).isEqualTo("24 September 2019");
    } finally {
      java.util.TimeZone.setDefault(saved);
    }
  }

  @Test
  void timesAreShownInTheirZoneWithTheZoneNamed() {
    assertThat(format("th").dateTime(MEETING_START, BANGKOK, SHOWN)).isEqualTo("24 กันยายน 2562 เวลา 09:00 เวลาไทย");
    assertThat(format("en").dateTime(MEETING_START, BANGKOK, SHOWN)).isEqualTo("24 September 2019 at 09:00 Thailand Time");
    assertThat(format("my").dateTime(MEETING_START, BANGKOK, SHOWN)).isEqualTo("၂၀၁၉ စက်တင်ဘာ ၂၄ ထိုင်း အချိန် ၀၉:၀၀");
    assertThat(format("lo").dateTime(MEETING_START, BANGKOK, SHOWN)).isEqualTo("24 ກັນຍາ 2019, 09:00 ເວລາ ໄທ");
  }

  @Test
  void aTimeFromTachileikIsConvertedToTheMeetingsZone() {
    // Yangon is UTC+6:30, Bangkok UTC+7: 10:00 in Tachileik is 10:30 in Chiang Rai.
    Instant inTachileik = ZonedDateTime.of(2019, 11, 5, 10, 0, 0, 0, YANGON).toInstant();
    ReaderFormat english = format("en");
    assertThat(english.dateTime(inTachileik, BANGKOK, SHOWN)).isEqualTo("5 November 2019 at 10:30 Thailand Time");
    assertThat(english.dateTime(inTachileik, YANGON, SHOWN)).isEqualTo("5 November 2019 at 10:00 Myanmar (Burma) Time");
  }

  @Test
  void fixedOffsetsAreNamedAsOffsets() {
    Instant at = Instant.parse("2019-09-24T02:00:00Z");
    assertThat(format("en").dateTime(at, ZoneOffset.ofHours(7), SHOWN)).isEqualTo("24 September 2019 at 09:00 GMT+07:00");
    assertThat(format("en").dateTime(at, ZoneOffset.UTC, SHOWN)).isEqualTo("24 September 2019 at 02:00 GMT+00:00");
  }

  @Test
  void otherLanguagesAreRefusedByName() {
    assertThatThrownBy(() -> ReaderLanguage.of("km"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'km'")
        .hasMessageContaining("th, my, lo, en");
  }

  @Test
  void yangonIsHalfAnHourBehindBangkokAndVientiane() {
    Instant at = Instant.parse("2019-09-24T02:00:00Z");
    ReaderFormat english = format("en");

    assertThat(english.time(at, YANGON, OMITTED)).isEqualTo("08:30");
    assertThat(english.time(at, BANGKOK, OMITTED)).isEqualTo("09:00");
    assertThat(english.time(at, VIENTIANE, SHOWN)).isEqualTo("09:00 Laos Time");
    assertThat(format("th").time(at, YANGON, SHOWN)).isEqualTo("08:30 เวลาเมียนมา (พม่า)");
    assertThat(format("my").time(at, YANGON, SHOWN)).isEqualTo("မြန်မာ အချိန် ၀၈:၃၀");
  }

  @Test
  void hoursHaveTwoDigitsWithOrWithoutTheZone() {
    // CLDR's own short time for Burmese and Lao is "H:mm"; a time in one document looks the same everywhere.
    Instant at = Instant.parse("2019-09-24T02:00:00Z");
    assertThat(format("lo").time(at, YANGON, OMITTED)).isEqualTo("08:30");
    assertThat(format("lo").dateTime(at, VIENTIANE, OMITTED)).isEqualTo("24 ກັນຍາ 2019, 09:00");
    assertThat(format("my").dateTime(at, YANGON, OMITTED)).isEqualTo("၂၀၁၉ စက်တင်ဘာ ၂၄ ၀၈:၃၀");
  }

  @Test
  void theDateOfAnInstantIsTheDateInTheZoneAsked() {
    // 23:45 on 23 September in UTC is already the 24th on the border (a bulletin sent before dawn).
    Instant beforeDawn = Instant.parse("2019-09-23T23:45:00Z");
    assertThat(format("en").date(beforeDawn, ZoneOffset.UTC)).isEqualTo("23 September 2019");
    assertThat(format("en").date(beforeDawn, YANGON)).isEqualTo("24 September 2019");
    assertThat(format("th").date(beforeDawn, BANGKOK)).isEqualTo("24 กันยายน 2562");
  }

  @Test
  void thaiDigitsWhenAsked() {
    ReaderFormat thai = format("th").withDigits(Digits.NATIVE);

    assertThat(thai.date(MEETING_DAY)).isEqualTo("๒๔ กันยายน ๒๕๖๒");
    assertThat(thai.dateTime(MEETING_START, BANGKOK, SHOWN)).isEqualTo("๒๔ กันยายน ๒๕๖๒ เวลา ๐๙:๐๐ เวลาไทย");
    assertThat(thai.number(13)).isEqualTo("๑๓");
    assertThat(thai.digits()).isEqualTo(Digits.NATIVE);
    assertThat(thai.withDigits(Digits.LATIN).date(MEETING_DAY)).isEqualTo("24 กันยายน 2562");
  }

  @Test
  void laoAndMyanmarDigits() {
    assertThat(format("lo").withDigits(Digits.NATIVE).date(MEETING_DAY)).isEqualTo("໒໔ ກັນຍາ ໒໐໑໙");
    assertThat(format("lo").withDigits(Digits.NATIVE).number(2019)).isEqualTo("໒໐໑໙");
    assertThat(format("my").number(2019)).isEqualTo("၂၀၁၉");
    // Latin digits for a Burmese reader who asks for them: Burmese month names stay.
    assertThat(format("my").withDigits(Digits.LATIN).date(MEETING_DAY)).isEqualTo("2019 စက်တင်ဘာ 24");
    assertThat(format("en").withDigits(Digits.NATIVE).number(2019)).isEqualTo("2019");
  }

  @Test
  void documentsUseMyanmarDigitsForBurmeseAndLatinDigitsOtherwise() {
    // What the minutes have always printed: ICU's defaults for th_TH, my_MM, lo_LA and en_GB.
    assertThat(ReaderLanguage.MY.documentDigits()).isEqualTo(Digits.NATIVE);
    for (ReaderLanguage language : new ReaderLanguage[] {ReaderLanguage.TH, ReaderLanguage.LO, ReaderLanguage.EN}) {
      assertThat(language.documentDigits()).as(language.tag()).isEqualTo(Digits.LATIN);
      assertThat(ReaderFormat.of(language).number(1234567)).as(language.tag()).isEqualTo("1234567");
    }
    assertThat(ReaderFormat.of(ReaderLanguage.MY).number(13)).isEqualTo("၁၃");
  }
}
