package org.saphan.sandbox;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.saphan.mirror.MirrorSettings;
import org.saphan.platform.kafka.TopicSettings;

class SandboxSettingsTest {

  @Test
  void refusesReplicationFactorsOneBrokerCannotSatisfy() {
    assertThatThrownBy(() -> new SandboxSettings(MirrorSettings.production(), TopicSettings.sandbox(), Duration.ofSeconds(60)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a sandbox node has one broker: replication factors must be 1, got mirror 3 and topics 1");
  }
}
