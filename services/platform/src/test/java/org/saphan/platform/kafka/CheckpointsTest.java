package org.saphan.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.saphan.platform.TestEvents;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.serde.EventCodec;
import org.saphan.platform.serde.WriterSchemas;
import org.saphan.platform.signing.KeyRing;
import org.saphan.platform.signing.SigningKey;
import org.saphan.platform.signing.Statements;
import org.saphan.platform.validation.RejectedEventException;
import org.saphan.schema.checkpoint.ChainCheckpointed;
import org.saphan.schema.common.Role;

/** A cosigner refuses, with the reason, a checkpoint it must not vouch for, before following any lane. */
class CheckpointsTest {

  private static final SigningKey CHIANG_RAI = SigningKey.generate();
  private static final SigningKey TACHILEIK = SigningKey.generate();
  private static final KeyRing RING = KeyRing.of(Map.of("th-cei", List.of(CHIANG_RAI.publicKey()), "mm-tcl", List.of(TACHILEIK.publicKey())));

  private final NodeRegistry registry = NodeRegistry.defaults();
  private final MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
  private final EnvelopeFactory tachileikEnvelopes = TestEvents.envelopes("mm-tcl");
  private final Checkpoints tachileik = new Checkpoints(registry.require(NodeId.of("mm-tcl")), List.of(NodeId.of("th-cei"), NodeId.of("la-hxy")),
      TACHILEIK, RING, new EventPublisher(registry.require(NodeId.of("mm-tcl")), registry, producer,
          new EventCodec(WriterSchemas.withCompiledEvents(), Duration.ZERO), tachileikEnvelopes, Optional.of(TACHILEIK)),
      tachileikEnvelopes, KafkaAccess.plaintext("localhost:1"), Duration.ofSeconds(1));

  private static ReceivedEvent received(ChainCheckpointed checkpoint) {
    return new ReceivedEvent("th-cei.bcc." + checkpoint.getLaneAudience() + ".checkpoint.v1", 0, 7, checkpoint, EnvelopeView.of(checkpoint),
        Optional.of(NodeId.of("th-cei")), Map.of());
  }

  private static ChainCheckpointed checkpoint(String audience, SigningKey signer) {
    String link = "ab".repeat(32);
    return ChainCheckpointed.newBuilder()
        .setEnvelope(TestEvents.envelopes("th-cei").envelope(ChainCheckpointed.getClassSchema(), "th-cei>" + audience, 5, "saphan-platform",
            Role.SYSTEM, Causation.start()))
        .setLaneAudience(audience).setSequence(4).setLinkSha256(link).setKeyId(CHIANG_RAI.keyId())
        .setSignature(ByteBuffer.wrap(signer.sign(Statements.checkpoint("th-cei", audience, 4, link))))
        .build();
  }

  @Test
  void aCheckpointSignedWithAnotherKeyIsRefusedAsForgedAndNothingIsCosigned() {
    assertThatThrownBy(() -> tachileik.handle(received(checkpoint("mm-tcl", SigningKey.generate()))))
        .isInstanceOfSatisfying(RejectedEventException.class, e -> assertThat(e.reason()).isEqualTo("FORGED_CHECKPOINT"))
        .hasMessageContaining("th-cei>mm-tcl").hasMessageContaining(CHIANG_RAI.keyId());
    assertThat(producer.history()).isEmpty();
  }

  @Test
  void aCheckpointOfALaneAddressedToAnotherNodeIsRefusedAsMisaddressed() {
    assertThatThrownBy(() -> tachileik.handle(received(checkpoint("la-hxy", CHIANG_RAI))))
        .isInstanceOfSatisfying(RejectedEventException.class, e -> assertThat(e.reason()).isEqualTo("CHECKPOINT_MISADDRESSED"));
    assertThat(producer.history()).isEmpty();
  }
}
