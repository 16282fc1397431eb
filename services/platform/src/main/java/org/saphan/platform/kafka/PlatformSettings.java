package org.saphan.platform.kafka;

import java.time.Clock;
import java.time.Duration;

/**
 * Settings of a node's platform runtime.
 *
 * @param clock the node's clock (tests pass a controllable one)
 * @param topics how the node's topics are created
 * @param schemaArrivalTimeout how long a consumer waits for an unknown writer schema to arrive on the
 *     schema stream before dead-lettering the event
 */
public record PlatformSettings(Clock clock, TopicSettings topics, Duration schemaArrivalTimeout) {

  public static PlatformSettings sandbox() {
    return new PlatformSettings(Clock.systemUTC(), TopicSettings.sandbox(), Duration.ofSeconds(10));
  }

  public PlatformSettings withClock(Clock clock) {
    return new PlatformSettings(clock, topics, schemaArrivalTimeout);
  }
}
