package org.saphan.platform.kafka;

import java.time.Clock;
import java.time.Duration;
import org.saphan.platform.signing.NodeKeys;

/**
 * Settings of a node's platform runtime.
 *
 * @param clock the node's clock (tests pass a controllable one)
 * @param topics how the node's topics are created
 * @param schemaArrivalTimeout how long a consumer waits for an unknown writer schema to arrive on the
 *     schema stream before dead-lettering the event
 * @param keys the node's signing key and every node's public keys: with a key of its own, the node
 *     checkpoints its lanes and cosigns its peers' checkpoints ({@link Checkpoints})
 * @param checkpointInterval how often the node checkpoints every lane that moved; zero: only on
 *     request ({@link Checkpoints#checkpointNow()})
 */
public record PlatformSettings(Clock clock, TopicSettings topics, Duration schemaArrivalTimeout, NodeKeys keys,
    Duration checkpointInterval) {

  public PlatformSettings(Clock clock, TopicSettings topics, Duration schemaArrivalTimeout) {
    this(clock, topics, schemaArrivalTimeout, NodeKeys.none(), Duration.ZERO);
  }

  public static PlatformSettings sandbox() {
    return new PlatformSettings(Clock.systemUTC(), TopicSettings.sandbox(), Duration.ofSeconds(10));
  }

  public PlatformSettings withClock(Clock clock) {
    return new PlatformSettings(clock, topics, schemaArrivalTimeout, keys, checkpointInterval);
  }

  public PlatformSettings withKeys(NodeKeys keys, Duration checkpointInterval) {
    return new PlatformSettings(clock, topics, schemaArrivalTimeout, keys, checkpointInterval);
  }
}
