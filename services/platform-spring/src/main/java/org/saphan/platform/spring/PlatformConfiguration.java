package org.saphan.platform.spring;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.kafka.PlatformSettings;
import org.saphan.platform.kafka.TopicSettings;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
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
 *   <li>{@code saphan.nodes.<id>.name|country|zone|language} — the node registry (default: the
 *       three centres shipped with the platform);
 *   <li>{@code saphan.kafka.schema-arrival-timeout} — how long a consumer waits for a peer's writer
 *       schema (10s).
 * </ul>
 *
 * A test or the demo may register its own {@link Clock} bean. Controllers may take the reader's
 * {@code ReaderLanguage} as a parameter ({@link ReaderLanguageWebConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@Import(ReaderLanguageWebConfiguration.class)
public class PlatformConfiguration {

  @Bean
  NodeRegistry nodeRegistry(Environment environment) {
    Map<String, String> nodes = Binder.get(environment).bind("saphan.nodes", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    if (nodes.isEmpty()) {
      return NodeRegistry.defaults();
    }
    Map<String, String> prefixed = new HashMap<>();
    nodes.forEach((key, value) -> prefixed.put(NodeRegistry.PREFIX + key, value));
    return NodeRegistry.fromProperties(prefixed);
  }

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean(destroyMethod = "close")
  PlatformNode platformNode(@Value("${saphan.node.id:}") String nodeId, @Value("${saphan.kafka.bootstrap-servers:}") String bootstrapServers,
      @Value("${saphan.kafka.schema-arrival-timeout:10s}") Duration schemaArrivalTimeout, NodeRegistry registry, Clock clock) {
    if (nodeId.isBlank()) {
      throw new IllegalStateException("saphan.node.id is not set: give this node's id, one of " + registry.ids());
    }
    if (bootstrapServers.isBlank()) {
      throw new IllegalStateException("saphan.kafka.bootstrap-servers is not set: give this node's own Kafka cluster");
    }
    NodeId self = registry.require(nodeId, "configured as this node (saphan.node.id)").id();
    return PlatformNode.start(registry, self, bootstrapServers, new PlatformSettings(clock, TopicSettings.sandbox(), schemaArrivalTimeout));
  }
}
