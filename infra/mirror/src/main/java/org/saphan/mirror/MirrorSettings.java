package org.saphan.mirror;

/**
 * How MirrorMaker 2 runs, apart from which topics flow where (that comes from the node registry).
 *
 * @param replicationFactor replication factor of every topic MirrorMaker 2 creates: the mirrored
 *     copies on the target ({@code replication.factor}) and its own internal topics (Connect's
 *     {@code config.storage}, {@code offset.storage} and {@code status.storage} topics, and the
 *     {@code checkpoints} and {@code heartbeats} topics should they ever be enabled). Must not exceed the number of brokers of the smallest cluster.
 * @param refreshTopicsIntervalSeconds how often each flow looks for new topics on its source
 *     ({@code refresh.topics.interval.seconds}). A new outbound topic, e.g. the first {@code v2}
 *     topic after a breaking schema change, starts flowing at most this long after it is created.
 * @param offsetFlushIntervalMs how often MirrorMaker 2 records how far it has copied each source
 *     partition ({@code offset.flush.interval.ms} of the Connect worker). After a crash or restart
 *     it copies again at most this much: replication is at-least-once and consumers drop
 *     duplicates by event id.
 * @param taskShutdownTimeoutMs how long stopping MirrorMaker 2 waits for its copying tasks to
 *     finish in-flight work ({@code task.shutdown.graceful.timeout.ms}).
 * @param pollTimeoutMs how long a copying task waits for new records on the source before it
 *     looks whether it should stop ({@code consumer.poll.timeout.ms}). Records are copied as soon
 *     as they arrive whatever the value; a shorter wait only makes stopping quicker.
 * @param offsetStoragePartitions partitions of the Connect worker's offset storage topic
 *     ({@code offset.storage.partitions}); more partitions spread the load of many workers, and
 *     each one adds to start-up time.
 * @param statusStoragePartitions partitions of the Connect worker's status storage topic
 *     ({@code status.storage.partitions}).
 */
public record MirrorSettings(
    short replicationFactor,
    int refreshTopicsIntervalSeconds,
    long offsetFlushIntervalMs,
    long taskShutdownTimeoutMs,
    long pollTimeoutMs,
    int offsetStoragePartitions,
    int statusStoragePartitions) {

  public MirrorSettings {
    if (replicationFactor < 1) {
      throw new IllegalArgumentException("replicationFactor must be at least 1, got " + replicationFactor);
    }
    if (refreshTopicsIntervalSeconds < 1) {
      throw new IllegalArgumentException("refreshTopicsIntervalSeconds must be at least 1, got " + refreshTopicsIntervalSeconds);
    }
    if (offsetFlushIntervalMs < 1) {
      throw new IllegalArgumentException("offsetFlushIntervalMs must be at least 1, got " + offsetFlushIntervalMs);
    }
    if (taskShutdownTimeoutMs < 0) {
      throw new IllegalArgumentException("taskShutdownTimeoutMs must not be negative, got " + taskShutdownTimeoutMs);
    }
    if (pollTimeoutMs < 1) {
      throw new IllegalArgumentException("pollTimeoutMs must be at least 1, got " + pollTimeoutMs);
    }
    if (offsetStoragePartitions < 1 || statusStoragePartitions < 1) {
      throw new IllegalArgumentException("storage topics need at least 1 partition, got offsets " + offsetStoragePartitions
          + " and status " + statusStoragePartitions);
    }
  }

  /**
   * One broker per node in one JVM: replication factor 1, new topics picked up within 5 s, progress
   * recorded every second (so a stopped and restarted flow copies little twice), one partition per
   * storage topic and short waits, so that MirrorMaker 2 starts and stops in about a second.
   */
  public static MirrorSettings sandbox() {
    return new MirrorSettings((short) 1, 5, 1_000, 1_000, 250, 1, 1);
  }

  /**
   * Three brokers or more per node: replication factor 3; new topics picked up within a minute
   * (they are rare: a new node or a new schema major); progress recorded every 10 s; otherwise
   * Kafka Connect's defaults (5 s for tasks to stop, 1 s polls, 25 offset and 5 status partitions).
   */
  public static MirrorSettings production() {
    return new MirrorSettings((short) 3, 60, 10_000, 5_000, 1_000, 25, 5);
  }
}
