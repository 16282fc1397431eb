package org.saphan.alerts.config;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.saphan.alerts.domain.EscalationPolicy;
import org.saphan.alerts.service.AlertService;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.kafka.PlatformSettings;
import org.saphan.platform.kafka.TopicSettings;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.schema.alert.Severity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Wires one node's alert service to the platform. */
@Configuration(proxyBeanMethods = false)
public class AlertConfiguration {

  /** The node registry from {@code saphan.nodes.*}, or the platform's default three centres. */
  @Bean
  NodeRegistry nodeRegistry(Environment environment) {
    Map<String, String> nodes = Binder.get(environment).bind("saphan.nodes", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    if (nodes.isEmpty()) {
      return NodeRegistry.defaults();
    }
    Map<String, String> prefixed = new java.util.HashMap<>();
    nodes.forEach((key, value) -> prefixed.put(NodeRegistry.PREFIX + key, value));
    return NodeRegistry.fromProperties(prefixed);
  }

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean(destroyMethod = "close")
  PlatformNode platformNode(SaphanProperties properties, NodeRegistry registry, Clock clock) {
    if (properties.node() == null || properties.node().id() == null) {
      throw new IllegalStateException("saphan.node.id is not set: give this node's id from the node registry " + registry.ids());
    }
    if (properties.kafka() == null || properties.kafka().bootstrapServers() == null) {
      throw new IllegalStateException("saphan.kafka.bootstrap-servers is not set: give this node's own Kafka cluster");
    }
    NodeId self = registry.require(properties.node().id(), "configured as this node (saphan.node.id)").id();
    PlatformSettings settings = new PlatformSettings(clock, TopicSettings.sandbox(), Duration.ofSeconds(10));
    return PlatformNode.start(registry, self, properties.kafka().bootstrapServers(), settings);
  }

  @Bean
  EscalationPolicy escalationPolicy(SaphanProperties properties) {
    Map<Severity, Duration> deadlines = new EnumMap<>(Severity.class);
    if (properties.alerts() != null && properties.alerts().escalation() != null) {
      properties.alerts().escalation().forEach((severity, deadline) -> {
        try {
          deadlines.put(Severity.valueOf(severity.toUpperCase(Locale.ROOT)), deadline);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("saphan.alerts.escalation." + severity + " is not a CAP severity: use extreme, severe, moderate, minor or unknown");
        }
      });
    }
    return new EscalationPolicy(deadlines);
  }

  @Bean(destroyMethod = "close")
  AlertService alertService(PlatformNode platform, EscalationPolicy escalationPolicy, Clock clock) {
    return new AlertService(platform, escalationPolicy, clock).start();
  }
}
