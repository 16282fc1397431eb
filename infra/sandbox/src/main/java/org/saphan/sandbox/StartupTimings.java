package org.saphan.sandbox;

import java.time.Duration;
import java.util.Locale;

/**
 * How long each phase of starting a sandbox federation took.
 *
 * @param brokers starting every node's Kafka cluster (in parallel)
 * @param topics creating every node's outbound topics
 * @param mirrorsReady starting MirrorMaker 2 for every node until every mirrored topic exists
 * @param total all of the above, start to ready
 */
public record StartupTimings(Duration brokers, Duration topics, Duration mirrorsReady, Duration total) {

  @Override
  public String toString() {
    return "brokers " + seconds(brokers) + ", topics " + seconds(topics) + ", mirrors ready " + seconds(mirrorsReady)
        + ", total " + seconds(total);
  }

  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
  }
}
