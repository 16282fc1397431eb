package org.saphan.platform.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.saphan.platform.chain.ChainFinding;
import org.saphan.platform.chain.ChainHead;
import org.saphan.platform.chain.ChainedRecord;
import org.saphan.platform.chain.Lane;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.topic.Audience;
import org.saphan.platform.topic.Stream;
import org.saphan.platform.topic.Topics;

/**
 * Follows one peer's lane on this node's cluster, across the lane's mirrored topics of every stream,
 * and verifies it record by record from genesis: what a cosigner needs to say "my copy of your lane
 * stands at the link you signed". Records arrive out of order across topics (MirrorMaker 2 copies
 * each topic on its own); the follower holds them until the chain reaches them, keeping only their
 * hashes. The first finding (a changed or re-chained record, two records claiming one sequence)
 * stops it for good: the lane cannot be vouched for past it.
 *
 * <p>Not thread-safe: one cosigner thread uses it.
 */
final class LaneFollower implements AutoCloseable {

  private final Lane lane;
  private final NodeId self;
  private final Set<String> topics;
  private final KafkaConsumer<String, byte[]> consumer;
  private final TreeMap<Long, ChainedRecord> pending = new TreeMap<>();
  /** Links at the sequences asked for before, so a repeated question has its answer. */
  private final Map<Long, String> answered = new HashMap<>();
  private ChainHead verified;
  private ChainFinding stoppedBy;

  LaneFollower(KafkaAccess kafka, NodeId self, Lane lane) {
    this.lane = lane;
    this.self = self;
    NodeId origin = NodeId.of(lane.origin());
    Audience audience = lane.audience().equals(NodeId.RESERVED_ALL) ? Audience.ALL : Audience.node(NodeId.of(lane.audience()));
    List<String> names = new ArrayList<>();
    for (Stream stream : Stream.values()) {
      if (!stream.isLocal()) {
        names.add(Topics.mirroredCopy(origin, stream, audience));
      }
    }
    this.topics = Set.copyOf(names);
    this.consumer = new KafkaConsumer<>(KafkaDefaults.reader(kafka));
    this.verified = ChainHead.genesis(lane);
  }

  /** Where the lane's link at a sequence stands: the link, or why it cannot be given. */
  record LinkAt(Optional<String> link, String problem) {

    static LinkAt of(String link) {
      return new LinkAt(Optional.of(link), null);
    }

    static LinkAt unverified(String problem) {
      return new LinkAt(Optional.empty(), problem);
    }
  }

  /**
   * The link of the lane's record {@code sequence}, once every record up to it has arrived and
   * verified, waiting up to {@code timeout} for them.
   */
  LinkAt linkAt(long sequence, Duration timeout) {
    if (sequence == 0) {
      return LinkAt.of(ChainHead.genesis(lane).linkHex());
    }
    if (answered.containsKey(sequence)) {
      return LinkAt.of(answered.get(sequence));
    }
    if (sequence < verified.sequence()) {
      return LinkAt.unverified("lane " + lane + " was verified past " + sequence + " before this checkpoint came");
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (stoppedBy == null && verified.sequence() < sequence) {
      advanceTo(sequence);
      if (stoppedBy != null || verified.sequence() >= sequence) {
        break;
      }
      if (System.nanoTime() > deadline) {
        long missing = verified.sequence() + 1;
        return LinkAt.unverified("lane " + lane + " has not received sequence " + missing + " within " + timeout + " (verified up to "
            + verified.sequence() + ", " + pending.size() + " later records waiting)");
      }
      read();
    }
    if (stoppedBy != null) {
      return LinkAt.unverified("lane " + lane + " is not intact: " + stoppedBy);
    }
    answered.put(sequence, verified.linkHex());
    return LinkAt.of(verified.linkHex());
  }

  private void advanceTo(long sequence) {
    while (verified.sequence() < sequence && pending.containsKey(verified.sequence() + 1)) {
      ChainedRecord next = pending.remove(verified.sequence() + 1);
      if (!next.intact()) {
        stoppedBy = new ChainFinding(ChainFinding.Kind.CHANGED, lane, next.sequence(), next.linkHex(), next.recomputedLinkHex(), next.where());
      } else if (!next.previousLinkHex().equals(verified.linkHex())) {
        stoppedBy = new ChainFinding(ChainFinding.Kind.BROKEN, lane, next.sequence(), verified.linkHex(), next.previousLinkHex(), next.where());
      } else {
        verified = new ChainHead(lane, next.sequence(), next.linkHex());
        continue;
      }
      return;
    }
  }

  private void read() {
    assignNewTopics();
    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
      ChainHeaders.chainedRecord(record, self).filter(r -> r.sequence() > verified.sequence()).ifPresent(this::hold);
    }
  }

  private void hold(ChainedRecord record) {
    ChainedRecord held = pending.putIfAbsent(record.sequence(), record);
    if (held != null && !held.sameAs(record)) {
      stoppedBy = new ChainFinding(ChainFinding.Kind.CONFLICT, lane, record.sequence(), held.linkHex(), record.linkHex(),
          held.where() + " vs " + record.where());
    }
  }

  /** Assigns the lane's topics that exist by now (MirrorMaker 2 creates a copy once it sees its source). */
  private void assignNewTopics() {
    Set<TopicPartition> assigned = consumer.assignment();
    if (assigned.stream().map(TopicPartition::topic).distinct().count() == topics.size()) {
      return;
    }
    List<TopicPartition> partitions = new ArrayList<>();
    for (Map.Entry<String, List<PartitionInfo>> topic : consumer.listTopics(Duration.ofSeconds(10)).entrySet()) {
      if (topics.contains(topic.getKey())) {
        topic.getValue().forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
      }
    }
    if (partitions.size() > assigned.size()) {
      List<TopicPartition> added = partitions.stream().filter(p -> !assigned.contains(p)).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(added);
    }
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
