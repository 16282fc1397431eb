package org.saphan.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.saphan.platform.topic.Topics;

/**
 * Parks a record that could not be processed in the node-local topic {@code <topic>-dlt}: the
 * original key, value and headers untouched, plus why. The record is written (and acknowledged)
 * before the consumer commits past it, so nothing accepted is lost. Dead-letter topics never leave
 * the node (the replication filter does not match them).
 */
public final class DeadLetters {

  public static final String REASON = "saphan_dlt_reason";
  public static final String DETAIL = "saphan_dlt_detail";
  public static final String SOURCE_TOPIC = "saphan_dlt_topic";
  public static final String SOURCE_PARTITION = "saphan_dlt_partition";
  public static final String SOURCE_OFFSET = "saphan_dlt_offset";
  public static final String AT = "saphan_dlt_at";

  private final Producer<String, byte[]> producer;
  private final Admin admin;
  private final TopicSettings topicSettings;
  private final Clock clock;
  private final Set<String> knownTopics = ConcurrentHashMap.newKeySet();

  public DeadLetters(Producer<String, byte[]> producer, Admin admin, TopicSettings topicSettings, Clock clock) {
    this.producer = producer;
    this.admin = admin;
    this.topicSettings = topicSettings;
    this.clock = clock;
  }

  /** Writes the record to its dead-letter topic and waits for the acknowledgement. */
  public void park(ConsumerRecord<String, byte[]> record, String reason, String detail) {
    String topic = Topics.deadLetter(record.topic());
    if (knownTopics.add(topic)) {
      TopicProvisioner.ensure(admin, topic, topicSettings);
    }
    ProducerRecord<String, byte[]> parked = new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers());
    parked.headers()
        .add(REASON, bytes(reason))
        .add(DETAIL, bytes(detail == null ? "" : detail))
        .add(SOURCE_TOPIC, bytes(record.topic()))
        .add(SOURCE_PARTITION, bytes(Integer.toString(record.partition())))
        .add(SOURCE_OFFSET, bytes(Long.toString(record.offset())))
        .add(AT, bytes(clock.instant().toString()));
    try {
      producer.send(parked).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parking a record in " + topic, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot write dead-letter record to " + topic + ": " + e.getCause().getMessage(), e.getCause());
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
