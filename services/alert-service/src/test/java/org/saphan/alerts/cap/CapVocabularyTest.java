package org.saphan.alerts.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.saphan.schema.alert.AlertStatus;
import org.saphan.schema.alert.Category;
import org.saphan.schema.alert.Certainty;
import org.saphan.schema.alert.MessageType;
import org.saphan.schema.alert.ResponseType;
import org.saphan.schema.alert.Scope;
import org.saphan.schema.alert.Severity;
import org.saphan.schema.alert.Urgency;
import org.saphan.schema.common.GeoCircle;

class CapVocabularyTest {

  /** One enum's three vocabulary functions, so every enum gets the same checks. */
  record Vocabulary<E extends Enum<E>>(String xsdElement, E[] symbols, Function<String, Optional<E>> parse,
      Function<E, String> capText, List<String> allowed) {

    @Override
    public String toString() {
      return xsdElement;
    }
  }

  static Stream<Vocabulary<?>> vocabularies() {
    return Stream.of(
        new Vocabulary<>("status", AlertStatus.values(), CapVocabulary::parseStatus, CapVocabulary::capText, CapVocabulary.allowedStatuses()),
        new Vocabulary<>("msgType", MessageType.values(), CapVocabulary::parseMsgType, CapVocabulary::capText, CapVocabulary.allowedMsgTypes()),
        new Vocabulary<>("scope", Scope.values(), CapVocabulary::parseScope, CapVocabulary::capText, CapVocabulary.allowedScopes()),
        new Vocabulary<>("category", Category.values(), CapVocabulary::parseCategory, CapVocabulary::capText, CapVocabulary.allowedCategories()),
        new Vocabulary<>("responseType", ResponseType.values(), CapVocabulary::parseResponseType, CapVocabulary::capText,
            CapVocabulary.allowedResponseTypes()),
        new Vocabulary<>("urgency", Urgency.values(), CapVocabulary::parseUrgency, CapVocabulary::capText, CapVocabulary.allowedUrgencies()),
        new Vocabulary<>("severity", Severity.values(), CapVocabulary::parseSeverity, CapVocabulary::capText, CapVocabulary.allowedSeverities()),
        new Vocabulary<>("certainty", Certainty.values(), CapVocabulary::parseCertainty, CapVocabulary::capText, CapVocabulary.allowedCertainties()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  <E extends Enum<E>> void every_symbol_round_trips_through_its_cap_spelling(Vocabulary<E> vocabulary) {
    for (E symbol : vocabulary.symbols()) {
      assertThat(vocabulary.parse().apply(vocabulary.capText().apply(symbol))).as("%s", symbol).contains(symbol);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  <E extends Enum<E>> void cap_spellings_are_exactly_the_xsd_enumeration(Vocabulary<E> vocabulary) {
    List<String> spellings = Arrays.stream(vocabulary.symbols()).map(vocabulary.capText()).toList();

    assertThat(spellings).containsExactlyElementsOf(XmlTestSupport.xsdEnumeration(vocabulary.xsdElement()));
    assertThat(vocabulary.allowed()).containsExactlyElementsOf(spellings);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  <E extends Enum<E>> void parsing_is_case_sensitive_and_refuses_our_enum_names_and_null(Vocabulary<E> vocabulary) {
    for (E symbol : vocabulary.symbols()) {
      String spelling = vocabulary.capText().apply(symbol);
      assertThat(vocabulary.parse().apply(spelling.toLowerCase())).as(spelling.toLowerCase()).isEmpty();
      assertThat(vocabulary.parse().apply(" " + spelling)).as("' %s'", spelling).isEmpty();
      if (!symbol.name().equals(spelling)) { // CBRNE is spelled the same in both
        assertThat(vocabulary.parse().apply(symbol.name())).as(symbol.name()).isEmpty();
      }
    }
    assertThat(vocabulary.parse().apply(null)).isEmpty();
    assertThat(vocabulary.parse().apply("")).isEmpty();
  }

  @Test
  void the_spellings_that_do_not_follow_the_usual_capitalisation() {
    assertThat(CapVocabulary.capText(ResponseType.ALL_CLEAR)).isEqualTo("AllClear");
    assertThat(CapVocabulary.capText(Category.CBRNE)).isEqualTo("CBRNE");
    assertThat(CapVocabulary.capText(Category.ENV)).isEqualTo("Env");
    assertThat(CapVocabulary.capText(MessageType.ACK)).isEqualTo("Ack");
    assertThat(CapVocabulary.parseStatus("Real")).isEmpty();
  }

  // --- circle ---------------------------------------------------------------------------------

  @Test
  void parses_a_circle_and_writes_it_back_in_plain_decimals() {
    assertThat(CapVocabulary.parseCircle("20.4499,99.8839 2")).contains(new GeoCircle(20.4499, 99.8839, 2.0));
    assertThat(CapVocabulary.parseCircle("-33.5,-70.25 0.5")).contains(new GeoCircle(-33.5, -70.25, 0.5));
    assertThat(CapVocabulary.parseCircle("  20,99   0 ")).contains(new GeoCircle(20.0, 99.0, 0.0));

    assertThat(CapVocabulary.circleText(new GeoCircle(20.4499, 99.8839, 2.0))).isEqualTo("20.4499,99.8839 2");
    assertThat(CapVocabulary.circleText(new GeoCircle(0.0001, -180.0, 0.00001))).isEqualTo("0.0001,-180 0.00001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"20.4499,99.8839 2", "-90,180 0", "90,-180 12000.5", "0.000001,0.000001 0.000001"})
  void circle_text_round_trips(String capText) {
    GeoCircle circle = CapVocabulary.parseCircle(capText).orElseThrow();

    assertThat(CapVocabulary.circleText(circle)).isEqualTo(capText);
  }

  @ParameterizedTest
  @ValueSource(strings = {"90.1,0 1", "-90.5,0 1", "0,180.1 1", "0,-181 1", "0,0 -1", "20,99", "20 99 2", "20,99,2", "20;99 2",
      "NaN,0 1", "0,Infinity 1", "1e1,0 1", "0x1p3,0 1", "20.,99 2", "", "   "})
  void refuses_a_malformed_or_out_of_range_circle(String capText) {
    assertThat(CapVocabulary.parseCircle(capText)).isEmpty();
  }

  @Test
  void refuses_a_null_circle_and_will_not_write_a_non_finite_one() {
    assertThat(CapVocabulary.parseCircle(null)).isEmpty();
    assertThatThrownBy(() -> CapVocabulary.circleText(new GeoCircle(Double.NaN, 0.0, 1.0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
  }

  // --- polygon --------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "20.46,99.87 20.46,99.9 20.43,99.9 20.43,99.87 20.46,99.87",
      "38.47,-120.14 38.34,-119.95 38.52,-119.74 38.62,-119.89 38.47,-120.14",
      "0,0 0,1 1,1 0,0",
      "20,99 20,100\n21,100\t20.0,99.0",
      " 90,180 -90,180 -90,-180 90,180 "})
  void accepts_a_closed_polygon_of_at_least_four_points_in_range(String polygon) {
    assertThat(CapVocabulary.isValidPolygon(polygon)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "0,0 0,1 0,0", // three points
      "0,0 0,1 1,1 1,0", // not closed
      "91,0 0,1 1,1 91,0", // latitude out of range
      "0,181 0,1 1,1 0,181", // longitude out of range
      "0,0 0,1 1,1 0 0", // a pair without its comma
      "0,0,0,1,1,1,0,0", // commas instead of spaces
      "0,0 0,1 1,1 NaN,0 0,0",
      ""})
  void refuses_an_invalid_polygon(String polygon) {
    assertThat(CapVocabulary.isValidPolygon(polygon)).isFalse();
  }

  @Test
  void refuses_a_null_polygon() {
    assertThat(CapVocabulary.isValidPolygon(null)).isFalse();
  }
}
