package org.saphan.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.saphan.alerts.scenario.ServiceFederation;
import org.saphan.platform.signing.NodeKeys;
import org.saphan.repatriation.sealing.CaseKeyStore;
import org.saphan.repatriation.sealing.SealingKeys;

/**
 * The sandbox federation with all of each node's services in one application
 * ({@link AuditedNodeApplication}), each node with its own sealing key and case key store (under
 * {@code target/}; and, as in every
 * {@link ServiceFederation}, its own signing key; checkpoints on request only).
 */
public final class AuditedFederation {

  public static final List<String> NODES = List.of("th-cei", "mm-tcl", "la-hxy");

  private AuditedFederation() {}

  /** @param extraArguments more Spring Boot arguments for every node */
  public static ServiceFederation start(String... extraArguments) {
    Map<String, List<String>> perNode = new HashMap<>();
    List<String> shared = new ArrayList<>(List.of("--saphan.meetings.chase-interval=1h",
        "--saphan.alerts.escalation-check-interval=1h"));
    Path caseKeyStores = Path.of("target", "case-key-stores", UUID.randomUUID().toString());
    for (String node : NODES) {
      SealingKeys.GeneratedKeys generated = SealingKeys.generate(node);
      perNode.put(node, List.of("--" + SealingKeys.PRIVATE_KEY_PROPERTY + "=" + generated.privateKeysetBase64(),
          "--" + CaseKeyStore.DIRECTORY_PROPERTY + "=" + caseKeyStores.resolve(node),
          "--" + CaseKeyStore.STORE_KEY_PROPERTY + "=" + CaseKeyStore.newStoreKey()));
      shared.add("--" + SealingKeys.PUBLIC_KEYS_PROPERTY + "." + node + "=" + generated.publicKeysetBase64());
    }
    shared.addAll(List.of(extraArguments));
    return ServiceFederation.start(AuditedNodeApplication.class, perNode, shared);
  }

  /**
   * The registry's public signing keys as an auditor holds them (what {@code verify --keys} reads),
   * written to {@code dir}.
   */
  public static Path registryKeys(ServiceFederation federation, Path dir) throws IOException {
    Path keys = dir.resolve("registry-keys.properties");
    Files.write(keys, federation.bean(NODES.get(0), NodeKeys.class).ring().toProperties().entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).toList());
    return keys;
  }
}
