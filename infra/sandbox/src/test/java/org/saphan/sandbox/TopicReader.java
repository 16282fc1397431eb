package org.saphan.sandbox;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.saphan.platform.kafka.KafkaAccess;
import org.saphan.platform.kafka.KafkaDefaults;

/** Reads topics of one node's cluster by assigning partitions directly: no group, no commits. */
final class TopicReader implements AutoCloseable {

  private final KafkaConsumer<byte[], byte[]> consumer;

  TopicReader(KafkaAccess kafka) {
    Map<String, Object> config = KafkaDefaults.consumer(kafka, "sandbox-test-" + UUID.randomUUID());
    // Raw bytes, and everything in the log, so nothing can hide from the checks.
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    this.consumer = new KafkaConsumer<>(config);
  }

  /** Waits until a record matching {@code wanted} is in {@code topic}; reads from the beginning. */
  ConsumerRecord<byte[], byte[]> awaitRecord(String topic, Duration timeout, Predicate<ConsumerRecord<byte[], byte[]>> wanted) {
    List<TopicPartition> partitions = partitionsOf(topic);
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    return awaitNext(timeout, wanted);
  }

  /** Positions the reader at the current end of {@code topic}: only records written later are read. */
  void startAtEnd(String topic) {
    List<TopicPartition> partitions = partitionsOf(topic);
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position); // resolve the end now, not at the first poll
  }

  /** Waits until a record matching {@code wanted} arrives after the reader's current position. */
  ConsumerRecord<byte[], byte[]> awaitNext(Duration timeout, Predicate<ConsumerRecord<byte[], byte[]>> wanted) {
    AtomicReference<ConsumerRecord<byte[], byte[]>> found = new AtomicReference<>();
    await("a matching record in " + consumer.assignment()).atMost(timeout).pollInterval(Duration.ZERO).pollInSameThread().until(() -> {
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(20))) {
        if (wanted.test(record)) {
          found.compareAndSet(null, record);
        }
      }
      return found.get() != null;
    });
    return found.get();
  }

  List<TopicPartition> partitionsOf(String topic) {
    return consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
  }

  /** Every record in {@code partitions}, from the beginning to the end offsets of when it is called. */
  List<ConsumerRecord<byte[], byte[]>> readAll(List<TopicPartition> partitions) {
    Map<TopicPartition, Long> endOffsets = consumer.endOffsets(partitions, Duration.ofSeconds(10));
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    await("reading " + partitions.size() + " partitions to their end").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ZERO)
        .pollInSameThread().until(() -> {
          consumer.poll(Duration.ofMillis(50)).forEach(records::add);
          return endOffsets.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
        });
    return records;
  }

  @Override
  public void close() {
    consumer.close();
  }
}
