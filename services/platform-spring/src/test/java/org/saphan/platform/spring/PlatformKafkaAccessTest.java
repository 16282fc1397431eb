package org.saphan.platform.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.junit.jupiter.api.Test;
import org.saphan.platform.kafka.KafkaAccess;
import org.springframework.mock.env.MockEnvironment;

/** How a node's services sign in to its cluster, from configuration. */
class PlatformKafkaAccessTest {

  private final PlatformConfiguration configuration = new PlatformConfiguration();
  private final MockEnvironment environment = new MockEnvironment();

  @Test
  void aUserAndPasswordSignInWithScramOverTheConfiguredProtocolWithTheFurtherSettings() {
    environment.setProperty("saphan.kafka.properties.ssl.truststore.location", "/etc/saphan/kafka-ca.p12");
    KafkaAccess access = configuration.kafkaAccess(environment, "kafka.th-cei:9093", "th-cei-services", "pw", SecurityProtocol.SASL_SSL, false);

    assertThat(access.clientConfig()).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry("ssl.truststore.location", "/etc/saphan/kafka-ca.p12");
    assertThat((String) access.clientConfig().get("sasl.jaas.config")).contains("username=\"th-cei-services\"");
  }

  @Test
  void withoutAUserTheServicesRefuseToStartUnlessTheClusterIsDeclaredUnauthenticated() {
    assertThatThrownBy(() -> configuration.kafkaAccess(environment, "kafka.th-cei:9093", "", "", SecurityProtocol.SASL_SSL, false))
        .hasMessageContaining("saphan.kafka.user is not set");
    assertThatThrownBy(() -> configuration.kafkaAccess(environment, "kafka.th-cei:9093", "th-cei-services", "", SecurityProtocol.SASL_SSL, false))
        .hasMessage("saphan.kafka.password is not set for Kafka user th-cei-services");
    assertThatThrownBy(() -> configuration.kafkaAccess(environment, "", "th-cei-services", "pw", SecurityProtocol.SASL_SSL, false))
        .hasMessageContaining("saphan.kafka.bootstrap-servers is not set");

    assertThat(configuration.kafkaAccess(environment, "localhost:9092", "", "", SecurityProtocol.SASL_SSL, true).isSecured()).isFalse();
  }
}
