package org.saphan.platform.kafka;

import org.saphan.platform.validation.RejectedEventException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.serde.CloudEventsHeaders;
import org.saphan.platform.serde.EventCodec;
import org.saphan.platform.serde.UndecodableEventException;
import org.saphan.platform.topic.Stream;
import org.saphan.platform.topic.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes every topic of one stream on a node's cluster (its own and those mirrored from peers),
 * decodes each event and hands it to a handler. A record that cannot be decoded, is attributed to
 * the wrong node, or is rejected by the handler goes to the dead-letter topic with its reason, and
 * consumption goes on. Offsets are committed after a batch is handled or parked.
 */
public final class StreamSubscriber implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(StreamSubscriber.class);

  private final Consumer<String, byte[]> consumer;
  private final EventCodec codec;
  private final DeadLetters deadLetters;
  private final EventHandler handler;
  private final Thread thread;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicLong handled = new AtomicLong();
  private final AtomicLong parked = new AtomicLong();
  private volatile boolean running = true;
  private final CompletableFuture<Void> caughtUp = new CompletableFuture<>();
  private final EventSignatures.Check signatures;
  private final Map<TopicPartition, Long> catchUpTargets = new HashMap<>();

  private StreamSubscriber(String name, Consumer<String, byte[]> consumer, Stream stream, EventCodec codec,
      EventSignatures.Check signatures, DeadLetters deadLetters, EventHandler handler) {
    this.consumer = consumer;
    this.codec = codec;
    this.signatures = signatures;
    this.deadLetters = deadLetters;
    this.handler = handler;
    consumer.subscribe(Topics.streamPattern(stream), new ConsumerRebalanceListener() {
      @Override
      public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        // What was in the log when this subscriber joined: reaching it means the view has caught up.
        if (!caughtUp.isDone()) {
          catchUpTargets.putAll(consumer.endOffsets(partitions));
        }
      }

      @Override
      public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}
    });
    this.thread = new Thread(this::run, name);
    this.thread.setDaemon(true);
  }

  /**
   * Starts consuming {@code stream} on the cluster reached through {@code kafka} in consumer group
   * {@code groupId} (one group per view: each view sees every event once), accepting only records
   * {@code signatures} accepts (signed by their origin with a key of the registry); the others go
   * to the dead-letter topic with the reason, before they are decoded.
   */
  public static StreamSubscriber start(KafkaAccess kafka, String groupId, Stream stream, EventCodec codec,
      EventSignatures.Check signatures, DeadLetters deadLetters, EventHandler handler) {
    KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(KafkaDefaults.consumer(kafka, groupId));
    StreamSubscriber subscriber = new StreamSubscriber("saphan-" + groupId, consumer, stream, codec, signatures, deadLetters, handler);
    subscriber.thread.start();
    return subscriber;
  }

  private void run() {
    try {
      while (running) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
        for (ConsumerRecord<String, byte[]> record : records) {
          process(record);
        }
        if (!records.isEmpty()) {
          consumer.commitSync();
        }
        checkCaughtUp();
      }
    } catch (WakeupException e) {
      // close() woke the consumer up
    } catch (RuntimeException e) {
      log.error("subscriber {} stopped: {}", thread.getName(), e.toString(), e);
    } finally {
      consumer.close(Duration.ofSeconds(5));
      stopped.countDown();
    }
  }

  private void checkCaughtUp() {
    if (caughtUp.isDone() || catchUpTargets.isEmpty()) {
      return;
    }
    boolean reached = catchUpTargets.entrySet().stream()
        .allMatch(t -> !consumer.assignment().contains(t.getKey()) || consumer.position(t.getKey()) >= t.getValue());
    if (reached) {
      caughtUp.complete(null);
    }
  }

  /**
   * Completes once every record that was in the subscribed topics when this subscriber joined has
   * been handled: a view rebuilt from the log is then as current as the log was at start-up.
   */
  public CompletableFuture<Void> caughtUp() {
    return caughtUp;
  }

  private void process(ConsumerRecord<String, byte[]> record) {
    Optional<NodeId> mirroredFrom = Topics.parse(record.topic()).flatMap(Topics.TopicName::mirroredFrom);
    if (record.value() != null && record.value().length > EventLimits.MAX_EVENT_BYTES) {
      park(record, "TOO_LARGE", "the record holds " + record.value().length + " bytes; events are at most " + EventLimits.MAX_EVENT_BYTES);
      return;
    }
    // Before decoding: bytes from an unproven origin are not parsed.
    Optional<EventSignatures.Refusal> refusal = signatures.refusal(record);
    if (refusal.isPresent()) {
      park(record, refusal.get().reason(), refusal.get().detail());
      return;
    }
    GenericRecord event;
    EnvelopeView envelope;
    try {
      event = codec.decode(record.value());
      envelope = EnvelopeView.of(event);
    } catch (UndecodableEventException e) {
      park(record, e.reason().name(), e.getMessage());
      return;
    } catch (RuntimeException e) {
      park(record, "NO_ENVELOPE", e.getMessage());
      return;
    }
    if (mirroredFrom.isPresent() && !mirroredFrom.get().value().equals(envelope.origin())) {
      park(record, "MISATTRIBUTED", "event " + envelope.eventId() + " claims origin " + envelope.origin() + " but was mirrored from "
          + mirroredFrom.get());
      return;
    }
    Map<String, String> cloudEvents = CloudEventsHeaders.read(record.headers());
    try {
      handler.handle(new ReceivedEvent(record.topic(), record.partition(), record.offset(), event, envelope, mirroredFrom, cloudEvents));
      handled.incrementAndGet();
    } catch (RejectedEventException e) {
      park(record, e.reason(), e.getMessage());
    } catch (RuntimeException e) {
      log.warn("handler failed on event {} from {}: {}", envelope.eventId(), record.topic(), e.toString());
      park(record, "HANDLER_FAILED", e.toString());
    }
  }

  private void park(ConsumerRecord<String, byte[]> record, String reason, String detail) {
    log.warn("dead-lettering {}-{}@{}: {}: {}", record.topic(), record.partition(), record.offset(), reason, detail);
    deadLetters.park(record, reason, detail);
    parked.incrementAndGet();
  }

  /** Events handed to the handler so far. */
  public long handledCount() {
    return handled.get();
  }

  /** Records sent to the dead-letter topic so far. */
  public long deadLetteredCount() {
    return parked.get();
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      if (!stopped.await(10, TimeUnit.SECONDS)) {
        log.warn("subscriber {} did not stop within 10 s", thread.getName());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
