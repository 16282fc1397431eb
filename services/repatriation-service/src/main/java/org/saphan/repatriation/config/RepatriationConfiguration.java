package org.saphan.repatriation.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.repatriation.sealing.IdentitySealer;
import org.saphan.repatriation.sealing.SealingKeys;
import org.saphan.repatriation.service.RepatriationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires one node's repatriation service (the node itself comes from {@code PlatformConfiguration}).
 * A deployment also sets {@code saphan.sealing.private-key} (this node's HPKE
 * private keyset, Base64) and {@code saphan.sealing.public-keys.<node>} for every node; optionally
 * {@code saphan.repatriation.persons-list-lead} (3d).
 */
@Configuration(proxyBeanMethods = false)
public class RepatriationConfiguration {

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
