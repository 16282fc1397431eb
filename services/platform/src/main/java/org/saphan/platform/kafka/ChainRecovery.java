package org.saphan.platform.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.saphan.platform.chain.ChainHead;
import org.saphan.platform.chain.Lane;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.topic.Topics;

/**
 * Reads the heads of a node's outbound lanes back from its own cluster, so a restarted node
 * continues each chain with no gap and no reuse. A lane's head is the record with the highest
 * {@link ChainHeaders#SEQUENCE} among the last chained record of every partition of every outbound
 * topic of that audience (all streams). Records without chain headers (written before chains) are
 * skipped: the reader steps back past them. A lane with no chained record starts at genesis.
 */
final class ChainRecovery {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  /** How far back one step reads once the last record of a partition turned out to be unchained. */
  private static final int STEP_BACK = 500;

  private ChainRecovery() {}

  static Map<Lane, ChainHead> heads(KafkaAccess kafka, NodeId self, NodeRegistry registry) {
    Map<String, Object> config = KafkaDefaults.reader(kafka);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : Topics.outboundTopicsOf(self, registry)) {
        consumer.partitionsFor(topic, TIMEOUT).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
      }
      Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, TIMEOUT);
      Map<TopicPartition, Long> upper = new HashMap<>();
      consumer.endOffsets(partitions, TIMEOUT).forEach((partition, end) -> {
        if (end > beginnings.get(partition)) {
          upper.put(partition, end);
        }
      });
      Map<Lane, ChainHead> heads = new HashMap<>();
      int window = 1;
      while (!upper.isEmpty()) {
        int step = window;
        Map<TopicPartition, Long> lower = new HashMap<>();
        upper.forEach((partition, end) -> lower.put(partition, Math.max(beginnings.get(partition), end - step)));
        Map<TopicPartition, ChainHead> found = lastChained(consumer, lower, upper, self);
        found.values().forEach(head -> heads.merge(head.lane(), head, (a, b) -> a.sequence() >= b.sequence() ? a : b));
        for (TopicPartition partition : List.copyOf(upper.keySet())) {
          if (found.containsKey(partition) || lower.get(partition).equals(beginnings.get(partition))) {
            upper.remove(partition);
          } else {
            upper.put(partition, lower.get(partition));
          }
        }
        window = STEP_BACK;
      }
      return heads;
    }
  }

  /** Per partition, the chained record with the highest sequence in {@code [lower, upper)}, if any. */
  private static Map<TopicPartition, ChainHead> lastChained(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> lower,
      Map<TopicPartition, Long> upper, NodeId self) {
    consumer.assign(lower.keySet());
    lower.forEach(consumer::seek);
    Map<TopicPartition, ChainHead> found = new HashMap<>();
    Instant deadline = Instant.now().plus(TIMEOUT);
    while (!upper.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("cannot read the chain heads of node " + self + " back from its cluster within " + TIMEOUT);
      }
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        if (record.offset() < upper.get(partition)) {
          ChainHeaders.chainedRecord(record, self)
              .map(r -> new ChainHead(r.lane(), r.sequence(), r.linkHex()))
              .ifPresent(head -> found.merge(partition, head, (a, b) -> a.sequence() >= b.sequence() ? a : b));
        }
      }
    }
    return found;
  }
}
