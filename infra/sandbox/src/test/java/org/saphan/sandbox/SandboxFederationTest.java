package org.saphan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saphan.mirror.MirrorFlows;
import org.saphan.platform.kafka.KafkaDefaults;
import org.saphan.platform.kafka.TopicProvisioner;
import org.saphan.platform.kafka.TopicSettings;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.topic.Audience;
import org.saphan.platform.topic.Stream;
import org.saphan.platform.topic.Topics;
import org.saphan.sandbox.inspect.ClusterScan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One real three-node federation for the whole class: th-cei, mm-tcl and la-hxy. */
class SandboxFederationTest {

  private static final Logger log = LoggerFactory.getLogger(SandboxFederationTest.class);
  private static final NodeId TH_CEI = NodeId.of("th-cei");
  private static final NodeId MM_TCL = NodeId.of("mm-tcl");
  private static final NodeId LA_HXY = NodeId.of("la-hxy");
  private static final String ALERTS_TO_MM_TCL = Topics.outbound(Stream.ALERT, Audience.node(MM_TCL));
  private static final String ALERTS_TO_ALL = Topics.outbound(Stream.ALERT, Audience.ALL);
  private static final Duration REPLICATION_TIMEOUT = Duration.ofSeconds(20);

  private static SandboxFederation federation;
  private static KafkaProducer<byte[], byte[]> thCeiProducer;
  private static Duration firstReplication;

  @BeforeAll
  static void startFederation() {
    federation = SandboxFederation.start(NodeRegistry.defaults());
    var producerConfig = KafkaDefaults.producer(federation.access(TH_CEI), "sandbox-test");
    producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    thCeiProducer = new KafkaProducer<>(producerConfig);
    // Measured before any test runs: MirrorMaker 2's copying tasks may still be starting.
    firstReplication = Duration.ofMillis(sendAndTime(MM_TCL, "th-cei." + ALERTS_TO_MM_TCL, 1).get(0));
  }

  @AfterAll
  static void stopFederation() {
    if (thCeiProducer != null) {
      thCeiProducer.close();
    }
    if (federation != null) {
      federation.close();
      federation.close(); // a second close does nothing and does not throw
    }
  }

  @Test
  void aRecordAddressedToMmTclArrivesThereWithTheSameKeyValueAndHeaders() {
    byte[] key = bytes("alert-" + UUID.randomUUID());
    byte[] value = uniquePayload();
    List<Header> headers = List.of(
        new RecordHeader("ce_id", bytes(UUID.randomUUID().toString())),
        new RecordHeader("ce_source", bytes("/saphan/th-cei")),
        new RecordHeader("ce_type", bytes("org.saphan.alert.AlertIssued")));

    send(new ProducerRecord<>(ALERTS_TO_MM_TCL, null, key, value, headers));
    ConsumerRecord<byte[], byte[]> copy = awaitOn(MM_TCL, "th-cei." + ALERTS_TO_MM_TCL, value);

    assertThat(copy.key()).isEqualTo(key);
    assertThat(copy.value()).isEqualTo(value);
    assertThat(copy.headers().toArray()).containsExactlyElementsOf(headers);
  }

  @Test
  void onceFlowingAHopTakesMilliseconds() {
    List<Long> localMs = sendAndTime(TH_CEI, ALERTS_TO_MM_TCL, 5);
    List<Long> mirroredMs = sendAndTime(MM_TCL, "th-cei." + ALERTS_TO_MM_TCL, 5);
    log.info("Send to arrival, 5 records one after another, in ms: read on th-cei itself {}, read on mm-tcl {}", localMs, mirroredMs);

    // Loose: a hop takes milliseconds; a second would mean something waits (linger, batching, polling).
    assertThat(mirroredMs).allSatisfy(ms -> assertThat(ms).isLessThan(1_000));
  }

  /**
   * Sends {@code count} records to th-cei's alerts for mm-tcl, one after another, each read in
   * {@code topicOnNode} on {@code node} before the next is sent; returns each send-to-arrival time.
   */
  private static List<Long> sendAndTime(NodeId node, String topicOnNode, int count) {
    try (TopicReader reader = new TopicReader(federation.administratorAccess(node))) {
      reader.startAtEnd(topicOnNode);
      List<Long> millis = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        byte[] value = uniquePayload();
        long sent = System.nanoTime();
        send(new ProducerRecord<>(ALERTS_TO_MM_TCL, bytes("alert-" + UUID.randomUUID()), value));
        reader.awaitNext(REPLICATION_TIMEOUT, record -> Arrays.equals(record.value(), value));
        millis.add((System.nanoTime() - sent) / 1_000_000);
      }
      return millis;
    }
  }

  @Test
  void aRecordAddressedToAllArrivesOnEveryPeer() {
    byte[] value = uniquePayload();

    send(new ProducerRecord<>(ALERTS_TO_ALL, bytes("alert-" + UUID.randomUUID()), value));

    assertThat(awaitOn(MM_TCL, "th-cei." + ALERTS_TO_ALL, value).value()).isEqualTo(value);
    assertThat(awaitOn(LA_HXY, "th-cei." + ALERTS_TO_ALL, value).value()).isEqualTo(value);
  }

  @Test
  void aRecordAddressedToMmTclNeverReachesLaHxyInAnyTopic() throws Exception {
    byte[] forMmTclOnly = uniquePayload();
    byte[] forAll = uniquePayload();

    send(new ProducerRecord<>(ALERTS_TO_MM_TCL, bytes("case-" + UUID.randomUUID()), forMmTclOnly));
    send(new ProducerRecord<>(ALERTS_TO_ALL, bytes("alert-" + UUID.randomUUID()), forAll));
    // The mm-tcl record was really replicated (to mm-tcl), and la-hxy has since received later data.
    awaitOn(MM_TCL, "th-cei." + ALERTS_TO_MM_TCL, forMmTclOnly);
    awaitOn(LA_HXY, "th-cei." + ALERTS_TO_ALL, forAll);

    assertThat(topicsOn(LA_HXY)).as("the scan covers internal topics too").contains("__consumer_offsets", "mm2-offsets.th-cei.internal");
    assertThat(ClusterScan.find(federation.administratorAccess(LA_HXY), forAll).hits()).as("la-hxy holds the record addressed to all")
        .isNotEmpty();
    assertThat(ClusterScan.find(federation.administratorAccess(LA_HXY), forMmTclOnly).hits())
        .as("no record on la-hxy carries the mm-tcl payload anywhere").isEmpty();
    // la-hxy's own bcc.mm-tcl.* topics are there (it writes to mm-tcl too); copies addressed to
    // anyone but la-hxy or all must not be.
    assertThat(topicsOn(LA_HXY)).doesNotContain("th-cei." + ALERTS_TO_MM_TCL).noneMatch(topic -> Topics.parse(topic)
        .filter(name -> name.mirroredFrom().isPresent())
        .map(name -> !name.audience().includes(LA_HXY))
        .orElse(false));
  }

  @Test
  void aNodeLocalDeadLetterTopicIsNeverMirrored() throws Exception {
    String deadLetters = Topics.deadLetter(ALERTS_TO_MM_TCL);
    TopicProvisioner.ensure(federation.admin(TH_CEI), deadLetters, TopicSettings.sandbox());
    send(new ProducerRecord<>(deadLetters, bytes("alert-" + UUID.randomUUID()), uniquePayload()));
    // A topic the filter accepts, created after the dead-letter topic: once MirrorMaker 2 has
    // copied it, its topic scan has also seen (and refused) the dead-letter topic. No sleeping.
    String canary = "bcc.mm-tcl.alert.v99";
    TopicProvisioner.ensure(federation.admin(TH_CEI), canary, TopicSettings.sandbox());

    await("MirrorMaker 2 copies " + canary + " to mm-tcl").atMost(REPLICATION_TIMEOUT)
        .until(() -> topicsOn(MM_TCL).contains(MirrorFlows.mirroredTopicName(TH_CEI, canary)));

    assertThat(topicsOn(MM_TCL)).noneMatch(topic -> topic.endsWith(Topics.DEAD_LETTER_SUFFIX));
    assertThat(topicsOn(LA_HXY)).noneMatch(topic -> topic.endsWith(Topics.DEAD_LETTER_SUFFIX));
  }

  @Test
  void stoppedFlowsIntoANodeDeliverWhatWasMissedOnceStartedAgain() {
    federation.stopFlowsInto(LA_HXY);
    byte[] value = uniquePayload();
    try {
      assertThat(federation.flowsIntoAreRunning(LA_HXY)).isFalse();
      send(new ProducerRecord<>(ALERTS_TO_ALL, bytes("alert-" + UUID.randomUUID()), value));
      // mm-tcl's flows still run; la-hxy's link is down.
      awaitOn(MM_TCL, "th-cei." + ALERTS_TO_ALL, value);
      try (TopicReader reader = new TopicReader(federation.administratorAccess(LA_HXY))) {
        List<TopicPartition> partitions = List.of(new TopicPartition("th-cei." + ALERTS_TO_ALL, 0));
        assertThat(reader.readAll(partitions)).noneSatisfy(r -> assertThat(r.value()).isEqualTo(value));
      }
    } finally {
      long restarting = System.nanoTime();
      federation.startFlowsInto(LA_HXY);
      awaitOn(LA_HXY, "th-cei." + ALERTS_TO_ALL, value);
      log.info("Flows into la-hxy restarted and delivered the missed record in {} ms", (System.nanoTime() - restarting) / 1_000_000);
    }
    assertThat(federation.flowsIntoAreRunning(LA_HXY)).isTrue();
  }

  @Test
  void aCutLinkHoldsWhatTheTwoNodesSendEachOtherWhileTheThirdStillReceivesAndDeliversItOnceRestored() {
    federation.cutLink(TH_CEI, MM_TCL);
    byte[] toTachileik = uniquePayload();
    byte[] toAll = uniquePayload();
    try {
      assertThat(federation.flowRuns(TH_CEI, MM_TCL)).isFalse();
      assertThat(federation.flowRuns(MM_TCL, TH_CEI)).isFalse();
      assertThat(federation.flowRuns(TH_CEI, LA_HXY)).as("only the one link is cut").isTrue();
      send(new ProducerRecord<>(ALERTS_TO_MM_TCL, bytes("alert-" + UUID.randomUUID()), toTachileik));
      send(new ProducerRecord<>(ALERTS_TO_ALL, bytes("alert-" + UUID.randomUUID()), toAll));
      // Houayxay's link is up: what is addressed to all reaches it
      awaitOn(LA_HXY, "th-cei." + ALERTS_TO_ALL, toAll);
      try (TopicReader reader = new TopicReader(federation.administratorAccess(MM_TCL))) {
        assertThat(reader.readAll(List.of(new TopicPartition("th-cei." + ALERTS_TO_MM_TCL, 0), new TopicPartition("th-cei." + ALERTS_TO_ALL, 0))))
            .noneSatisfy(r -> assertThat(r.value()).isIn(toTachileik, toAll));
      }
    } finally {
      federation.restoreLink(TH_CEI, MM_TCL);
    }
    awaitOn(MM_TCL, "th-cei." + ALERTS_TO_MM_TCL, toTachileik);
    awaitOn(MM_TCL, "th-cei." + ALERTS_TO_ALL, toAll);
    assertThat(federation.flowRuns(TH_CEI, MM_TCL)).isTrue();
    assertThat(federation.flowRuns(MM_TCL, TH_CEI)).isTrue();
    assertThatThrownBy(() -> federation.cutLink(TH_CEI, TH_CEI)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFederationStartsQuicklyAndReportsItsTimings() {
    StartupTimings timings = federation.startupTimings();
    log.info("Sandbox start-up: {}; first record th-cei -> mm-tcl right after: {} ms", timings, firstReplication.toMillis());

    assertThat(timings.total()).isLessThan(Duration.ofSeconds(60));
    assertThat(firstReplication).isLessThan(REPLICATION_TIMEOUT);
    assertThat(timings.total()).isGreaterThanOrEqualTo(timings.brokers().plus(timings.topics()).plus(timings.mirrorsReady()));
    assertThat(federation.flows()).hasSize(6);
  }

  private static void send(ProducerRecord<byte[], byte[]> record) {
    try {
      thCeiProducer.send(record).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("cannot send to " + record.topic() + " on th-cei", e);
    }
  }

  private static ConsumerRecord<byte[], byte[]> awaitOn(NodeId node, String topic, byte[] value) {
    try (TopicReader reader = new TopicReader(federation.administratorAccess(node))) {
      return reader.awaitRecord(topic, REPLICATION_TIMEOUT, record -> Arrays.equals(record.value(), value));
    }
  }

  private static Set<String> topicsOn(NodeId node) throws ExecutionException, InterruptedException {
    return federation.admin(node).listTopics(new ListTopicsOptions().listInternal(true)).names().get();
  }

  private static byte[] uniquePayload() {
    return bytes("payload-" + UUID.randomUUID());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
