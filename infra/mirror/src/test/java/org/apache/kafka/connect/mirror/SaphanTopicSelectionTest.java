package org.apache.kafka.connect.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saphan.mirror.MirrorFlows;
import org.saphan.mirror.MirrorSettings;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;

/**
 * Asks MirrorMaker 2 itself which topics a flow copies. This test sits in MirrorMaker 2's package
 * to reach {@code MirrorSourceConnector.shouldReplicateTopic}, the decision it takes for every topic
 * it finds on the source: topic filter, internal topics, cycles and heartbeats together. A regular
 * expression test alone missed that the default replication policy refused every topic addressed
 * to a single node.
 */
class SaphanTopicSelectionTest {

  private static final NodeRegistry REGISTRY = NodeRegistry.defaults();

  @Test
  void theFlowIntoMmTclCopiesExactlyWhatIsAddressedToMmTclOrAll() {
    MirrorSourceConnector thCeiToMmTcl = connectorFor(generatedConfig(), "th-cei", "mm-tcl");

    for (String copied : List.of("bcc.mm-tcl.alert.v1", "bcc.mm-tcl.repatriation.v1", "bcc.all.schema.v1", "bcc.all.alert.v1")) {
      assertThat(thCeiToMmTcl.shouldReplicateTopic(copied)).as(copied).isTrue();
    }
    for (String neverCopied : List.of(
        "bcc.la-hxy.alert.v1", // addressed to another node
        "bcc.mm-tcl.alert.v1-dlt", // node-local dead letters
        "th-cei.bcc.mm-tcl.alert.v1", // an already-mirrored copy
        "mm-tcl.bcc.th-cei.alert.v1", // a copy from mm-tcl itself: would be a cycle
        "la-hxy.bcc.all.alert.v1", // a copy from a third node
        "mm2-offset-syncs.mm-tcl.internal",
        "mm2-offsets.la-hxy.internal",
        "heartbeats",
        "la-hxy.heartbeats",
        "__consumer_offsets")) {
      assertThat(thCeiToMmTcl.shouldReplicateTopic(neverCopied)).as(neverCopied).isFalse();
    }
  }

  @Test
  void everyFlowCopiesTheTopicsAddressedToItsTarget() {
    Map<String, String> config = generatedConfig();
    for (var flow : MirrorFlows.flows(REGISTRY)) {
      MirrorSourceConnector connector = connectorFor(config, flow.source().value(), flow.target().value());
      assertThat(connector.shouldReplicateTopic("bcc." + flow.target() + ".alert.v1")).as(flow.name()).isTrue();
      assertThat(connector.shouldReplicateTopic("bcc.all.alert.v1")).as(flow.name()).isTrue();
      for (NodeId other : REGISTRY.ids()) {
        if (!other.equals(flow.target())) {
          assertThat(connector.shouldReplicateTopic("bcc." + other + ".alert.v1")).as(flow.name()).isFalse();
        }
      }
    }
  }

  @Test
  void mirrorMakersDefaultPolicyWouldNeverDeliverTopicsAddressedToOneNode() {
    Map<String, String> withDefaultPolicy = new HashMap<>(generatedConfig());
    withDefaultPolicy.remove("replication.policy.class");

    MirrorSourceConnector thCeiToMmTcl = connectorFor(withDefaultPolicy, "th-cei", "mm-tcl");

    // It reads bcc.mm-tcl.alert.v1 as a copy of mm-tcl.alert.v1 from a cluster "bcc", i.e. as
    // coming from mm-tcl, and refuses to send it back there. This is why SaphanReplicationPolicy exists.
    assertThat(thCeiToMmTcl.shouldReplicateTopic("bcc.mm-tcl.alert.v1")).isFalse();
    assertThat(thCeiToMmTcl.isCycle("bcc.mm-tcl.alert.v1")).isTrue();
    assertThat(connectorFor(generatedConfig(), "th-cei", "mm-tcl").isCycle("bcc.mm-tcl.alert.v1")).isFalse();
  }

  private static Map<String, String> generatedConfig() {
    Map<NodeId, String> servers = new HashMap<>();
    REGISTRY.ids().forEach(id -> servers.put(id, id + ":9092"));
    return MirrorFlows.dedicatedModeConfig(REGISTRY, servers, MirrorSettings.sandbox());
  }

  /** The copying connector of one flow, built from the configuration as MirrorMaker 2 builds it. */
  private static MirrorSourceConnector connectorFor(Map<String, String> config, String source, String target) {
    SourceAndTarget flow = new SourceAndTarget(source, target);
    MirrorSourceConfig connectorConfig = new MirrorSourceConfig(
        new MirrorMakerConfig(config).connectorBaseConfig(flow, MirrorSourceConnector.class));
    return new MirrorSourceConnector(flow, connectorConfig.replicationPolicy(), connectorConfig.topicFilter(),
        connectorConfig.configPropertyFilter(), connectorConfig.heartbeatsReplicationEnabled());
  }
}
