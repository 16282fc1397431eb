package org.saphan.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.saphan.platform.TestEvents;
import org.saphan.platform.chain.ChainHead;
import org.saphan.platform.chain.ChainReport;
import org.saphan.platform.chain.ChainVerifier;
import org.saphan.platform.chain.ChainedRecord;
import org.saphan.platform.chain.Lane;
import java.nio.ByteBuffer;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.envelope.EventType;
import org.saphan.schema.checkpoint.ChainCheckpointed;
import org.saphan.schema.common.Role;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.serde.EventCodec;
import org.saphan.platform.serde.WriterSchemas;
import org.saphan.platform.topic.Audience;

/** The publisher stamps every record with its link in the lane of its audience, and stops a lane that lost a record. */
class EventPublisherChainTest {

  private static final NodeId CHIANG_RAI = NodeId.of("th-cei");
  private static final Lane TO_MM_TCL = new Lane("th-cei", "mm-tcl");
  private static final Lane TO_ALL = new Lane("th-cei", "all");

  private final NodeRegistry registry = NodeRegistry.defaults();
  private final EnvelopeFactory envelopes = TestEvents.envelopes("th-cei");

  private EventPublisher publisher(MockProducer<String, byte[]> producer) {
    return new EventPublisher(registry.require(CHIANG_RAI), registry, producer,
        new EventCodec(WriterSchemas.withCompiledEvents(), Duration.ZERO), envelopes);
  }

  private static MockProducer<String, byte[]> producer(boolean autoComplete) {
    return new MockProducer<>(autoComplete, null, new StringSerializer(), new ByteArraySerializer());
  }

  @Test
  void everyRecordCarriesTheNextLinkOfItsAudiencesLaneSchemaAnnouncementsIncluded() {
    MockProducer<String, byte[]> producer = producer(true);
    EventPublisher publisher = publisher(producer);

    publisher.publish(TestEvents.alert(envelopes, List.of("mm-tcl")), List.of("mm-tcl"));
    publisher.publish(TestEvents.alert(envelopes, List.of("all")), List.of("all"));
    publisher.publish(TestEvents.alert(envelopes, List.of("mm-tcl", "la-hxy")), List.of("mm-tcl", "la-hxy"));

    List<ChainedRecord> records = chained(producer.history());
    assertThat(records).extracting(r -> r.lane() + "#" + r.sequence())
        .containsExactly("th-cei>all#1", "th-cei>mm-tcl#1", "th-cei>all#2", "th-cei>mm-tcl#2", "th-cei>la-hxy#1");
    assertThat(producer.history().get(0).topic()).as("the schema announcement is the first of the all lane").isEqualTo("bcc.all.schema.v1");
    ChainReport report = ChainVerifier.verify(records);
    assertThat(report.findings()).isEmpty();
    assertThat(publisher.chainHead(Audience.node(NodeId.of("mm-tcl"))))
        .isEqualTo(report.lanes().stream().filter(l -> l.lane().equals(TO_MM_TCL)).findFirst().orElseThrow().head());
  }

  @Test
  void aResumedPublisherContinuesAfterTheHeadItWasGiven() {
    MockProducer<String, byte[]> producer = producer(true);
    EventPublisher publisher = publisher(producer);
    ChainHead head = new ChainHead(TO_MM_TCL, 41, "ab".repeat(32));
    publisher.resume(Map.of(TO_MM_TCL, head), Set.of());

    publisher.publish(TestEvents.alert(envelopes, List.of("mm-tcl")), List.of("mm-tcl"));

    ChainedRecord record = chained(producer.history()).get(1);
    assertThat(record.sequence()).isEqualTo(42);
    assertThat(record.previousLinkHex()).isEqualTo(head.linkHex());
    assertThat(ChainVerifier.verify(List.of(record), Map.of(TO_MM_TCL, head)).findings()).isEmpty();
  }

  @Test
  void aRecordTheClusterDidNotAcknowledgeStopsItsLaneButNotTheOthers() throws Exception {
    MockProducer<String, byte[]> producer = producer(false);
    EventPublisher publisher = publisher(producer);
    CompletableFuture<CompletableFuture<List<PublishedEvent>>> first = CompletableFuture.supplyAsync(
        () -> publisher.publishAsync(TestEvents.alert(envelopes, List.of("mm-tcl")), List.of("mm-tcl")));
    awaitUntil(() -> producer.history().size() == 1);
    producer.completeNext(); // the schema announcement
    awaitUntil(() -> producer.history().size() == 2);
    producer.errorNext(new IllegalStateException("broker gone"));

    assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS).join()).hasRootCauseMessage("broker gone");
    assertThatThrownBy(() -> publisher.publishAsync(TestEvents.alert(envelopes, List.of("mm-tcl")), List.of("la-hxy", "mm-tcl")))
        .isInstanceOf(ChainLaneStoppedException.class)
        .hasMessageStartingWith("lane th-cei>mm-tcl stopped at sequence 1: the cluster did not acknowledge it")
        .hasMessageContaining("restart the node");
    assertThat(producer.history()).as("nothing is sent while a lane of the event stopped").hasSize(2);

    CompletableFuture<List<PublishedEvent>> toAll = publisher.publishAsync(TestEvents.alert(envelopes, List.of("all")), List.of("all"));
    producer.completeNext();
    assertThat(toAll.get(10, TimeUnit.SECONDS)).hasSize(1);
    assertThat(chained(producer.history()).get(2)).extracting(ChainedRecord::lane, ChainedRecord::sequence).containsExactly(TO_ALL, 2L);
  }

  /** The records as a receiver would read them from th-cei's cluster. */
  private static List<ChainedRecord> chained(List<ProducerRecord<String, byte[]>> sent) {
    List<ChainedRecord> records = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      ProducerRecord<String, byte[]> record = sent.get(i);
      ConsumerRecord<String, byte[]> read = new ConsumerRecord<>(record.topic(), 0, i, 0L, null, 0, 0, record.key(), record.value(),
          record.headers(), Optional.empty());
      records.add(ChainHeaders.chainedRecord(read, CHIANG_RAI).orElseThrow());
    }
    return records;
  }

  private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  @Test
  void anEventPublishedAfterTheHeadStatesTheHeadItFollowsAndAnotherNodesEventIsRefused() {
    MockProducer<String, byte[]> producer = producer(true);
    EventPublisher publisher = publisher(producer);
    publisher.publish(TestEvents.alert(envelopes, List.of("mm-tcl")), List.of("mm-tcl"));
    ChainHead before = publisher.chainHead(Audience.node(NodeId.of("mm-tcl")));
    List<ChainHead> given = new ArrayList<>();
    EventType type = EventType.of(ChainCheckpointed.getClassSchema());

    publisher.publishAfterHead(type, Audience.node(NodeId.of("mm-tcl")), head -> {
      given.add(head);
      return ChainCheckpointed.newBuilder()
          .setEnvelope(envelopes.envelope(ChainCheckpointed.getClassSchema(), head.lane().toString(), head.sequence() + 1, "saphan-platform",
              Role.SYSTEM, Causation.start()))
          .setLaneAudience("mm-tcl").setSequence(head.sequence()).setLinkSha256(head.linkHex()).setKeyId("k").setSignature(ByteBuffer.allocate(0))
          .build();
    });

    assertThat(given).containsExactly(before);
    List<ChainedRecord> records = chained(producer.history());
    ChainedRecord checkpoint = records.get(records.size() - 1);
    assertThat(producer.history().get(producer.history().size() - 1).topic()).isEqualTo("bcc.mm-tcl.checkpoint.v1");
    assertThat(checkpoint.lane()).isEqualTo(TO_MM_TCL);
    assertThat(checkpoint.sequence()).isEqualTo(before.sequence() + 1);
    assertThat(checkpoint.previousLinkHex()).isEqualTo(before.linkHex());
    assertThat(ChainVerifier.verify(records).findings()).isEmpty();

    EnvelopeFactory tachileik = TestEvents.envelopes("mm-tcl");
    assertThatThrownBy(() -> publisher.publishAfterHead(type, Audience.node(NodeId.of("mm-tcl")), head -> ChainCheckpointed.newBuilder()
        .setEnvelope(tachileik.envelope(ChainCheckpointed.getClassSchema(), "x", 1, "saphan-platform", Role.SYSTEM, Causation.start()))
        .setLaneAudience("mm-tcl").setSequence(0).setLinkSha256("").setKeyId("k").setSignature(ByteBuffer.allocate(0)).build()))
        .hasMessageContaining("publishes only its own events");
    assertThat(publisher.chainHead(Audience.node(NodeId.of("mm-tcl"))).sequence()).as("the refused event took no place in the lane")
        .isEqualTo(before.sequence() + 1);
  }
}
