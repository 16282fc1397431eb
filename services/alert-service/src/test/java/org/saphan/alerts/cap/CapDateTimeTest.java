package org.saphan.alerts.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CapDateTimeTest {

  @Test
  void parses_bangkok_and_yangon_offsets() {
    OffsetDateTime bangkok = CapVocabulary.parseDateTime("2019-09-24T09:00:00+07:00").orElseThrow();
    OffsetDateTime yangon = CapVocabulary.parseDateTime("2019-09-24T08:30:00+06:30").orElseThrow();

    assertThat(bangkok.getOffset()).isEqualTo(ZoneOffset.ofHours(7));
    assertThat(yangon.getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(6, 30));
    assertThat(bangkok.toInstant()).isEqualTo(Instant.parse("2019-09-24T02:00:00Z")).isEqualTo(yangon.toInstant());
  }

  @Test
  void parses_negative_offsets_and_cap_utc() {
    assertThat(CapVocabulary.parseDateTime("2002-05-24T16:49:00-07:00")).map(OffsetDateTime::toInstant)
        .contains(Instant.parse("2002-05-24T23:49:00Z"));
    assertThat(CapVocabulary.parseDateTime("2019-09-24T02:00:00-00:00")).map(OffsetDateTime::toInstant)
        .contains(Instant.parse("2019-09-24T02:00:00Z"));
    assertThat(CapVocabulary.parseDateTime("2019-09-24T08:30:00-06:30")).map(OffsetDateTime::getOffset)
        .contains(ZoneOffset.ofHoursMinutes(-6, -30));
  }

  @Test
  void twenty_four_hundred_is_midnight_at_the_start_of_the_next_day_as_in_xs_date_time() {
    assertThat(CapVocabulary.parseDateTime("2019-09-24T24:00:00+07:00"))
        .contains(OffsetDateTime.parse("2019-09-25T00:00:00+07:00"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2019-09-24T02:00:00Z", // CAP forbids Z
      "2019-09-24T09:00:00.000+07:00", // and fractional seconds
      "2019-09-24T09:00:00.5+07:00",
      "2019-09-24T09:00:00", // no offset
      "2019-09-24T09:00+07:00", // no seconds
      "2019-09-24 09:00:00+07:00",
      "2019-09-24T09:00:00+0700",
      "2019-09-24T09:00:00+07",
      "2019-09-24T09:00:00,07:00", // the XSD pattern's [-,+] lets a comma through, xs:dateTime does not
      " 2019-09-24T09:00:00+07:00",
      "2019-09-24T09:00:00+07:00 ",
      "2019-9-24T09:00:00+07:00",
      "19-09-24T09:00:00+07:00",
      "2019-13-24T09:00:00+07:00",
      "2019-02-29T09:00:00+07:00", // not a leap year
      "2019-09-31T09:00:00+07:00",
      "2019-09-24T25:00:00+07:00",
      "2019-09-24T24:00:01+07:00",
      "2019-09-24T09:60:00+07:00",
      "2019-09-24T09:00:60+07:00", // xs:dateTime has no leap seconds
      "2019-09-24T09:00:00+07:60",
      "2019-09-24T09:00:00+14:01",
      "2019-09-24T09:00:00+18:00",
      "0000-01-01T00:00:00+07:00",
      "",
      "yesterday"})
  void refuses_what_cap_does_not_allow(String capText) {
    assertThat(CapVocabulary.parseDateTime(capText)).isEmpty();
  }

  @Test
  void refuses_null() {
    assertThat(CapVocabulary.parseDateTime(null)).isEmpty();
  }

  /**
   * The validator and the XSD must agree, or a draft we accept would export as invalid CAP (or a
   * valid CAP document would be refused after import).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "2019-09-24T09:00:00+07:00", "2019-09-24T08:30:00+06:30", "2019-09-24T02:00:00-00:00", "2019-09-24T24:00:00+07:00",
      "2020-02-29T09:00:00+07:00", "2019-09-24T09:00:00+14:00", "2019-09-24T09:00:00-14:00", "2019-09-24T09:00:00+13:59",
      "2019-02-29T09:00:00+07:00", "2019-09-24T09:00:00+14:01", "2019-09-24T09:00:00Z", "2019-09-24T09:00:00.5+07:00",
      "2019-09-24T09:00:00,07:00", "0000-01-01T00:00:00+07:00", "2019-09-24T09:00:60+07:00", "2019-09-24T24:00:01+07:00",
      "2019-09-24T09:00:00+07:60", "2019-09-24T09:00:00"})
  void accepts_exactly_what_the_xsd_accepts(String capText) {
    String alert = "<alert xmlns='" + XmlTestSupport.CAP + "'><identifier>x</identifier><sender>s</sender><sent>" + capText
        + "</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope></alert>";

    boolean xsdAccepts = XmlTestSupport.xsdError(alert).isEmpty();

    assertThat(CapVocabulary.parseDateTime(capText).isPresent()).as("parseDateTime(%s) agrees with the XSD", capText).isEqualTo(xsdAccepts);
  }

  @Test
  void formats_in_the_senders_offset() {
    Instant sent = Instant.parse("2019-09-24T02:00:00Z");

    assertThat(CapVocabulary.formatDateTime(sent, 420)).isEqualTo("2019-09-24T09:00:00+07:00");
    assertThat(CapVocabulary.formatDateTime(sent, 390)).isEqualTo("2019-09-24T08:30:00+06:30");
    assertThat(CapVocabulary.formatDateTime(sent, -390)).isEqualTo("2019-09-23T19:30:00-06:30");
    assertThat(CapVocabulary.formatDateTime(sent, -30)).isEqualTo("2019-09-24T01:30:00-00:30");
  }

  @Test
  void formats_utc_as_minus_zero_because_cap_forbids_z() {
    assertThat(CapVocabulary.formatDateTime(Instant.parse("2019-09-24T02:00:00Z"), 0)).isEqualTo("2019-09-24T02:00:00-00:00");
  }

  @Test
  void drops_fractional_seconds_which_cap_cannot_carry() {
    assertThat(CapVocabulary.formatDateTime(Instant.parse("2019-09-24T02:00:00.999Z"), 420)).isEqualTo("2019-09-24T09:00:00+07:00");
  }

  @Test
  void format_and_parse_round_trip() {
    Instant sent = Instant.parse("2019-12-31T20:15:42Z");
    for (int offset : new int[] {420, 390, 0, -600, 840, -840}) {
      String capText = CapVocabulary.formatDateTime(sent, offset);

      OffsetDateTime parsed = CapVocabulary.parseDateTime(capText).orElseThrow();

      assertThat(parsed.toInstant()).as(capText).isEqualTo(sent);
      assertThat(parsed.getOffset().getTotalSeconds()).as(capText).isEqualTo(offset * 60);
    }
  }

  @Test
  void refuses_to_format_an_offset_xs_date_time_cannot_carry() {
    assertThatThrownBy(() -> CapVocabulary.formatDateTime(Instant.EPOCH, 841))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("841").hasMessageContaining("±14:00");
  }
}
