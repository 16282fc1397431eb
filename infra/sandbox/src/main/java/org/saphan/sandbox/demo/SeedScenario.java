package org.saphan.sandbox.demo;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import org.saphan.platform.config.Utf8Properties;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.schema.alert.AlertArea;
import org.saphan.schema.alert.AlertInfo;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.alert.AlertStatus;
import org.saphan.schema.alert.Category;
import org.saphan.schema.alert.Certainty;
import org.saphan.schema.alert.MessageType;
import org.saphan.schema.alert.ResponseType;
import org.saphan.schema.alert.Scope;
import org.saphan.schema.alert.Severity;
import org.saphan.schema.alert.Urgency;
import org.saphan.schema.common.GeoCircle;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.Provenance;
import org.saphan.schema.common.Role;

/**
 * The demo's alerts, written in Thai at Chiang Rai from the seed texts (the 13th Myanmar-Thai
 * Border Coordination Centre meeting's agenda), with Burmese, Lao and English translations
 * recorded as unreviewed human translations. See {@code demo/seed-scenario.properties}.
 */
public final class SeedScenario {

  /** The Mae Sai–Tachileik Friendship Bridge, WGS 84. */
  public static final GeoCircle FRIENDSHIP_BRIDGE = new GeoCircle(20.4487, 99.8812, 1.0);
  static final String TRANSLATOR = "saphan-demo";

  private static final Properties TEXTS = Utf8Properties.fromClasspath("/demo/seed-scenario.properties");

  private SeedScenario() {}

  /** Alert to all nodes: watch for illegal crossings at the Friendship Bridge. */
  public static AlertIssued crossingAlert(EnvelopeFactory chiangRai, String identifier, List<String> addresses) {
    return alert(chiangRai, identifier, addresses, "crossing", List.of("my", "lo", "en"), Severity.SEVERE, Urgency.IMMEDIATE,
        Certainty.LIKELY, ResponseType.MONITOR, FRIENDSHIP_BRIDGE);
  }

  /** Alert to Tachileik only: three Myanmar nationals found as victims in Mae Sai. */
  public static AlertIssued victimsFoundAlert(EnvelopeFactory chiangRai, String identifier) {
    return alert(chiangRai, identifier, List.of("mm-tcl"), "victims", List.of("my", "en"), Severity.SEVERE, Urgency.EXPECTED,
        Certainty.OBSERVED, ResponseType.PREPARE, new GeoCircle(20.4330, 99.8760, 5.0));
  }

  private static AlertIssued alert(EnvelopeFactory chiangRai, String identifier, List<String> addresses, String key,
      List<String> translations, Severity severity, Urgency urgency, Certainty certainty, ResponseType response, GeoCircle circle) {
    ZonedDateTime sent = chiangRai.now();
    Instant at = sent.toInstant();
    AlertInfo info = AlertInfo.newBuilder()
        .setLanguage("th")
        .setCategories(List.of(Category.SECURITY, Category.RESCUE))
        .setEvent(text(key, "event", translations, at))
        .setResponseTypes(List.of(response))
        .setUrgency(urgency)
        .setSeverity(severity)
        .setCertainty(certainty)
        .setHeadline(text(key, "headline", translations, at))
        .setDescription(text(key, "description", translations, at))
        .setAreas(List.of(AlertArea.newBuilder().setAreaDesc(text(key, "area", translations, at)).setCircles(List.of(circle)).build()))
        .build();
    return AlertIssued.newBuilder()
        .setEnvelope(chiangRai.envelope(AlertIssued.getClassSchema(), identifier, 1, "officer-cei-017", Role.OFFICER, Causation.start()))
        .setIdentifier(identifier)
        .setSender("bcc@" + chiangRai.origin().id() + ".saphan")
        .setSentAt(at)
        .setSentUtcOffsetMinutes(sent.getOffset().getTotalSeconds() / 60)
        .setStatus(AlertStatus.EXERCISE)
        .setMsgType(MessageType.ALERT)
        .setScope(Scope.PRIVATE)
        .setAddresses(addresses)
        .setInfos(List.of(info))
        .build();
  }

  private static LocalizedText text(String key, String field, List<String> translations, Instant at) {
    LocalizedText text = LocalizedTexts.original("th", line(key + ".th." + field));
    for (String language : translations) {
      text = LocalizedTexts.withTranslation(text, language, line(key + "." + language + "." + field), Provenance.HUMAN, TRANSLATOR, at,
          false);
    }
    return text;
  }

  static String line(String key) {
    String line = TEXTS.getProperty(key);
    if (line == null) {
      throw new IllegalStateException("demo/seed-scenario.properties has no " + key);
    }
    return line;
  }
}
