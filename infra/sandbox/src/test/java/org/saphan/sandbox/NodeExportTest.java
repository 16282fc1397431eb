package org.saphan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saphan.platform.audit.ExportSelection;
import org.saphan.platform.audit.ExportWriter;
import org.saphan.platform.audit.ExportedEvent;
import org.saphan.platform.kafka.KafkaDefaults;
import org.saphan.platform.kafka.NodeExport;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.kafka.PlatformSettings;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.sandbox.demo.SeedScenario;
import org.saphan.schema.alert.AlertIssued;

/**
 * An auditor's export of a node's log, through the real path: events published at Chiang Rai,
 * mirrored to Tachileik, read back from Tachileik's cluster with their exact bytes and headers,
 * written as JSON Lines and CSV.
 */
class NodeExportTest {

  private static final NodeId CHIANG_RAI = NodeId.of("th-cei");
  private static final NodeId TACHILEIK = NodeId.of("mm-tcl");

  private static SandboxFederation federation;
  private static PlatformNode chiangRai;
  private static PlatformNode tachileik;

  @BeforeAll
  static void start() {
    NodeRegistry registry = NodeRegistry.defaults();
    federation = SandboxFederation.start(registry);
    chiangRai = PlatformNode.start(registry, CHIANG_RAI, federation.access(CHIANG_RAI), PlatformSettings.sandbox());
    tachileik = PlatformNode.start(registry, TACHILEIK, federation.access(TACHILEIK), PlatformSettings.sandbox());
  }

  @AfterAll
  static void stop() {
    for (PlatformNode node : new PlatformNode[] {chiangRai, tachileik}) {
      if (node != null) {
        node.close();
      }
    }
    if (federation != null) {
      federation.close();
    }
  }

  private static List<ExportedEvent> exportAtTachileik(ExportSelection selection) {
    return NodeExport.export("mm-tcl", federation.access(TACHILEIK), selection, tachileik.codec(), Duration.ofSeconds(30));
  }

  @Test
  void anExportHoldsEachEventsExactBytesHeadersAndContentAndKeepsWhatDoesNotDecode() throws Exception {
    String id = "TH-CEI-EXPORT-" + UUID.randomUUID();
    AlertIssued alert = SeedScenario.victimsFoundAlert(chiangRai.envelopes(), id);
    AlertIssued other = SeedScenario.victimsFoundAlert(chiangRai.envelopes(), "TH-CEI-OTHER-" + UUID.randomUUID());
    chiangRai.publisher().publish(other, List.of("mm-tcl"));
    chiangRai.publisher().publish(alert, List.of("mm-tcl"));
    byte[] garbage = "not an event".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (var producer = new KafkaProducer<String, byte[]>(KafkaDefaults.producer(federation.access(CHIANG_RAI), "export-test"))) {
      producer.send(new ProducerRecord<>("bcc.mm-tcl.alert.v1", id, garbage)).get();
    }
    ExportSelection alerts = new ExportSelection(Set.of("alert"), "th-cei", null, null, id);

    List<ExportedEvent> everything = await().atMost(Duration.ofSeconds(30)).until(() -> exportAtTachileik(alerts), e -> e.size() == 3);
    // the other alert of the same lane (th-cei>mm-tcl) comes as a link only: where, headers, hash; no content
    ExportedEvent link = everything.stream().filter(e -> !e.selected()).findFirst().orElseThrow();
    assertThat(link.eventJson()).isNull();
    assertThat(link.valueBase64()).isNull();
    assertThat(link.key()).isNull();
    assertThat(link.valueSha256()).hasSize(64);
    assertThat(link.headers()).containsKey("ce_id");
    List<ExportedEvent> exported = everything.stream().filter(ExportedEvent::selected).toList();
    assertThat(exported).hasSize(2);

    ExportedEvent event = exported.stream().filter(e -> e.decodeError() == null).findFirst().orElseThrow();
    assertThat(event.topic()).isEqualTo("th-cei.bcc.mm-tcl.alert.v1");
    assertThat(event.origin()).isEqualTo("th-cei");
    assertThat(event.audience()).isEqualTo("mm-tcl");
    assertThat(event.eventId()).isEqualTo(alert.getEnvelope().getEventId());
    assertThat(event.eventJson()).contains(alert.getInfos().get(0).getHeadline().getText());
    assertThat(event.headers()).containsEntry("ce_id", alert.getEnvelope().getEventId());
    assertThat(Arrays.equals(event.value(), chiangRai.codec().encode(alert))).as("the exact bytes written at Chiang Rai").isTrue();
    ExportedEvent undecodable = exported.stream().filter(e -> e.decodeError() != null).findFirst().orElseThrow();
    assertThat(undecodable.value()).isEqualTo(garbage);
    assertThat(undecodable.origin()).isEqualTo("th-cei");

    // other aggregates, streams, origins and times are left out
    assertThat(exportAtTachileik(new ExportSelection(Set.of("alert"), "la-hxy", null, null, id))).isEmpty();
    assertThat(exportAtTachileik(new ExportSelection(Set.of("receipt"), null, null, null, id))).isEmpty();
    Instant sent = alert.getEnvelope().getOccurredAt();
    // (an undecodable record has no time to judge by: it is always exported, so that nothing hides)
    assertThat(exportAtTachileik(new ExportSelection(Set.of("alert"), null, sent.plusSeconds(1), null, id))).filteredOn(ExportedEvent::selected)
        .hasSize(1).allSatisfy(e -> assertThat(e.decodeError()).isNotNull());
    assertThat(exportAtTachileik(new ExportSelection(Set.of("alert"), null, sent, sent.plusSeconds(1), id))).contains(event);
    exported = everything;

    // JSON Lines read back give the same events; CSV has a header and one row per event
    StringWriter lines = new StringWriter();
    ExportWriter.jsonLines(exported, lines);
    assertThat(lines.toString().lines()).hasSize(3);
    assertThat(ExportWriter.readJsonLines(new BufferedReader(new StringReader(lines.toString()))))
        .usingRecursiveComparison().ignoringFields("eventJson").isEqualTo(exported);
    StringWriter csv = new StringWriter();
    ExportWriter.csv(exported, csv);
    assertThat(csv.toString().lines()).hasSize(3).first().asString().startsWith("origin,audience,stream,eventType,eventId");
    assertThat(csv.toString()).contains(alert.getEnvelope().getEventId());
  }
}
