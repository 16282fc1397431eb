package org.saphan.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.saphan.platform.audit.LoggedRecord;
import org.saphan.platform.topic.Stream;
import org.saphan.platform.topic.Topics;

/**
 * Reads a node's log as an auditor does: every record of some streams on the node's own cluster
 * (its own topics and those mirrored from its peers), from the beginning up to where each
 * partition ends when the read starts. No consumer group, no committed offset: reading changes
 * nothing on the node.
 */
public final class NodeLog {

  private NodeLog() {}

  /**
   * Every record with its headers (what an export or a chain verification needs).
   *
   * @throws IllegalStateException when the log could not be read to its end within {@code timeout}
   */
  public static List<LoggedRecord> read(KafkaAccess kafka, Collection<Stream> streams, Duration timeout) {
    return read(kafka, streams, timeout, true);
  }

  /**
   * Every record without its headers (an empty map): for rebuilding views, which read only the
   * values, without copying every record's headers.
   */
  public static List<LoggedRecord> readValues(KafkaAccess kafka, Collection<Stream> streams, Duration timeout) {
    return read(kafka, streams, timeout, false);
  }

  /**
   * Every record, with its headers, of the topics on the node's cluster whose names {@code topics}
   * accepts, e.g. a dead-letter topic an operator inspects; none if no such topic exists.
   */
  public static List<LoggedRecord> readTopics(KafkaAccess kafka, Predicate<String> topics, Duration timeout) {
    return read(kafka, topics, timeout, true);
  }

  private static List<LoggedRecord> read(KafkaAccess kafka, Collection<Stream> streams, Duration timeout, boolean withHeaders) {
    return read(kafka, t -> streams.stream().anyMatch(s -> Topics.streamPattern(s).matcher(t).matches()), timeout, withHeaders);
  }

  private static List<LoggedRecord> read(KafkaAccess kafka, Predicate<String> topics, Duration timeout, boolean withHeaders) {
    List<TopicPartition> partitions = partitionsOf(kafka, topics);
    Map<String, Object> config = KafkaDefaults.reader(kafka);
    List<LoggedRecord> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read the log of " + kafka.bootstrapServers() + " to its end within " + timeout);
        }
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if (r.offset() < ends.get(new TopicPartition(r.topic(), r.partition()))) {
            records.add(logged(r, withHeaders));
          }
        }
      }
    }
    return records;
  }

  private static List<TopicPartition> partitionsOf(KafkaAccess kafka, Predicate<String> accepted) {
    try (Admin admin = Admin.create(KafkaDefaults.admin(kafka))) {
      List<String> topics = admin.listTopics().names().get().stream()
          .filter(accepted)
          .sorted()
          .toList();
      List<TopicPartition> partitions = new ArrayList<>();
      admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) ->
          description.partitions().forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
      return partitions;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("could not list the topics of " + kafka.bootstrapServers() + ": " + e.getCause().getMessage(), e.getCause());
    }
  }

  private static LoggedRecord logged(ConsumerRecord<String, byte[]> r, boolean withHeaders) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (withHeaders) {
      for (Header h : r.headers()) {
        // A header without a value (a raw producer may write one) reads as empty: the map holds no nulls.
        headers.put(h.key(), h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
      }
    }
    return new LoggedRecord(r.topic(), r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()), r.key(),
        r.value() == null ? new byte[0] : r.value(), headers);
  }
}
