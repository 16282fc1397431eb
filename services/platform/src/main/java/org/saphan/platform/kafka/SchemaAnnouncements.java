package org.saphan.platform.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.topic.Audience;
import org.saphan.platform.topic.Stream;
import org.saphan.platform.topic.Topics;

/**
 * The writer schemas a node has already announced: the keys (fingerprints, hex) of its own schema
 * topic, read at start. The publisher announces a schema only if it is not there, so the compacted
 * schema topic holds one announcement per fingerprint and compaction never removes a link of the
 * node's {@code all} lane.
 */
final class SchemaAnnouncements {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private SchemaAnnouncements() {}

  static Set<String> announcedBy(KafkaAccess kafka, NodeId self) {
    Map<String, Object> config = KafkaDefaults.reader(kafka);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
      String topic = Topics.outbound(Stream.SCHEMA, Audience.ALL);
      List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Set<String> fingerprints = new HashSet<>();
      Instant deadline = Instant.now().plus(TIMEOUT);
      while (!ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("cannot read " + topic + " of node " + self + " within " + TIMEOUT);
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
          if (record.key() != null && ChainHeaders.sequence(record.headers()).isPresent()) {
            fingerprints.add(record.key());
          }
        }
      }
      return fingerprints;
    }
  }
}
