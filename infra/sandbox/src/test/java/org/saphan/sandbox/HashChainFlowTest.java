package org.saphan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.saphan.platform.chain.ChainFinding;
import org.saphan.platform.chain.ChainHead;
import org.saphan.platform.chain.ChainReport;
import org.saphan.platform.chain.ChainVerifier;
import org.saphan.platform.chain.ChainedRecord;
import org.saphan.platform.chain.Lane;
import org.saphan.platform.chain.LaneSummary;
import org.saphan.platform.kafka.ChainHeaders;
import org.saphan.platform.kafka.KafkaDefaults;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.kafka.PlatformSettings;
import org.saphan.platform.kafka.PublishedEvent;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.topic.Audience;
import org.saphan.sandbox.demo.SeedScenario;
import org.saphan.schema.alert.AlertIssued;

/**
 * Chiang Rai's hash chains through the real path: its publisher, Kafka, MirrorMaker 2 (which copies
 * the chain headers) and Tachileik's cluster, where a raw reader verifies both lanes addressed to
 * Tachileik (th-cei>mm-tcl and th-cei>all). One federation for the class; the forgery runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HashChainFlowTest {

  private static final NodeId CHIANG_RAI = NodeId.of("th-cei");
  private static final NodeId TACHILEIK = NodeId.of("mm-tcl");
  private static final Audience TO_TACHILEIK = Audience.node(TACHILEIK);
  private static final Lane LANE_TO_TACHILEIK = new Lane("th-cei", "mm-tcl");
  private static final Lane LANE_TO_ALL = new Lane("th-cei", "all");
  private static final Duration DELIVERY = Duration.ofSeconds(30);

  private static final NodeRegistry registry = NodeRegistry.defaults();
  private static SandboxFederation federation;
  private static PlatformNode chiangRai;

  @BeforeAll
  static void startFederation() {
    federation = SandboxFederation.start(registry);
    chiangRai = startChiangRai();
  }

  @AfterAll
  static void stopFederation() {
    if (chiangRai != null) {
      chiangRai.close();
    }
    if (federation != null) {
      federation.close();
    }
  }

  private static PlatformNode startChiangRai() {
    return PlatformNode.start(registry, CHIANG_RAI, federation.access(CHIANG_RAI), PlatformSettings.sandbox());
  }

  @Test
  @Order(1)
  void tachileikVerifiesBothLanesAddressedToItWithTheHeadersMirrorMakerCopied() {
    List<PublishedEvent> toTachileik = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      toTachileik.addAll(publish(List.of("mm-tcl")));
      publish(List.of("all"));
    }

    ChainReport report = awaitHeadsOnTachileik();

    assertThat(report.findings()).isEmpty();
    long toTachileikCount = chiangRai.publisher().chainHead(TO_TACHILEIK).sequence();
    long toAllCount = chiangRai.publisher().chainHead(Audience.ALL).sequence();
    assertThat(toTachileikCount).isEqualTo(3);
    assertThat(toAllCount).as("three alerts and the announcement of their schema").isEqualTo(4);
    assertThat(report.lanes()).extracting(LaneSummary::lane, LaneSummary::first, LaneSummary::last, LaneSummary::count)
        .containsExactly(tuple(LANE_TO_ALL, 1L, 4L, 4), tuple(LANE_TO_TACHILEIK, 1L, 3L, 3));

    PublishedEvent last = toTachileik.get(2);
    ConsumerRecord<byte[], byte[]> original = recordAt(CHIANG_RAI, last.topic(), last.partition(), last.offset());
    ConsumerRecord<byte[], byte[]> copy = awaitCopy(original.value());
    for (String header : List.of(ChainHeaders.SEQUENCE, ChainHeaders.PREVIOUS, ChainHeaders.LINK)) {
      assertThat(copy.headers().lastHeader(header).value()).as(header).isEqualTo(original.headers().lastHeader(header).value());
    }
    assertThat(ChainHeaders.sequence(copy.headers())).contains(3L);
  }

  @Test
  @Order(2)
  void aRestartedNodeContinuesEachLaneWithNoGapAndNoReuse() {
    PublishedEvent last = publish(List.of("mm-tcl")).get(0);
    // Then a record without chain headers, as written before chains: recovery steps back past it.
    send(new ProducerRecord<>(last.topic(), last.partition(), null, ("unchained " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)));
    ChainHead toTachileikBefore = chiangRai.publisher().chainHead(TO_TACHILEIK);
    ChainHead toAllBefore = chiangRai.publisher().chainHead(Audience.ALL);

    chiangRai.close();
    chiangRai = startChiangRai();

    assertThat(chiangRai.publisher().chainHead(TO_TACHILEIK)).as("read back from th-cei's cluster").isEqualTo(toTachileikBefore);
    assertThat(chiangRai.publisher().chainHead(Audience.ALL)).isEqualTo(toAllBefore);
    publish(List.of("mm-tcl"));
    publish(List.of("all"));
    assertThat(chiangRai.publisher().chainHead(TO_TACHILEIK).sequence()).isEqualTo(toTachileikBefore.sequence() + 1);
    assertThat(chiangRai.publisher().chainHead(Audience.ALL).sequence())
        .as("the schema was announced before the restart, so only the alert").isEqualTo(toAllBefore.sequence() + 1);

    ChainReport report = awaitHeadsOnTachileik();

    assertThat(report.findings()).isEmpty();
    assertThat(report.lanes()).allSatisfy(lane -> {
      assertThat(lane.first()).isEqualTo(1);
      assertThat(lane.count()).as("contiguous, each sequence once").isEqualTo(lane.last());
    });
  }

  @Test
  @Order(3)
  void aForgedCopyOfARecordIsPinpointedOnTachileik() {
    PublishedEvent target = publish(List.of("mm-tcl")).get(0);
    ConsumerRecord<byte[], byte[]> original = recordAt(CHIANG_RAI, target.topic(), target.partition(), target.offset());
    byte[] forged = original.value().clone();
    forged[forged.length - 1] ^= 1;
    send(new ProducerRecord<>(target.topic(), null, original.key(), forged, original.headers()));
    long sequence = ChainHeaders.sequence(original.headers()).orElseThrow();

    ConsumerRecord<byte[], byte[]> forgedCopy = awaitCopy(forged);
    ChainReport report = verifyOnTachileik();

    String where = "th-cei.bcc.mm-tcl.alert.v1-" + forgedCopy.partition() + "@" + forgedCopy.offset();
    assertThat(report.findings()).extracting(ChainFinding::kind, ChainFinding::lane, ChainFinding::sequence)
        .containsExactlyInAnyOrder(tuple(ChainFinding.Kind.CONFLICT, LANE_TO_TACHILEIK, sequence),
            tuple(ChainFinding.Kind.CHANGED, LANE_TO_TACHILEIK, sequence));
    ChainFinding changed = report.findings(ChainFinding.Kind.CHANGED).get(0);
    assertThat(changed.where()).isEqualTo(where);
    assertThat(changed.expected()).isEqualTo(ChainHeaders.chainedRecord(original, CHIANG_RAI).orElseThrow().linkHex());
    assertThat(changed.found()).isNotEqualTo(changed.expected());
    assertThat(report.findings(ChainFinding.Kind.CONFLICT).get(0).where()).endsWith(" vs " + where);
  }

  private static List<PublishedEvent> publish(List<String> addresses) {
    AlertIssued alert = SeedScenario.crossingAlert(chiangRai.envelopes(), "TH-CEI-CHAIN-" + UUID.randomUUID(), addresses);
    return chiangRai.publisher().publish(alert, addresses);
  }

  /** Waits until Tachileik holds both lanes up to the heads Chiang Rai's publisher has reached; returns that verification. */
  private static ChainReport awaitHeadsOnTachileik() {
    Map<Lane, Long> heads = Map.of(
        LANE_TO_TACHILEIK, chiangRai.publisher().chainHead(TO_TACHILEIK).sequence(),
        LANE_TO_ALL, chiangRai.publisher().chainHead(Audience.ALL).sequence());
    AtomicReference<ChainReport> report = new AtomicReference<>();
    await("both lanes on mm-tcl up to " + heads).atMost(DELIVERY).pollInterval(Duration.ofMillis(200)).until(() -> {
      report.set(verifyOnTachileik());
      return report.get().lanes().stream().filter(l -> heads.containsKey(l.lane())).filter(l -> l.count() >= heads.get(l.lane())).count() == 2;
    });
    return report.get();
  }

  /** Every chained record of Chiang Rai's lanes as read raw on Tachileik's cluster, verified. */
  private static ChainReport verifyOnTachileik() {
    List<String> topics = topicsOn(TACHILEIK).stream()
        .filter(t -> t.startsWith("th-cei.bcc.mm-tcl.") || t.startsWith("th-cei.bcc.all."))
        .filter(t -> !t.endsWith("-dlt"))
        .sorted().toList();
    List<ChainedRecord> records = new ArrayList<>();
    try (TopicReader reader = new TopicReader(federation.administratorAccess(TACHILEIK))) {
      List<TopicPartition> partitions = new ArrayList<>();
      topics.forEach(topic -> partitions.addAll(reader.partitionsOf(topic)));
      for (ConsumerRecord<byte[], byte[]> record : reader.readAll(partitions)) {
        ChainHeaders.chainedRecord(record, TACHILEIK).ifPresent(records::add);
      }
    }
    return ChainVerifier.verify(records);
  }

  private static Set<String> topicsOn(NodeId node) {
    try {
      return federation.admin(node).listTopics().names().get();
    } catch (Exception e) {
      throw new AssertionError("cannot list the topics of " + node, e);
    }
  }

  private static ConsumerRecord<byte[], byte[]> recordAt(NodeId node, String topic, int partition, long offset) {
    try (TopicReader reader = new TopicReader(federation.administratorAccess(node))) {
      return reader.awaitRecord(topic, DELIVERY, r -> r.partition() == partition && r.offset() == offset);
    }
  }

  private static ConsumerRecord<byte[], byte[]> awaitCopy(byte[] value) {
    try (TopicReader reader = new TopicReader(federation.administratorAccess(TACHILEIK))) {
      return reader.awaitRecord("th-cei.bcc.mm-tcl.alert.v1", DELIVERY, r -> Arrays.equals(r.value(), value));
    }
  }

  /** Writes a record to th-cei's cluster with a raw producer, around the publisher. */
  private static void send(ProducerRecord<byte[], byte[]> record) {
    Map<String, Object> config = KafkaDefaults.producer(federation.access(CHIANG_RAI), "raw-test");
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(config)) {
      raw.send(record).get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
