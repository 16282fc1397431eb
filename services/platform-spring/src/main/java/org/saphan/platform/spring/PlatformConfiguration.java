package org.saphan.platform.spring;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.saphan.platform.kafka.KafkaAccess;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.kafka.PlatformSettings;
import org.saphan.platform.kafka.TopicSettings;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.signing.KeyRing;
import org.saphan.platform.signing.NodeKeys;
import org.saphan.platform.signing.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The node a Saphan service runs on, from configuration, shared by every service of the node:
 *
 * <ul>
 *   <li>{@code saphan.node.id} — this node's id (required);
 *   <li>{@code saphan.kafka.bootstrap-servers} — this node's own Kafka cluster (required);
 *   <li>{@code saphan.kafka.user} and {@code saphan.kafka.password} — the SCRAM-SHA-512 user of this
 *       node's services on its cluster ({@code <node>-services}, see {@code NodeAcls}; the password
 *       from a secret store only); {@code saphan.kafka.security-protocol} ({@code SASL_SSL});
 *       {@code saphan.kafka.properties.*} — further client settings, e.g. the TLS trust store. Without
 *       a user the services refuse to start unless {@code saphan.kafka.unauthenticated=true} says
 *       the cluster asks nobody who they are;
 *   <li>{@code saphan.nodes.<id>.name|country|zone|language} — the node registry (default: the
 *       three centres shipped with the platform);
 *   <li>{@code saphan.kafka.schema-arrival-timeout} — how long a consumer waits for a peer's writer
 *       schema (10s);
 *   <li>{@code saphan.signing.private-key} and {@code saphan.signing.public-key} — this node's
 *       Ed25519 signing key (base64 PKCS#8 and X.509, from {@code GenerateSigningKey}; the private
 *       key from a secret store only): it signs every event, checkpoint and cosignature; required as
 *       soon as the registry lists signing keys;
 *   <li>{@code saphan.nodes.<id>.signing-keys} — every node's public signing keys, current and
 *       earlier ones, comma-separated;
 *   <li>{@code saphan.checkpoints.interval} — how often the node checkpoints its lanes that moved
 *       (5m; 0 only on request).
 * </ul>
 *
 * A test or the demo may register its own {@link Clock} bean. Controllers may take the reader's
 * {@code ReaderLanguage} as a parameter ({@link ReaderLanguageWebConfiguration}); request bodies are
 * read by the rules of {@link RequestJson}.
 */
@Configuration(proxyBeanMethods = false)
@Import({ReaderLanguageWebConfiguration.class, RequestJson.class})
public class PlatformConfiguration {

  private static final Logger log = LoggerFactory.getLogger(PlatformConfiguration.class);

  @Bean
  NodeRegistry nodeRegistry(Environment environment) {
    Map<String, String> nodes = registryProperties(environment);
    // Signing keys alone do not make a registry: the nodes are then the shipped ones.
    if (nodes.keySet().stream().allMatch(key -> key.endsWith("." + NodeRegistry.SIGNING_KEYS))) {
      return NodeRegistry.defaults();
    }
    return NodeRegistry.fromProperties(nodes);
  }

  @Bean
  NodeKeys nodeKeys(Environment environment, @Value("${saphan.signing.private-key:}") String privateKey,
      @Value("${saphan.signing.public-key:}") String publicKey) {
    KeyRing ring = KeyRing.fromProperties(registryProperties(environment));
    if (privateKey.isBlank() != publicKey.isBlank()) {
      throw new IllegalStateException("set both saphan.signing.private-key and saphan.signing.public-key, or neither");
    }
    if (privateKey.isBlank()) {
      log.warn("no signing key (saphan.signing.private-key): this node signs nothing (events, checkpoints), which only a registry "
          + "without any signing keys accepts");
      return new NodeKeys(Optional.empty(), ring);
    }
    return new NodeKeys(Optional.of(SigningKey.fromBase64(privateKey, publicKey)), ring);
  }

  /** {@code saphan.nodes.*} with their full names, as the registry and the key ring read them. */
  private static Map<String, String> registryProperties(Environment environment) {
    Map<String, String> nodes = Binder.get(environment).bind("saphan.nodes", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    Map<String, String> prefixed = new HashMap<>();
    nodes.forEach((key, value) -> prefixed.put(NodeRegistry.PREFIX + key, value));
    return prefixed;
  }

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** How this node's services reach and sign in to the node's own Kafka cluster. */
  @Bean
  KafkaAccess kafkaAccess(Environment environment, @Value("${saphan.kafka.bootstrap-servers:}") String bootstrapServers,
      @Value("${saphan.kafka.user:}") String user, @Value("${saphan.kafka.password:}") String password,
      @Value("${saphan.kafka.security-protocol:SASL_SSL}") SecurityProtocol protocol,
      @Value("${saphan.kafka.unauthenticated:false}") boolean unauthenticated) {
    if (bootstrapServers.isBlank()) {
      throw new IllegalStateException("saphan.kafka.bootstrap-servers is not set: give this node's own Kafka cluster");
    }
    Map<String, String> more = Binder.get(environment).bind("saphan.kafka.properties", Bindable.mapOf(String.class, String.class))
        .orElse(Map.of());
    if (user.isBlank()) {
      if (!unauthenticated) {
        throw new IllegalStateException("saphan.kafka.user is not set: give the SCRAM user of this node's services and "
            + "saphan.kafka.password, or set saphan.kafka.unauthenticated=true for a cluster that authenticates nobody");
      }
      log.warn("connecting to Kafka at {} without authentication (saphan.kafka.unauthenticated=true)", bootstrapServers);
      return KafkaAccess.plaintext(bootstrapServers).with(more);
    }
    if (password.isEmpty()) {
      throw new IllegalStateException("saphan.kafka.password is not set for Kafka user " + user);
    }
    return KafkaAccess.scram(bootstrapServers, protocol, user, password).with(more);
  }

  @Bean(destroyMethod = "close")
  PlatformNode platformNode(@Value("${saphan.node.id:}") String nodeId, KafkaAccess kafka,
      @Value("${saphan.kafka.schema-arrival-timeout:10s}") Duration schemaArrivalTimeout,
      @Value("${saphan.checkpoints.interval:5m}") Duration checkpointInterval, NodeRegistry registry, NodeKeys keys, Clock clock) {
    if (nodeId.isBlank()) {
      throw new IllegalStateException("saphan.node.id is not set: give this node's id, one of " + registry.ids());
    }
    NodeId self = registry.require(nodeId, "configured as this node (saphan.node.id)").id();
    return PlatformNode.start(registry, self, kafka,
        new PlatformSettings(clock, TopicSettings.sandbox(), schemaArrivalTimeout).withKeys(keys, checkpointInterval));
  }
}
