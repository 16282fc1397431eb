package org.saphan.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.saphan.platform.TestEvents;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.serde.EventCodec;
import org.saphan.platform.serde.WriterSchemas;
import org.saphan.platform.signing.KeyRing;
import org.saphan.platform.signing.SigningKey;
import org.saphan.platform.topic.Audience;
import org.saphan.schema.alert.AlertIssued;

/** Every record is signed by its origin for its audience; a receiver refuses what is not, with the reason. */
class EventSignaturesTest {

  private static final SigningKey OLD = SigningKey.generate();
  private static final SigningKey CURRENT = SigningKey.generate();
  private static final KeyRing RING = KeyRing.of(Map.of("th-cei", List.of(OLD.publicKey(), CURRENT.publicKey())));
  private static final byte[] VALUE = "an alert's exact bytes".getBytes(StandardCharsets.UTF_8);

  private static Headers signed(SigningKey key, String audience) {
    Headers headers = new RecordHeaders();
    EventSignatures.sign(headers, key, "th-cei", audience, VALUE);
    return headers;
  }

  private static Optional<String> refusal(Headers headers, String audience, byte[] value) {
    return EventSignatures.check(headers, RING, "th-cei", audience, value).map(EventSignatures.Refusal::reason);
  }

  @Test
  void aSignatureVerifiesForItsOriginAudienceAndBytesAlsoWithAnEarlierKey() {
    assertThat(refusal(signed(CURRENT, "mm-tcl"), "mm-tcl", VALUE)).isEmpty();
    assertThat(refusal(signed(OLD, "mm-tcl"), "mm-tcl", VALUE)).as("signed before a rotation").isEmpty();
  }

  @Test
  void anUnsignedAMovedAChangedAndAnUnlistedRecordAreRefusedWithTheirReasons() {
    assertThat(refusal(new RecordHeaders(), "mm-tcl", VALUE)).contains("UNSIGNED");
    assertThat(refusal(signed(CURRENT, "mm-tcl"), "la-hxy", VALUE)).as("copied into another audience's topic").contains("FORGED_SIGNATURE");
    byte[] changed = VALUE.clone();
    changed[0] ^= 1;
    assertThat(refusal(signed(CURRENT, "mm-tcl"), "mm-tcl", changed)).contains("FORGED_SIGNATURE");
    assertThat(refusal(signed(SigningKey.generate(), "mm-tcl"), "mm-tcl", VALUE)).contains("UNKNOWN_SIGNING_KEY");
    assertThat(EventSignatures.check(signed(CURRENT, "mm-tcl"), RING, "mm-tcl", "th-cei", VALUE)).as("claims another origin")
        .map(EventSignatures.Refusal::reason).contains("UNKNOWN_SIGNING_KEY");
  }

  @Test
  void aNodesConsumersCheckTheTopicsOriginAndANodeWithoutKeysChecksNothing() {
    EventSignatures.Check chiangRai = new EventSignatures.Check(NodeId.of("th-cei"), RING);
    ConsumerRecord<String, byte[]> own = record("bcc.mm-tcl.alert.v1", signed(CURRENT, "mm-tcl"));
    ConsumerRecord<String, byte[]> mirroredUnsigned = record("mm-tcl.bcc.th-cei.alert.v1", new RecordHeaders());

    assertThat(chiangRai.refusal(own)).isEmpty();
    assertThat(chiangRai.refusal(mirroredUnsigned)).map(EventSignatures.Refusal::reason).contains("UNSIGNED");
    assertThat(EventSignatures.Check.NONE.refusal(mirroredUnsigned)).isEmpty();
  }

  private static ConsumerRecord<String, byte[]> record(String topic, Headers headers) {
    return new ConsumerRecord<>(topic, 0, 0, 0L, org.apache.kafka.common.record.TimestampType.CREATE_TIME, 0, VALUE.length, "A-1", VALUE,
        headers, Optional.empty());
  }

  @Test
  void thePublisherSignsEveryRecordAndRefusesAnEventTooLargeBeforeItTakesAPlace() {
    NodeRegistry registry = NodeRegistry.defaults();
    EnvelopeFactory envelopes = TestEvents.envelopes("th-cei");
    MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    EventPublisher publisher = new EventPublisher(registry.require(NodeId.of("th-cei")), registry, producer,
        new EventCodec(WriterSchemas.withCompiledEvents(), Duration.ZERO), envelopes, Optional.of(CURRENT));

    publisher.publish(TestEvents.alert(envelopes, List.of("mm-tcl", "la-hxy")), List.of("mm-tcl", "la-hxy"));

    assertThat(producer.history()).hasSize(3).allSatisfy(sent -> {
      String audience = sent.topic().split("\\.")[1];
      assertThat(EventSignatures.check(sent.headers(), RING, "th-cei", audience, sent.value())).as(sent.topic()).isEmpty();
    });

    long sequence = publisher.chainHead(Audience.node(NodeId.of("mm-tcl"))).sequence();
    AlertIssued huge = AlertIssued.newBuilder(TestEvents.alert(envelopes, List.of("mm-tcl"))).setSender("x".repeat(EventLimits.MAX_EVENT_BYTES))
        .build();
    assertThatThrownBy(() -> publisher.publish(huge, List.of("mm-tcl")))
        .isInstanceOf(EventTooLargeException.class).hasMessageContaining("at most " + EventLimits.MAX_EVENT_BYTES);
    assertThat(publisher.chainHead(Audience.node(NodeId.of("mm-tcl"))).sequence()).isEqualTo(sequence);
    assertThat(producer.history()).extracting(ProducerRecord::topic).hasSize(3);
  }

  @Test
  void anEventTooLargeRefusedAsTheFirstOfItsTypeLeavesNotEvenItsSchemaAnnounced() {
    NodeRegistry registry = NodeRegistry.defaults();
    EnvelopeFactory envelopes = TestEvents.envelopes("th-cei");
    MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    EventPublisher publisher = new EventPublisher(registry.require(NodeId.of("th-cei")), registry, producer,
        new EventCodec(WriterSchemas.withCompiledEvents(), Duration.ZERO), envelopes, Optional.of(CURRENT));
    AlertIssued huge = AlertIssued.newBuilder(TestEvents.alert(envelopes, List.of("mm-tcl"))).setSender("x".repeat(EventLimits.MAX_EVENT_BYTES))
        .build();

    assertThatThrownBy(() -> publisher.publish(huge, List.of("mm-tcl"))).isInstanceOf(EventTooLargeException.class);

    assertThat(producer.history()).as("nothing sent, no schema announced").isEmpty();
  }
}
