package org.saphan.repatriation.config;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.kafka.PlatformSettings;
import org.saphan.platform.kafka.TopicSettings;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.repatriation.sealing.IdentitySealer;
import org.saphan.repatriation.sealing.SealingKeys;
import org.saphan.repatriation.service.RepatriationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires one node's repatriation service. A deployment sets: {@code saphan.node.id},
 * {@code saphan.kafka.bootstrap-servers}, {@code saphan.sealing.private-key} (this node's HPKE
 * private keyset, Base64) and {@code saphan.sealing.public-keys.<node>} for every node; optionally
 * {@code saphan.nodes.*} (the registry) and {@code saphan.repatriation.persons-list-lead} (3d).
 */
@Configuration(proxyBeanMethods = false)
public class RepatriationConfiguration {

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
  PlatformNode platformNode(@Value("${saphan.node.id:}") String nodeId, @Value("${saphan.kafka.bootstrap-servers:}") String bootstrap,
      NodeRegistry registry, Clock clock) {
    if (nodeId.isBlank() || bootstrap.isBlank()) {
      throw new IllegalStateException("set saphan.node.id (one of " + registry.ids() + ") and saphan.kafka.bootstrap-servers (this node's cluster)");
    }
    NodeId self = registry.require(nodeId, "configured as this node (saphan.node.id)").id();
    return PlatformNode.start(registry, self, bootstrap, new PlatformSettings(clock, TopicSettings.sandbox(), Duration.ofSeconds(10)));
  }

  @Bean
  IdentitySealer identitySealer(Environment environment, PlatformNode platform) {
    Binder binder = Binder.get(environment);
    String privateKey = binder.bind("saphan.sealing.private-key", String.class).orElseThrow(() -> new IllegalStateException(
        "set saphan.sealing.private-key: this node's sealing key (generate one with SealingKeys' main)"));
    Map<String, String> publicKeys = binder.bind("saphan.sealing.public-keys", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    return new IdentitySealer(SealingKeys.of(platform.node().id().value(), privateKey, publicKeys));
  }

  @Bean(destroyMethod = "close")
  RepatriationService repatriationService(PlatformNode platform, IdentitySealer sealer, Clock clock,
      @Value("${saphan.repatriation.persons-list-lead:3d}") Duration personsListLead) {
    return new RepatriationService(platform, sealer, clock, personsListLead).start();
  }
}
