package org.saphan.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saphan.alerts.scenario.ServiceFederation;
import org.saphan.repatriation.sealing.SealingKeys;

/**
 * The sandbox federation with all of each node's services in one application
 * ({@link AuditedNodeApplication}), each node with its own sealing key and its own signing key, the
 * registry listing every node's public signing key. Checkpoints are made on request only
 * ({@code Checkpoints.checkpointNow()}), so tests decide when.
 */
public final class AuditedFederation {

  public static final List<String> NODES = List.of("th-cei", "mm-tcl", "la-hxy");

  private AuditedFederation() {}

  /** @param extraArguments more Spring Boot arguments for every node */
  public static ServiceFederation start(String... extraArguments) {
    Map<String, List<String>> perNode = new HashMap<>();
    List<String> shared = new ArrayList<>(List.of("--saphan.meetings.chase-interval=1h",
        "--saphan.alerts.escalation-check-interval=1h", "--saphan.checkpoints.interval=0"));
    for (String node : NODES) {
      SealingKeys.GeneratedKeys generated = SealingKeys.generate(node);
      perNode.put(node, new ArrayList<>(List.of("--" + SealingKeys.PRIVATE_KEY_PROPERTY + "=" + generated.privateKeysetBase64())));
      shared.add("--" + SealingKeys.PUBLIC_KEYS_PROPERTY + "." + node + "=" + generated.publicKeysetBase64());
    }
    ServiceFederation.addSigningKeys(NODES, perNode, shared);
    shared.addAll(List.of(extraArguments));
    return ServiceFederation.start(AuditedNodeApplication.class, perNode, shared);
  }
}
