package org.saphan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saphan.platform.kafka.ChainHeaders;
import org.saphan.platform.kafka.DeadLetters;
import org.saphan.platform.kafka.KafkaDefaults;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.kafka.PlatformSettings;
import org.saphan.platform.kafka.ReceivedEvent;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.node.UnknownNodeException;
import org.saphan.platform.serde.CloudEventsHeaders;
import org.saphan.platform.topic.Stream;
import org.saphan.sandbox.demo.AlertInbox;
import org.saphan.sandbox.demo.SeedScenario;
import org.saphan.sandbox.inspect.ClusterScan;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.common.Envelope;

/**
 * The first real flow, through the real path: platform publisher, Avro, Kafka at Chiang Rai,
 * MirrorMaker 2, Kafka at Tachileik and Houayxay, platform subscribers into each node's alert view.
 * One federation for the whole class.
 */
class FederationFlowTest {

  private static final NodeId CHIANG_RAI = NodeId.of("th-cei");
  private static final NodeId TACHILEIK = NodeId.of("mm-tcl");
  private static final NodeId HOUAYXAY = NodeId.of("la-hxy");
  private static final Duration DELIVERY = Duration.ofSeconds(30);

  private static SandboxFederation federation;
  private static final Map<NodeId, PlatformNode> nodes = new HashMap<>();
  private static final Map<NodeId, AlertInbox> inboxes = new HashMap<>();

  @BeforeAll
  static void startFederation() {
    NodeRegistry registry = NodeRegistry.defaults();
    federation = SandboxFederation.start(registry);
    for (Node node : registry.nodes()) {
      PlatformNode platform = PlatformNode.start(registry, node.id(), federation.access(node.id()), PlatformSettings.sandbox());
      nodes.put(node.id(), platform);
      AlertInbox inbox = new AlertInbox(node, text -> { });
      inboxes.put(node.id(), inbox);
      platform.subscribe(Stream.ALERT, "alert-inbox", inbox);
    }
  }

  @AfterAll
  static void stopFederation() {
    nodes.values().forEach(PlatformNode::close);
    if (federation != null) {
      federation.close();
    }
  }

  private static PlatformNode chiangRai() {
    return nodes.get(CHIANG_RAI);
  }

  private static String newIdentifier() {
    return "TH-CEI-TEST-" + UUID.randomUUID();
  }

  @Test
  void anAlertToAllSentAtChiangRaiArrivesAtTachileikAndHouayxayIntact() {
    AlertIssued alert = SeedScenario.crossingAlert(chiangRai().envelopes(), newIdentifier(), List.of("all"));
    String eventId = alert.getEnvelope().getEventId();

    chiangRai().publisher().publish(alert, alert.getAddresses());

    for (NodeId receiver : List.of(TACHILEIK, HOUAYXAY)) {
      await().atMost(DELIVERY).until(() -> inboxes.get(receiver).contains(eventId));
      ReceivedEvent received = inboxes.get(receiver).find(eventId).orElseThrow();
      assertThat(received.as(AlertIssued.class)).isEqualTo(alert);
      assertThat(received.topic()).isEqualTo("th-cei.bcc.all.alert.v1");
      assertThat(received.mirroredFrom()).contains(CHIANG_RAI);
      assertThat(received.envelope().origin()).isEqualTo("th-cei");
      assertThat(received.cloudEvents())
          .containsEntry(CloudEventsHeaders.ID, eventId)
          .containsEntry(CloudEventsHeaders.SOURCE, "/saphan/nodes/th-cei")
          .containsEntry(CloudEventsHeaders.TYPE, "org.saphan.schema.alert.AlertIssued")
          .containsEntry(CloudEventsHeaders.SUBJECT, alert.getIdentifier());
      assertThat(received.cloudEvents().get(CloudEventsHeaders.TIME)).endsWith("+07:00");
    }
    String burmese = inboxes.get(TACHILEIK).describe(inboxes.get(TACHILEIK).find(eventId).orElseThrow());
    assertThat(burmese).contains("ချစ်ကြည်ရေးတံတား").contains("+06:30");
    String lao = inboxes.get(HOUAYXAY).describe(inboxes.get(HOUAYXAY).find(eventId).orElseThrow());
    assertThat(lao).contains("ຂົວມິດຕະພາບ").contains("+07:00");
  }

  @Test
  void anAlertToTachileikOnlyNeverReachesHouayxay() {
    AlertIssued privateAlert = SeedScenario.victimsFoundAlert(chiangRai().envelopes(), newIdentifier());
    AlertIssued laterToAll = SeedScenario.crossingAlert(chiangRai().envelopes(), newIdentifier(), List.of("all"));
    String privateId = privateAlert.getEnvelope().getEventId();

    chiangRai().publisher().publish(privateAlert, privateAlert.getAddresses());
    chiangRai().publisher().publish(laterToAll, laterToAll.getAddresses());

    await().atMost(DELIVERY).until(() -> inboxes.get(TACHILEIK).contains(privateId));
    // Houayxay has everything sent after the private alert: had the private one been sent there, it would be there too.
    await().atMost(DELIVERY).until(() -> inboxes.get(HOUAYXAY).contains(laterToAll.getEnvelope().getEventId()));
    assertThat(inboxes.get(HOUAYXAY).contains(privateId)).isFalse();

    ClusterScan.Result houayxay = ClusterScan.find(federation.administratorAccess(HOUAYXAY), privateId);
    assertThat(houayxay.records()).as("the scan read the alert to all, at least").isPositive();
    assertThat(houayxay.hits()).as("records on la-hxy holding the event id").isEmpty();
    assertThat(ClusterScan.find(federation.administratorAccess(HOUAYXAY), privateAlert.getIdentifier()).hits()).isEmpty();
    // The scan would have seen it: it is on Tachileik's cluster, under the same test.
    assertThat(ClusterScan.find(federation.administratorAccess(TACHILEIK), privateId).hits()).contains("th-cei.bcc.mm-tcl.alert.v1-0@"
        + inboxes.get(TACHILEIK).find(privateId).orElseThrow().offset());
  }

  @Test
  void aSchemaVersionFirstUsedAtChiangRaiIsDecodedAtTachileik() {
    Schema v11 = alertVersion11();
    long fingerprint = SchemaNormalization.parsingFingerprint64(v11);
    assertThat(nodes.get(TACHILEIK).writerSchemas().find(fingerprint)).as("Tachileik has never seen 1.1").isEmpty();
    AlertIssued base = SeedScenario.crossingAlert(chiangRai().envelopes(), newIdentifier(), List.of("mm-tcl"));
    GenericRecord newer = asVersion11(base, v11);

    chiangRai().publisher().publish(newer, List.of("mm-tcl"));

    String eventId = base.getEnvelope().getEventId();
    await().atMost(DELIVERY).until(() -> inboxes.get(TACHILEIK).contains(eventId));
    AlertIssued decoded = inboxes.get(TACHILEIK).find(eventId).orElseThrow().as(AlertIssued.class);
    assertThat(decoded.getIdentifier()).isEqualTo(base.getIdentifier());
    assertThat(decoded.getInfos()).isEqualTo(base.getInfos());
    assertThat(nodes.get(TACHILEIK).writerSchemas().find(fingerprint)).as("learned from the schema stream").contains(v11);
    // Schemas are addressed to all: Houayxay learns it too, through its own flow, which may lag Tachileik's.
    await().atMost(DELIVERY).until(() -> nodes.get(HOUAYXAY).writerSchemas().find(fingerprint).isPresent());
  }

  @Test
  void undecodableBytesGoToTheDeadLetterTopicWithTheirReasonAndTheConsumerGoesOn() {
    byte[] garbage = ("not avro " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(KafkaDefaults.producer(federation.access(CHIANG_RAI), "raw-test"))) {
      raw.send(new ProducerRecord<>("bcc.all.alert.v1", "garbage", garbage)).get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    AlertIssued after = SeedScenario.crossingAlert(chiangRai().envelopes(), newIdentifier(), List.of("all"));
    chiangRai().publisher().publish(after, after.getAddresses());

    await().atMost(DELIVERY).until(() -> inboxes.get(TACHILEIK).contains(after.getEnvelope().getEventId()));
    ConsumerRecord<byte[], byte[]> parked = awaitRecord(TACHILEIK, "th-cei.bcc.all.alert.v1-dlt", garbage);
    assertThat(header(parked, DeadLetters.REASON)).isEqualTo("NOT_SINGLE_OBJECT_ENCODED");
    assertThat(header(parked, DeadLetters.SOURCE_TOPIC)).isEqualTo("th-cei.bcc.all.alert.v1");
    assertThat(header(parked, DeadLetters.DETAIL)).contains("marker C3 01");
    assertThat(ClusterScan.find(federation.administratorAccess(HOUAYXAY), "th-cei.bcc.all.alert.v1-dlt").hits())
        .as("dead letters never leave their node").isEmpty();
  }

  @Test
  void aRecordOfASchemaNobodyAnnouncedIsDeadLetteredOnceTheWaitForItsSchemaEndsAndTheConsumerGoesOn() {
    // single-object encoding of a schema no node ever announced: marker, a fingerprint, a body
    byte[] unknown = java.nio.ByteBuffer.allocate(2 + 8 + 16).put((byte) 0xC3).put((byte) 0x01)
        .putLong(UUID.randomUUID().getMostSignificantBits())
        .put(UUID.randomUUID().toString().substring(0, 16).getBytes(StandardCharsets.UTF_8))
        .array();
    try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(KafkaDefaults.producer(federation.access(CHIANG_RAI), "raw-test"))) {
      raw.send(new ProducerRecord<>("bcc.all.alert.v1", "unknown-schema", unknown)).get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    AlertIssued after = SeedScenario.crossingAlert(chiangRai().envelopes(), newIdentifier(), List.of("all"));
    chiangRai().publisher().publish(after, after.getAddresses());

    // the consumer waits for the schema (PlatformSettings.schemaArrivalTimeout), parks the record, and goes on
    ConsumerRecord<byte[], byte[]> parked = awaitRecord(TACHILEIK, "th-cei.bcc.all.alert.v1-dlt", unknown);
    assertThat(header(parked, DeadLetters.REASON)).isEqualTo("UNKNOWN_SCHEMA");
    assertThat(parked.value()).as("kept untouched, to be re-published once its schema arrives").isEqualTo(unknown);
    await().atMost(DELIVERY).until(() -> inboxes.get(TACHILEIK).contains(after.getEnvelope().getEventId()));
    await().atMost(DELIVERY).until(() -> inboxes.get(HOUAYXAY).contains(after.getEnvelope().getEventId()));
  }

  @Test
  void anEventClaimingAnotherOriginIsDeadLetteredAsMisattributed() {
    AlertIssued forged = SeedScenario.crossingAlert(chiangRai().envelopes(), newIdentifier(), List.of("all"));
    forged.setEnvelope(Envelope.newBuilder(forged.getEnvelope()).setOrigin("la-hxy").build());
    byte[] bytes = chiangRai().codec().encode(forged);
    try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(KafkaDefaults.producer(federation.access(CHIANG_RAI), "raw-test"))) {
      ProducerRecord<String, byte[]> record = new ProducerRecord<>("bcc.mm-tcl.alert.v1", forged.getIdentifier(), bytes);
      record.headers().add(ChainHeaders.SEQUENCE, "7".getBytes(StandardCharsets.UTF_8))
          .add(ChainHeaders.PREVIOUS, "ab".repeat(32).getBytes(StandardCharsets.UTF_8))
          .add(ChainHeaders.LINK, "cd".repeat(32).getBytes(StandardCharsets.UTF_8));
      raw.send(record).get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }

    ConsumerRecord<byte[], byte[]> parked = awaitRecord(TACHILEIK, "th-cei.bcc.mm-tcl.alert.v1-dlt", bytes);
    assertThat(header(parked, DeadLetters.REASON)).isEqualTo("MISATTRIBUTED");
    assertThat(List.of(header(parked, ChainHeaders.SEQUENCE), header(parked, ChainHeaders.PREVIOUS), header(parked, ChainHeaders.LINK)))
        .as("dead letters keep the chain headers as they were").containsExactly("7", "ab".repeat(32), "cd".repeat(32));
    assertThat(header(parked, DeadLetters.DETAIL)).contains("claims origin la-hxy but was mirrored from th-cei");
    assertThat(inboxes.get(TACHILEIK).contains(forged.getEnvelope().getEventId())).isFalse();
  }

  @Test
  void anUnknownNodeIsRejectedOnSendAndAtStartUp() {
    AlertIssued alert = SeedScenario.crossingAlert(chiangRai().envelopes(), newIdentifier(), List.of("all"));

    assertThatThrownBy(() -> chiangRai().publisher().publish(alert, List.of("mm-tcl", "mm-mwd")))
        .isInstanceOf(UnknownNodeException.class)
        .hasMessage("unknown node 'mm-mwd' in the addresses; known nodes: la-hxy, mm-tcl, th-cei");
    assertThatThrownBy(() -> PlatformNode.start(NodeRegistry.defaults(), NodeId.of("mm-mwd"), federation.access(TACHILEIK),
            PlatformSettings.sandbox()))
        .isInstanceOf(UnknownNodeException.class)
        .hasMessageContaining("unknown node 'mm-mwd' configured as this node");
  }

  private static ConsumerRecord<byte[], byte[]> awaitRecord(NodeId node, String topic, byte[] value) {
    // Dead-letter topics are created when the first record is parked.
    await().atMost(DELIVERY).until(() -> federation.admin(node).listTopics().names().get().contains(topic));
    try (TopicReader reader = new TopicReader(federation.administratorAccess(node))) {
      return reader.awaitRecord(topic, DELIVERY, r -> Arrays.equals(r.value(), value));
    }
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String key) {
    return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
  }

  /** AlertIssued 1.1, as a newer build at Chiang Rai would write it: one more field, with a default. */
  private static Schema alertVersion11() {
    String json = AlertIssued.getClassSchema().toString()
        .replace("\"saphan.version\":\"1.0\"", "\"saphan.version\":\"1.1\"")
        .replaceFirst("\\{\"name\":\"identifier\"", "{\"name\":\"riskScore\",\"type\":\"int\",\"default\":0},{\"name\":\"identifier\"");
    return new Schema.Parser().parse(json);
  }

  private static GenericRecord asVersion11(AlertIssued alert, Schema v11) {
    long fingerprint = SchemaNormalization.parsingFingerprint64(v11);
    GenericRecordBuilder builder = new GenericRecordBuilder(v11);
    for (Schema.Field field : AlertIssued.getClassSchema().getFields()) {
      builder.set(field.name(), alert.get(field.name()));
    }
    builder.set("envelope", Envelope.newBuilder(alert.getEnvelope()).setSchemaVersion("1.1").setSchemaFingerprint(fingerprint).build());
    return builder.set("riskScore", 3).build();
  }
}
