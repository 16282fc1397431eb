package org.saphan.alerts.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.saphan.alerts.scenario.SeedAlerts.alert;
import static org.saphan.alerts.scenario.SeedAlerts.followUp;
import static org.saphan.alerts.scenario.SeedAlerts.info;
import static org.saphan.alerts.scenario.SeedAlerts.newIdentifier;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.saphan.platform.kafka.EventSignatures;
import org.saphan.platform.signing.SigningKey;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.alerts.draft.AreaDraft;
import org.saphan.alerts.draft.InfoDraft;
import org.saphan.platform.text.TextDraft;
import org.saphan.alerts.scenario.ServiceFederation.Response;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.kafka.DeadLetters;
import org.saphan.platform.kafka.KafkaDefaults;
import org.saphan.platform.node.NodeId;
import org.saphan.sandbox.inspect.ClusterScan;
import org.saphan.schema.alert.AlertAcknowledged;
import org.saphan.schema.common.Role;
import tools.jackson.databind.JsonNode;


/**
 * Alerts between Chiang Rai, Tachileik and Houayxay through the real path: REST at one node,
 * Kafka, MirrorMaker 2, Kafka and the alert board at the others. One federation for all scenarios.
 */
class AlertScenariosTest {

  private static final String CHIANG_RAI = "th-cei";
  private static final String TACHILEIK = "mm-tcl";
  private static final String HOUAYXAY = "la-hxy";
  private static final Duration DELIVERY = Duration.ofSeconds(30);

  private static ServiceFederation federation;

  @BeforeAll
  static void start() {
    federation = ServiceFederation.start();
  }

  @AfterAll
  static void stop() {
    if (federation != null) {
      federation.close();
    }
  }

  private static Response send(String node, AlertDraft draft) {
    return federation.postJson(node, "/api/alerts", draft, "officer-cei-017");
  }

  private static JsonNode awaitAlert(String node, String id) {
    return await().atMost(DELIVERY).until(() -> federation.get(node, "/api/alerts/" + id), r -> r.status() == 200).json();
  }

  private static JsonNode delivery(JsonNode alert, String node) {
    return StreamSupport.stream(alert.get("deliveries").spliterator(), false).filter(d -> d.get("node").asString().equals(node))
        .findFirst().orElseThrow(() -> new AssertionError("no delivery entry for " + node + " in " + alert));
  }

  @Test
  void anAlertToTachileikOnlyIsDeliveredThereAndNeverReachesHouayxay() {
    // given an alert about a crossing, addressed to Tachileik only
    String id = newIdentifier();

    // when Chiang Rai sends it
    Response sent = send(CHIANG_RAI, alert(id, "Actual", "Severe", List.of(TACHILEIK)));

    // then Tachileik has it, in Thai with its Burmese translation
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    JsonNode atTachileik = awaitAlert(TACHILEIK, id);
    assertThat(atTachileik.get("state").asString()).isEqualTo("ACTIVE");
    JsonNode event = atTachileik.at("/current/cap/infos/0/event");
    assertThat(event.get("text").asString()).isEqualTo(SeedAlerts.CROSSING_TH);
    assertThat(event.at("/translations/0/text").asString()).isEqualTo(SeedAlerts.CROSSING_MY);
    // and Chiang Rai sees Tachileik's delivery receipt, but no acknowledgement yet
    await().atMost(DELIVERY).until(() -> delivery(federation.get(CHIANG_RAI, "/api/alerts/" + id).json(), TACHILEIK).get("status").asString(),
        "DELIVERED"::equals);
    // and Houayxay does not know it, and holds it in none of its topics
    assertThat(federation.get(HOUAYXAY, "/api/alerts/" + id).status()).isEqualTo(404);
    String eventId = sent.json().at("/current/eventId").asString();
    assertThat(ClusterScan.find(federation.sandbox().administratorAccess(NodeId.of(HOUAYXAY)), eventId).hits()).isEmpty();
    assertThat(ClusterScan.find(federation.sandbox().administratorAccess(NodeId.of(HOUAYXAY)), id).hits()).isEmpty();
  }

  @Test
  void anUpdateSupersedesTheAlertAndACancelEndsItEverywhere() {
    // given an alert to all nodes
    String id = newIdentifier();
    AlertDraft original = alert(id, "Actual", "Severe", List.of());
    assertThat(send(CHIANG_RAI, original).status()).isEqualTo(201);

    // when Chiang Rai updates it, then cancels the update
    String updateId = newIdentifier();
    AlertDraft update = followUp(original, "Update", updateId, "2019-09-24T09:30:00+07:00", List.of(info("Extreme", null)));
    Response updated = send(CHIANG_RAI, update);
    assertThat(updated.status()).as(updated.toString()).isEqualTo(201);
    AlertDraft cancel = followUp(update, "Cancel", newIdentifier(), "2019-09-24T10:00:00+07:00", List.of());
    Response cancelled = send(CHIANG_RAI, cancel);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(201);

    // then on every node the alert is cancelled, its update and original superseded, its history whole
    for (String node : List.of(CHIANG_RAI, TACHILEIK, HOUAYXAY)) {
      JsonNode alert = await().atMost(DELIVERY).until(() -> federation.get(node, "/api/alerts/" + id), r -> r.status() == 200
          && r.json().get("history").size() == 3).json();
      assertThat(alert.get("state").asString()).as(node).isEqualTo("CANCELLED");
      assertThat(alert.at("/current/cap/msgType").asString()).isEqualTo("Cancel");
      assertThat(alert.get("history")).extracting(m -> m.get("state").asString()).containsExactly("SUPERSEDED", "SUPERSEDED", "CANCELLED");
      assertThat(alert.get("history")).extracting(m -> m.at("/cap/identifier").asString()).containsExactly(id, updateId,
          cancel.identifier());
    }
    // and a cancelled alert cannot be updated again
    Response again = send(CHIANG_RAI, followUp(update, "Update", newIdentifier(), "2019-09-24T10:30:00+07:00", List.of(info("Minor", null))));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("message").asString()).contains("already cancelled");
  }

  @Test
  void anAlertPastItsExpiryIsExpiredNotCancelledNorSuperseded() {
    String id = newIdentifier();
    AlertDraft expiring = new AlertDraft(id, null, "2019-09-24T09:00:00+07:00", "Actual", "Alert", "Public", null, List.of(), List.of(),
        List.of(), null, List.of(info("Moderate", "2019-09-24T12:00:00+07:00")));
    assertThat(send(CHIANG_RAI, expiring).status()).isEqualTo(201);
    assertThat(awaitAlert(HOUAYXAY, id).get("state").asString()).isEqualTo("ACTIVE");

    federation.clock().advance(Duration.ofHours(4));

    assertThat(federation.get(HOUAYXAY, "/api/alerts/" + id).json().get("state").asString()).isEqualTo("EXPIRED");
    assertThat(federation.get(CHIANG_RAI, "/api/alerts/" + id).json().get("state").asString()).isEqualTo("EXPIRED");
  }

  @Test
  void anUnacknowledgedExtremeAlertEscalatesAfterFifteenMinutesOnBothSides() {
    // given an Extreme alert to all nodes, acknowledged by Tachileik with a note
    String id = newIdentifier();
    assertThat(send(CHIANG_RAI, alert(id, "Actual", "Extreme", List.of())).status()).isEqualTo(201);
    awaitAlert(TACHILEIK, id);
    awaitAlert(HOUAYXAY, id);
    Response ack = federation.postJson(TACHILEIK, "/api/alerts/" + id + "/acknowledgements",
        Map.of("note", Map.of("language", "my", "text", "လက်ခံရရှိပါသည်")), "officer-tcl-004");
    assertThat(ack.status()).as(ack.toString()).isEqualTo(200);
    await().atMost(DELIVERY).until(() -> delivery(federation.get(CHIANG_RAI, "/api/alerts/" + id).json(), TACHILEIK).get("status").asString(),
        "ACKNOWLEDGED"::equals);
    JsonNode atChiangRai = federation.get(CHIANG_RAI, "/api/alerts/" + id).json();
    assertThat(delivery(atChiangRai, TACHILEIK).at("/acknowledgement/officerId").asString()).isEqualTo("officer-tcl-004");
    assertThat(delivery(atChiangRai, TACHILEIK).at("/acknowledgement/note/text").asString()).isEqualTo("လက်ခံရရှိပါသည်");
    assertThat(delivery(atChiangRai, HOUAYXAY).get("status").asString()).isIn("DELIVERED", "NEITHER");

    // when 14 minutes pass, nothing escalates; at 16 minutes, the alert escalates for Houayxay only
    federation.clock().advance(Duration.ofMinutes(14));
    assertThat(federation.service(CHIANG_RAI).escalateOverdue()).doesNotContain(id);
    federation.clock().advance(Duration.ofMinutes(2));
    assertThat(federation.service(CHIANG_RAI).escalateOverdue()).containsOnlyOnce(id);
    assertThat(federation.service(CHIANG_RAI).escalateOverdue()).as("escalates once").doesNotContain(id);

    // then both Chiang Rai and Houayxay see the escalation, naming Houayxay as silent
    for (String node : List.of(CHIANG_RAI, HOUAYXAY)) {
      JsonNode escalations = await().atMost(DELIVERY).until(() -> federation.get(node, "/api/alerts/" + id).json().get("escalations"),
          e -> e.size() == 1);
      assertThat(escalations.at("/0/unacknowledged")).extracting(JsonNode::asString).containsExactly(HOUAYXAY);
      assertThat(escalations.at("/0/severity").asString()).isEqualTo("Extreme");
    }
    // and a second acknowledgement by Tachileik is refused
    assertThat(federation.postJson(TACHILEIK, "/api/alerts/" + id + "/acknowledgements", Map.of(), "officer-tcl-009").status()).isEqualTo(409);
  }

  @Test
  void exercisesNeverMixWithActualAlerts() {
    String exercise = newIdentifier();
    String actual = newIdentifier();
    send(CHIANG_RAI, alert(exercise, "Exercise", "Severe", List.of(TACHILEIK)));
    send(CHIANG_RAI, alert(actual, "Actual", "Severe", List.of(TACHILEIK)));
    awaitAlert(TACHILEIK, exercise);
    awaitAlert(TACHILEIK, actual);

    List<String> operational = ids(federation.get(TACHILEIK, "/api/alerts").json());
    List<String> exercises = ids(federation.get(TACHILEIK, "/api/alerts?mode=exercise").json());

    assertThat(operational).contains(actual).doesNotContain(exercise);
    assertThat(exercises).contains(exercise).doesNotContain(actual);
  }

  private static List<String> ids(JsonNode list) {
    return StreamSupport.stream(list.spliterator(), false).map(a -> a.get("id").asString()).toList();
  }

  @Test
  void aCapDocumentFromAnotherSystemIsImportedAndExportedAsValidCap() throws Exception {
    // given a CAP 1.2 document from a national alerting system, addressed to Tachileik
    String xml = Files.readString(Path.of("src/test/resources/scenario/missing-child.cap.xml"));

    // when an officer at Chiang Rai imports it
    Response imported = federation.post(CHIANG_RAI, "/api/alerts", "application/cap+xml", xml, "officer-cei-017");

    // then it travels like any alert, and Tachileik exports it as CAP 1.2 with the same content
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    String id = imported.json().get("id").asString();
    awaitAlert(TACHILEIK, id);
    Response exported = federation.get(TACHILEIK, "/api/alerts/" + id + "/cap");
    assertThat(exported.status()).isEqualTo(200);
    assertThat(exported.body()).contains("<identifier>" + id + "</identifier>").contains("<sender>amber-alert@police.go.th</sender>")
        .contains("<sent>2019-09-24T09:15:00+07:00</sent>").contains("<msgType>Alert</msgType>")
        .contains("เด็กหญิงอายุ 14 ปี หายตัวไป");
    // and re-importing the export at Tachileik gives the same CAP message
    Response reimported = federation.post(TACHILEIK, "/api/alerts", "application/cap+xml",
        exported.body().replace("<identifier>" + id + "</identifier>", "<identifier>" + id + "-R</identifier>")
            .replace("<addresses>mm-tcl</addresses>", "<addresses>th-cei</addresses>"), "officer-tcl-004");
    assertThat(reimported.status()).as(reimported.toString()).isEqualTo(201);
    JsonNode original = imported.json().at("/current/cap/infos/0");
    JsonNode copy = reimported.json().at("/current/cap/infos/0");
    assertThat(copy.get("headline").get("text")).isEqualTo(original.get("headline").get("text"));
    assertThat(copy.get("areas")).isEqualTo(original.get("areas"));
    assertThat(copy.get("severity")).isEqualTo(original.get("severity"));
  }

  @Test
  void anInvalidCapDocumentIsRejectedWithTheValidatorsReasonAndNothingIsSent() {
    int before = federation.get(CHIANG_RAI, "/api/alerts").json().size();
    String invalid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
          <identifier>X-1</identifier><sender>someone@example.org</sender><sent>2019-09-24T09:15:00+07:00</sent>
          <status>Real</status><msgType>Alert</msgType><scope>Public</scope>
        </alert>""";

    Response response = federation.post(CHIANG_RAI, "/api/alerts", "application/cap+xml", invalid, "officer-cei-017");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().at("/errors/0/rule").asString()).contains("not valid CAP 1.2").contains("Real");
    assertThat(federation.get(CHIANG_RAI, "/api/alerts").json().size()).isEqualTo(before);
  }

  @Test
  void badInputGetsAPrecise400AndNothingIsStored() {
    int before = federation.get(CHIANG_RAI, "/api/alerts").json().size();
    String id = newIdentifier();
    AlertDraft good = alert(id, "Actual", "Severe", List.of(TACHILEIK));
    AlertDraft bad = new AlertDraft(id, null, "2019-09-24 09:00", "Actual", "Alert", "Private", null, List.of("mm-mwd"), List.of(),
        List.of(), null, List.of(new InfoDraft("th", List.of("Smuggling"), good.infos().get(0).event(), List.of(),
            "Immediate", "Catastrophic", "Likely", null, null, null, null, null,
            List.of(new AreaDraft(TextDraft.of("th", SeedAlerts.BRIDGE_TH), List.of(),
                List.of("99.9,200 1"), List.of())))));

    Response response = send(CHIANG_RAI, bad);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors")).extracting(e -> e.get("field").asString())
        .contains("sent", "addresses[0]", "infos[0].categories[0]", "infos[0].severity", "infos[0].areas[0].circles[0]");
    JsonNode severity = StreamSupport.stream(response.json().get("errors").spliterator(), false)
        .filter(e -> e.get("field").asString().equals("infos[0].severity")).findFirst().orElseThrow();
    assertThat(severity.get("value").asString()).isEqualTo("Catastrophic");
    assertThat(severity.get("rule").asString()).contains("Extreme", "Severe", "Moderate", "Minor", "Unknown");
    assertThat(federation.get(CHIANG_RAI, "/api/alerts").json().size()).isEqualTo(before);
    assertThat(federation.get(CHIANG_RAI, "/api/alerts/" + id).status()).isEqualTo(404);

    Response malformed = federation.post(CHIANG_RAI, "/api/alerts", "application/json", "{\"status\": \"Actual\", ", "officer-cei-017");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("message").asString()).contains("not valid JSON");

    Response misspelt = federation.post(CHIANG_RAI, "/api/alerts", "application/json", "{\"staus\": \"Actual\"}", "officer-cei-017");
    assertThat(misspelt.status()).isEqualTo(400);
    assertThat(misspelt.json().at("/errors/0/rule").asString()).contains("staus");

    Response noOfficer = federation.postJson(CHIANG_RAI, "/api/alerts", good, null);
    assertThat(noOfficer.status()).isEqualTo(401);
    assertThat(noOfficer.json().get("message").asString()).contains("Authorization: Bearer");
    assertThat(federation.get(CHIANG_RAI, "/api/alerts/" + id).status()).isEqualTo(404);
  }

  @Test
  void aRestartedNodeRebuildsTheSameViewFromTheLog() {
    String id = newIdentifier();
    send(CHIANG_RAI, alert(id, "Actual", "Severe", List.of(TACHILEIK)));
    await().atMost(DELIVERY).until(() -> delivery(federation.get(CHIANG_RAI, "/api/alerts/" + id).json(), TACHILEIK).get("status").asString(),
        "DELIVERED"::equals);
    JsonNode before = federation.get(CHIANG_RAI, "/api/alerts").json();
    JsonNode exercisesBefore = federation.get(CHIANG_RAI, "/api/alerts?mode=exercise").json();

    federation.stopNode(CHIANG_RAI);
    federation.startNode(CHIANG_RAI);

    await().atMost(DELIVERY).untilAsserted(() -> {
      assertThat(federation.get(CHIANG_RAI, "/api/alerts").json()).isEqualTo(before);
      assertThat(federation.get(CHIANG_RAI, "/api/alerts?mode=exercise").json()).isEqualTo(exercisesBefore);
    });
  }

  @Test
  void anEventDeliveredTwiceChangesNothing() throws Exception {
    // given an alert that reached Tachileik
    String id = newIdentifier();
    send(CHIANG_RAI, alert(id, "Actual", "Severe", List.of(TACHILEIK)));
    // settled: Tachileik's own delivery receipt has come back into its view
    JsonNode before = await().atMost(DELIVERY).until(() -> federation.get(TACHILEIK, "/api/alerts/" + id),
        r -> r.status() == 200 && delivery(r.json(), TACHILEIK).get("status").asString().equals("DELIVERED")).json();
    String topic = "bcc.mm-tcl.alert.v1";

    // when the very same record, headers and all, is written again to Chiang Rai's topic (a producer retry, a replayed backup)
    ConsumerRecord<String, byte[]> original = records(CHIANG_RAI, topic).stream()
        .filter(r -> new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8).equals(before.at("/current/eventId").asString()))
        .findFirst().orElseThrow();
    try (var producer = new KafkaProducer<String, byte[]>(KafkaDefaults.producer(federation.sandbox().access(NodeId.of(CHIANG_RAI)), "replay-test"))) {
      producer.send(new ProducerRecord<>(topic, null, id, original.value(), original.headers())).get();
    }
    // and a later alert shows the copy has been consumed
    String later = newIdentifier();
    send(CHIANG_RAI, alert(later, "Actual", "Severe", List.of(TACHILEIK)));
    awaitAlert(TACHILEIK, later);

    // then Tachileik's view of the alert is unchanged: one message, one delivery receipt
    assertThat(federation.get(TACHILEIK, "/api/alerts/" + id).json()).isEqualTo(before);
    assertThat(federation.get(CHIANG_RAI, "/api/alerts/" + id).json().at("/history").size()).isEqualTo(1);
  }

  @Test
  void anAcknowledgementFromANodeTheAlertWasNotSentToGoesToTheDeadLetterTopic() {
    // given an alert to Tachileik only
    String id = newIdentifier();
    send(CHIANG_RAI, alert(id, "Actual", "Severe", List.of(TACHILEIK)));
    JsonNode atTachileik = awaitAlert(TACHILEIK, id);

    // when Houayxay, bypassing its REST checks, publishes an acknowledgement of it to Chiang Rai
    var houayxay = federation.platform(HOUAYXAY);
    var forged = AlertAcknowledged.newBuilder()
        .setEnvelope(houayxay.envelopes().envelope(AlertAcknowledged.getClassSchema(), id, 1, "officer-hxy-1",
            Role.OFFICER, Causation.start()))
        .setThreadId(id).setMessageIdentifier(id).setMessageEventId(atTachileik.at("/current/eventId").asString())
        .setAcknowledgedBy(HOUAYXAY).build();
    houayxay.publisher().publish(forged, List.of(CHIANG_RAI));

    // then Chiang Rai parks it with the reason, shows no acknowledgement, and keeps working
    byte[] parked = await().atMost(DELIVERY).until(
        () -> recordWithEventId(CHIANG_RAI, "la-hxy.bcc.th-cei.receipt.v1-dlt", forged.getEnvelope().getEventId()), r -> r != null);
    assertThat(parked).isNotEmpty();
    assertThat(dltReason(CHIANG_RAI, "la-hxy.bcc.th-cei.receipt.v1-dlt")).contains("NOT_ADDRESSED");
    JsonNode atChiangRai = federation.get(CHIANG_RAI, "/api/alerts/" + id).json();
    assertThat(atChiangRai.get("deliveries")).extracting(d -> d.get("node").asString()).containsExactly(TACHILEIK);
    String after = newIdentifier();
    send(CHIANG_RAI, alert(after, "Actual", "Severe", List.of(HOUAYXAY)));
    awaitAlert(HOUAYXAY, after);
  }

  @Test
  void anAcknowledgementForgedInTachileiksNameIsDeadLetteredAndNeverShown() throws Exception {
    // given an alert to Tachileik, not yet acknowledged
    String id = newIdentifier();
    send(CHIANG_RAI, alert(id, "Actual", "Severe", List.of(TACHILEIK)));
    JsonNode atTachileik = awaitAlert(TACHILEIK, id);

    // when someone with write access to Chiang Rai's cluster writes acknowledgements "from Tachileik" into the copy of its topic:
    // one unsigned, one signed with a key of their own that claims to be Tachileik's
    var tachileik = federation.platform(TACHILEIK);
    String topic = "mm-tcl.bcc.th-cei.receipt.v1";
    List<String> eventIds = new ArrayList<>();
    try (var producer = new KafkaProducer<String, byte[]>(KafkaDefaults.producer(federation.sandbox().administratorAccess(NodeId.of(CHIANG_RAI)),
        "forger"))) {
      for (boolean signed : List.of(false, true)) {
        var forged = AlertAcknowledged.newBuilder()
            .setEnvelope(tachileik.envelopes().envelope(AlertAcknowledged.getClassSchema(), id, 1, "officer-tcl-004", Role.OFFICER,
                Causation.start()))
            .setThreadId(id).setMessageIdentifier(id).setMessageEventId(atTachileik.at("/current/eventId").asString())
            .setAcknowledgedBy(TACHILEIK).build();
        byte[] value = tachileik.codec().encode(forged);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, id, value);
        record.headers().add("ce_id", forged.getEnvelope().getEventId().getBytes(StandardCharsets.UTF_8));
        if (signed) {
          EventSignatures.sign(record.headers(), SigningKey.generate(), TACHILEIK, CHIANG_RAI, value);
          record.headers().remove(EventSignatures.KEY_ID);
          record.headers().add(EventSignatures.KEY_ID,
              tachileik.settings().keys().own().orElseThrow().keyId().getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record).get();
        eventIds.add(forged.getEnvelope().getEventId());
      }
    }

    // then Chiang Rai parks both with the reason, before decoding them, and shows no acknowledgement
    await().atMost(DELIVERY).until(() -> eventIds.stream().allMatch(e -> recordWithEventId(CHIANG_RAI, topic + "-dlt", e) != null));
    assertThat(dltReason(CHIANG_RAI, topic + "-dlt")).contains("UNSIGNED", "FORGED_SIGNATURE");
    assertThat(delivery(federation.get(CHIANG_RAI, "/api/alerts/" + id).json(), TACHILEIK).get("status").asString())
        .isNotEqualTo("ACKNOWLEDGED");
    // while Tachileik's own, signed acknowledgement is taken
    federation.postJson(TACHILEIK, "/api/alerts/" + id + "/acknowledgements", java.util.Map.of(), "officer-tcl-004");
    await().atMost(DELIVERY).until(() -> delivery(federation.get(CHIANG_RAI, "/api/alerts/" + id).json(), TACHILEIK).get("status")
        .asString().equals("ACKNOWLEDGED"));
  }

  @Test
  void theApiIsDocumentedAsOpenApi() {
    Response docs = federation.get(CHIANG_RAI, "/v3/api-docs");

    assertThat(docs.status()).isEqualTo(200);
    JsonNode paths = docs.json().get("paths");
    assertThat(paths.has("/api/alerts")).isTrue();
    assertThat(paths.has("/api/alerts/{id}")).isTrue();
    assertThat(paths.has("/api/alerts/{id}/acknowledgements")).isTrue();
    assertThat(paths.has("/api/alerts/{id}/cap")).isTrue();
  }

  /** The value of the record on {@code topic} at {@code node} whose CloudEvents id is {@code eventId}, or null. */
  private static byte[] recordWithEventId(String node, String topic, String eventId) {
    return records(node, topic).stream()
        .filter(r -> r.headers().lastHeader("ce_id") != null
            && new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8).equals(eventId))
        .map(ConsumerRecord::value).findFirst().orElse(null);
  }

  private static String dltReason(String node, String topic) {
    return records(node, topic).stream().map(r -> new String(r.headers().lastHeader(DeadLetters.REASON).value(),
        StandardCharsets.UTF_8)).toList().toString();
  }

  private static List<ConsumerRecord<String, byte[]>> records(String node, String topic) {
    var config = KafkaDefaults.consumer(federation.sandbox().administratorAccess(NodeId.of(node)),
        "scenario-reader-" + UUID.randomUUID());
    try (var consumer = new KafkaConsumer<String, byte[]>(config)) {
      if (!consumer.listTopics().containsKey(topic)) {
        return List.of();
      }
      var partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      var end = consumer.endOffsets(partitions);
      List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        consumer.poll(Duration.ofMillis(100)).forEach(out::add);
      }
      return out;
    }
  }
}
