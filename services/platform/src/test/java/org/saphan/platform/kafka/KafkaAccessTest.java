package org.saphan.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.security.JaasContext;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.junit.jupiter.api.Test;

class KafkaAccessTest {

  @Test
  void scramAccessGivesEveryClientTheSameSignInAndNeverShowsThePassword() {
    KafkaAccess access = KafkaAccess.scram("kafka.th-cei:9093", SecurityProtocol.SASL_SSL, "th-cei-services", "s3cr\"et\\pw");

    Map<String, Object> producer = KafkaDefaults.producer(access, "saphan-th-cei");
    Map<String, Object> consumer = KafkaDefaults.consumer(access, "saphan-th-cei-alert-inbox");
    for (Map<String, Object> config : List.of(producer, consumer, KafkaDefaults.admin(access), KafkaDefaults.reader(access))) {
      assertThat(config).containsEntry("bootstrap.servers", "kafka.th-cei:9093").containsEntry("security.protocol", "SASL_SSL")
          .containsEntry("sasl.mechanism", "SCRAM-SHA-512");
    }
    assertThat(KafkaDefaults.reader(access)).doesNotContainKey(ConsumerConfig.GROUP_ID_CONFIG);
    assertThat(access.isSecured()).isTrue();
    assertThat(access.toString()).contains("kafka.th-cei:9093", "SASL_SSL").doesNotContain("s3cr").contains("[hidden]");

    // the JAAS line parses back to the very user and password, quotes and backslashes included
    var entry = JaasContext.loadClientContext(Map.of("sasl.jaas.config", new Password((String) producer.get("sasl.jaas.config"))))
        .configurationEntries().get(0);
    assertThat(entry.getOptions().get("username")).isEqualTo("th-cei-services");
    assertThat(entry.getOptions().get("password")).isEqualTo("s3cr\"et\\pw");
  }

  @Test
  void scramNeedsASaslProtocolAUserAndAPassword() {
    assertThatThrownBy(() -> KafkaAccess.scram("k:9093", SecurityProtocol.SSL, "u", "p")).hasMessageContaining("SASL");
    assertThatThrownBy(() -> KafkaAccess.scram("k:9093", SecurityProtocol.SASL_SSL, " ", "p")).hasMessageContaining("user");
    assertThatThrownBy(() -> KafkaAccess.scram("k:9093", SecurityProtocol.SASL_SSL, "u", "")).hasMessageContaining("password");
    assertThatThrownBy(() -> KafkaAccess.plaintext(" ")).hasMessageContaining("bootstrap");
    assertThatThrownBy(() -> new KafkaAccess("k:9092", Map.of("bootstrap.servers", "elsewhere:9092"))).hasMessageContaining("bootstrap");
  }

  @Test
  void moreSettingsAddToTheSignIn() {
    KafkaAccess access = KafkaAccess.scram("k:9093", SecurityProtocol.SASL_SSL, "u", "p")
        .with(Map.of("ssl.truststore.location", "/etc/saphan/kafka-ca.p12", "ssl.truststore.password", "trust-me"));
    assertThat(KafkaDefaults.admin(access)).containsEntry("ssl.truststore.location", "/etc/saphan/kafka-ca.p12");
    assertThat(access.toString()).contains("/etc/saphan/kafka-ca.p12").doesNotContain("trust-me");
    assertThat(KafkaAccess.plaintext("k:9092").isSecured()).isFalse();
  }
}
