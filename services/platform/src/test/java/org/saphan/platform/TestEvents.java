package org.saphan.platform;

import static org.saphan.platform.SeedTexts.line;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.schema.alert.AlertArea;
import org.saphan.schema.alert.AlertInfo;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.alert.AlertStatus;
import org.saphan.schema.alert.Category;
import org.saphan.schema.alert.Certainty;
import org.saphan.schema.alert.MessageType;
import org.saphan.schema.alert.Scope;
import org.saphan.schema.alert.Severity;
import org.saphan.schema.alert.Urgency;
import org.saphan.schema.common.GeoCircle;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.Provenance;
import org.saphan.schema.common.Role;

/** Builds real events for tests, with Thai, Burmese and Lao text from the seed fixtures. */
public final class TestEvents {

  public static final Instant SENT = Instant.parse("2019-09-24T02:00:00Z"); // 09:00 in Chiang Rai, the meeting morning

  private TestEvents() {}

  public static EnvelopeFactory envelopes(String nodeId) {
    Node node = NodeRegistry.defaults().require(NodeId.of(nodeId));
    return new EnvelopeFactory(node, Clock.fixed(SENT, ZoneOffset.UTC));
  }

  /** An alert from th-cei about illegal crossings, with info blocks in Thai, Burmese and Lao. */
  public static AlertIssued alert(EnvelopeFactory envelopes, List<String> addresses) {
    String id = "TH-CEI-" + UUID.randomUUID();
    return AlertIssued.newBuilder()
        .setEnvelope(envelopes.envelope(AlertIssued.getClassSchema(), id, 1, "officer-0042", Role.OFFICER, Causation.start()))
        .setIdentifier(id)
        .setSender("bcc@" + envelopes.origin().id() + ".saphan")
        .setSentAt(SENT)
        .setSentUtcOffsetMinutes(420)
        .setStatus(AlertStatus.EXERCISE)
        .setMsgType(MessageType.ALERT)
        .setScope(Scope.PRIVATE)
        .setAddresses(addresses)
        .setInfos(List.of(info("th"), info("my"), info("lo")))
        .build();
  }

  private static AlertInfo info(String language) {
    LocalizedText headline = LocalizedTexts.withTranslation(LocalizedTexts.original(language, line(language + ".crossings")), "en",
        "Monitoring illegal border crossings that are part of human trafficking", Provenance.HUMAN, "saphan-fixtures", SENT, false);
    return AlertInfo.newBuilder()
        .setLanguage(language)
        .setCategories(List.of(Category.SECURITY))
        .setEvent(LocalizedTexts.original(language, line(language + ".alerts")))
        .setUrgency(Urgency.IMMEDIATE)
        .setSeverity(Severity.SEVERE)
        .setCertainty(Certainty.LIKELY)
        .setHeadline(headline)
        .setDescription(LocalizedTexts.original(language, line(language + ".centre")))
        .setAreas(List.of(AlertArea.newBuilder()
            .setAreaDesc(LocalizedTexts.original(language, line(language + ".centre")))
            .setCircles(List.of(new GeoCircle(20.4499, 99.8839, 2.0)))
            .build()))
        .build();
  }
}
