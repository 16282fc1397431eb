package org.saphan.repatriation.config;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.repatriation.sealing.CaseKeyStore;
import org.saphan.repatriation.sealing.IdentitySealer;
import org.saphan.repatriation.sealing.IdentityVault;
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
 * private keyset, Base64), {@code saphan.sealing.public-keys.<node>} for every node,
 * {@code saphan.sealing.case-key-store} (the directory of this node's case keys, on its own disk)
 * and {@code saphan.sealing.store-key} (the key they are encrypted under, Base64); optionally
 * {@code saphan.repatriation.persons-list-lead} (3d).
 */
@Configuration(proxyBeanMethods = false)
public class RepatriationConfiguration {

  @Bean
  IdentityVault identityVault(Environment environment, PlatformNode platform, Clock clock) {
    Binder binder = Binder.get(environment);
    String node = platform.node().id().value();
    String privateKey = binder.bind(SealingKeys.PRIVATE_KEY_PROPERTY, String.class).orElseThrow(() -> new IllegalStateException(
        "set " + SealingKeys.PRIVATE_KEY_PROPERTY + ": this node's sealing key (generate one with SealingKeys generate " + node + ")"));
    Map<String, String> publicKeys = binder.bind(SealingKeys.PUBLIC_KEYS_PROPERTY, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    String storeDirectory = binder.bind(CaseKeyStore.DIRECTORY_PROPERTY, String.class).orElseThrow(() -> new IllegalStateException(
        "set " + CaseKeyStore.DIRECTORY_PROPERTY + ": the directory where this node keeps its case keys, on its own disk and backed up"));
    String storeKey = binder.bind(CaseKeyStore.STORE_KEY_PROPERTY, String.class).orElse(null);
    return new IdentityVault(new IdentitySealer(SealingKeys.of(node, privateKey, publicKeys)),
        CaseKeyStore.open(Path.of(storeDirectory), node, storeKey, clock));
  }

  @Bean(destroyMethod = "close")
  RepatriationService repatriationService(PlatformNode platform, IdentityVault identities, Clock clock,
      @Value("${saphan.repatriation.persons-list-lead:3d}") Duration personsListLead) {
    return new RepatriationService(platform, identities, clock, personsListLead).start();
  }
}
