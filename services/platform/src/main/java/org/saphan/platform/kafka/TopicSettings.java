package org.saphan.platform.kafka;

/**
 * How a node's topics are created.
 *
 * @param partitions partitions per outbound topic (keys are aggregate ids, so order per aggregate holds)
 * @param replicationFactor 1 in the sandbox; 3 on a production cluster
 */
public record TopicSettings(int partitions, short replicationFactor) {

  public TopicSettings {
    if (partitions < 1 || replicationFactor < 1) {
      throw new IllegalArgumentException("partitions and replication factor must be at least 1");
    }
  }

  /** One broker per node, one partition per topic: fast to start on a 2-core machine. */
  public static TopicSettings sandbox() {
    return new TopicSettings(1, (short) 1);
  }

  public static TopicSettings production() {
    return new TopicSettings(3, (short) 3);
  }
}
