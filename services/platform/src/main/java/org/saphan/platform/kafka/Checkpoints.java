package org.saphan.platform.kafka;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.saphan.platform.audit.CheckpointEvents;
import org.saphan.platform.chain.ChainHead;
import org.saphan.platform.chain.Checkpoint;
import org.saphan.platform.chain.Lane;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.envelope.EventType;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.signing.KeyRing;
import org.saphan.platform.signing.SigningKey;
import org.saphan.platform.signing.Statements;
import org.saphan.platform.topic.Audience;
import org.saphan.platform.validation.RejectedEventException;
import org.saphan.schema.checkpoint.ChainCheckpointed;
import org.saphan.schema.checkpoint.ChainCosigned;
import org.saphan.schema.common.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signed checkpoints of this node's lanes, and cosignatures of its peers' checkpoints.
 *
 * <p><b>Checkpoints.</b> For each of its outbound lanes (to {@code all} and to each peer) that
 * carried anything but checkpoints and cosignatures since its last checkpoint, the node signs "my lane stands at sequence n with link l" with its
 * Ed25519 key and publishes it on the checkpoint stream to the lane's own audience, as the very next
 * record of that lane ({@link EventPublisher#publishAfterHead}): periodically and on request.
 *
 * <p><b>Cosignatures.</b> When a peer's checkpoint arrives, the node checks the signature against
 * the registry's keys, follows the peer's lane on its own cluster up to the checkpointed sequence
 * ({@link LaneFollower}), and, if its own copy has the same link, signs "I, too, have your lane at
 * n with link l" and sends it back: to {@code all} for a lane to all, else to the origin. A forged
 * checkpoint, or one its copy of the lane contradicts or cannot reach in time, goes to the
 * dead-letter topic with the reason and is not cosigned.
 */
public final class Checkpoints implements EventHandler, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);
  private static final EventType CHECKPOINTED = EventType.of(ChainCheckpointed.getClassSchema());
  /** Who signs: the node itself, not an officer. */
  static final String SIGNER = "saphan-platform";

  private final Node self;
  private final List<NodeId> peers;
  private final SigningKey key;
  private final KeyRing ring;
  private final EventPublisher publisher;
  private final EnvelopeFactory envelopes;
  private final KafkaAccess kafka;
  private final Duration laneArrivalTimeout;
  /** The sequence of this node's last checkpoint record in each lane: a lane that has not moved since is not checkpointed again. */
  private final Map<Lane, Long> lastCheckpointRecord = new ConcurrentHashMap<>();
  private final Map<Lane, LaneFollower> followers = new HashMap<>();
  private ScheduledExecutorService schedule;

  Checkpoints(Node self, List<NodeId> peers, SigningKey key, KeyRing ring, EventPublisher publisher, EnvelopeFactory envelopes,
      KafkaAccess kafka, Duration laneArrivalTimeout) {
    this.self = self;
    this.peers = List.copyOf(peers);
    this.key = key;
    this.ring = ring;
    this.publisher = publisher;
    this.envelopes = envelopes;
    this.kafka = kafka;
    this.laneArrivalTimeout = laneArrivalTimeout;
  }

  /** Checkpoints every lane that moved, every {@code interval}, from now on. */
  void every(Duration interval) {
    schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "saphan-" + self.id() + "-checkpoints");
      thread.setDaemon(true);
      return thread;
    });
    schedule.scheduleWithFixedDelay(() -> {
      try {
        checkpointNow();
      } catch (RuntimeException e) {
        log.warn("checkpoints of node {} not published: {}", self.id(), e.toString());
      }
    }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Checkpoints, now, every outbound lane that carried anything but checkpoints and cosignatures
   * since its last checkpoint; returns what was published. Checkpoints and cosignatures alone do
   * not call for a checkpoint, or the nodes would checkpoint each other's cosignatures forever (the
   * next checkpoint covers them); a schema announcement does, as any other record.
   */
  public synchronized List<PublishedEvent> checkpointNow() {
    List<Audience> audiences = new ArrayList<>();
    audiences.add(Audience.ALL);
    peers.forEach(peer -> audiences.add(Audience.node(peer)));
    List<PublishedEvent> published = new ArrayList<>();
    for (Audience audience : audiences) {
      Lane lane = new Lane(self.id().value(), audience.token());
      if (!publisher.movedBesideCheckpointsAfter(audience, lastCheckpointRecord.getOrDefault(lane, 0L))) {
        continue; // nothing new but checkpoints and cosignatures: else nodes would checkpoint each other's cosignatures forever
      }
      published.add(publisher.publishAfterHead(CHECKPOINTED, audience, after -> {
        lastCheckpointRecord.put(lane, after.sequence() + 1); // the checkpoint's own place in the lane
        return checkpointOf(after);
      }));
    }
    return published;
  }

  private ChainCheckpointed checkpointOf(ChainHead head) {
    Lane lane = head.lane();
    byte[] signature = key.sign(Statements.checkpoint(lane.origin(), lane.audience(), head.sequence(), head.linkHex()));
    return ChainCheckpointed.newBuilder()
        .setEnvelope(envelopes.envelope(ChainCheckpointed.getClassSchema(), lane.toString(), head.sequence() + 1, SIGNER, Role.SYSTEM,
            Causation.start()))
        .setLaneAudience(lane.audience())
        .setSequence(head.sequence())
        .setLinkSha256(head.linkHex())
        .setKeyId(key.keyId())
        .setSignature(ByteBuffer.wrap(signature))
        .build();
  }

  /** Cosigns a peer's checkpoint received on the checkpoint stream, or rejects it with the reason. */
  @Override
  public void handle(ReceivedEvent received) {
    if (!(received.event() instanceof ChainCheckpointed event) || received.envelope().origin().equals(self.id().value())) {
      return; // cosignatures and this node's own checkpoints are read by verifiers, not cosigned
    }
    Checkpoint checkpoint = CheckpointEvents.checkpoint(event, received.topic() + "-" + received.partition() + "@" + received.offset());
    Lane lane = checkpoint.lane();
    if (!lane.audience().equals(Audience.ALL.token()) && !lane.audience().equals(self.id().value())) {
      throw new RejectedEventException("CHECKPOINT_MISADDRESSED", "checkpoint of lane " + lane + " reached node " + self.id());
    }
    KeyRing.Verdict verdict = checkpoint.verdict(ring);
    if (verdict != KeyRing.Verdict.VALID) {
      throw new RejectedEventException("FORGED_CHECKPOINT", "checkpoint of lane " + lane + " at " + checkpoint.sequence() + " claims key "
          + checkpoint.keyId() + " of " + lane.origin() + ": " + verdict.reason());
    }
    LaneFollower.LinkAt own = followers.computeIfAbsent(lane, l -> new LaneFollower(kafka, self.id(), l))
        .linkAt(checkpoint.sequence(), laneArrivalTimeout);
    if (own.link().isEmpty()) {
      throw new RejectedEventException("CHECKPOINT_UNVERIFIED", "checkpoint of lane " + lane + " at " + checkpoint.sequence()
          + " not cosigned: " + own.problem());
    }
    if (!own.link().get().equals(checkpoint.linkHex())) {
      throw new RejectedEventException("CHECKPOINT_MISMATCH", "checkpoint of lane " + lane + " at " + checkpoint.sequence() + " states link "
          + checkpoint.linkHex() + " but this node's copy has " + own.link().get());
    }
    publisher.publish(cosignatureOf(checkpoint, received.envelope()), List.of(lane.audience().equals(Audience.ALL.token())
        ? Audience.ALL.token() : lane.origin()));
  }

  private ChainCosigned cosignatureOf(Checkpoint checkpoint, EnvelopeView checkpointEnvelope) {
    Lane lane = checkpoint.lane();
    byte[] signature = key.sign(Statements.cosignature(self.id().value(), lane.origin(), lane.audience(), checkpoint.sequence(),
        checkpoint.linkHex()));
    return ChainCosigned.newBuilder()
        .setEnvelope(envelopes.envelope(ChainCosigned.getClassSchema(), lane.toString(), checkpoint.sequence() + 1, SIGNER, Role.SYSTEM,
            Causation.after(checkpointEnvelope), EnvelopeFactory.derivedEventId(checkpoint.eventId(), "cosigned", self.id().value())))
        .setLaneOrigin(lane.origin())
        .setLaneAudience(lane.audience())
        .setSequence(checkpoint.sequence())
        .setLinkSha256(checkpoint.linkHex())
        .setCheckpointEventId(checkpoint.eventId())
        .setKeyId(key.keyId())
        .setSignature(ByteBuffer.wrap(signature))
        .build();
  }

  @Override
  public void close() {
    if (schedule != null) {
      schedule.shutdownNow();
    }
    // The cosigning subscriber has stopped by now (the node closes its subscribers first).
    followers.values().forEach(LaneFollower::close);
  }
}
