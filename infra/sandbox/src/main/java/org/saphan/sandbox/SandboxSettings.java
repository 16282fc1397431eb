package org.saphan.sandbox;

import java.time.Duration;
import java.util.Objects;
import org.saphan.mirror.MirrorSettings;
import org.saphan.platform.kafka.TopicSettings;

/**
 * How a sandbox federation is started.
 *
 * @param mirror MirrorMaker 2 settings; their replication factor must be 1 (one broker per node)
 * @param topics how each node's outbound topics are created; replication factor 1
 * @param mirrorsReadyTimeout how long to wait for MirrorMaker 2 to create every mirrored topic
 *     before giving up with the list of what is missing
 */
public record SandboxSettings(MirrorSettings mirror, TopicSettings topics, Duration mirrorsReadyTimeout) {

  public SandboxSettings {
    Objects.requireNonNull(mirror, "mirror");
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(mirrorsReadyTimeout, "mirrorsReadyTimeout");
    // Each node has a single broker: a larger replication factor could never be satisfied.
    if (mirror.replicationFactor() != 1 || topics.replicationFactor() != 1) {
      throw new IllegalArgumentException("a sandbox node has one broker: replication factors must be 1, got mirror "
          + mirror.replicationFactor() + " and topics " + topics.replicationFactor());
    }
    if (mirrorsReadyTimeout.isNegative() || mirrorsReadyTimeout.isZero()) {
      throw new IllegalArgumentException("mirrorsReadyTimeout must be positive, got " + mirrorsReadyTimeout);
    }
  }

  public static SandboxSettings defaults() {
    return new SandboxSettings(MirrorSettings.sandbox(), TopicSettings.sandbox(), Duration.ofSeconds(60));
  }
}
