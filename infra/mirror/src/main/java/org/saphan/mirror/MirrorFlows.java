package org.saphan.mirror;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.scram.ScramLoginModule;
import org.apache.kafka.connect.mirror.MirrorMakerConfig;
import org.apache.kafka.connect.mirror.ReplicationPolicy;
import org.apache.kafka.connect.mirror.SourceAndTarget;
import org.saphan.platform.kafka.KafkaAccess;
import org.saphan.platform.kafka.MirrorWorkerResources;
import org.saphan.platform.kafka.NodeAcls;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.topic.Topics;

/**
 * The MirrorMaker 2 configuration of the federation, generated from the node registry: one flow
 * per ordered pair of nodes, each copying only what is addressed to its target node or to
 * {@code all} ({@link Topics#replicationFilter}). Adding a node to the registry adds its flows;
 * nothing here names a node.
 *
 * <p>Where a key goes matters in MirrorMaker 2's dedicated mode:
 *
 * <ul>
 *   <li>top-level keys reach the replication connectors of every flow (topic filter defaults,
 *       replication factors, what to switch off);
 *   <li>{@code <node>.}-prefixed keys reach the Connect worker that writes into that node (its
 *       producer, offset flushing, internal topics). A top-level {@code producer.linger.ms} does
 *       <em>not</em> reach the worker's producer; {@code <node>.producer.linger.ms} does;
 *   <li>{@code <source>-><target>.}-prefixed keys configure one flow.
 * </ul>
 *
 * <p>Copies are named as by MirrorMaker 2's default replication policy: the copy of
 * {@code bcc.mm-tcl.alert.v1} from {@code th-cei} is {@code th-cei.bcc.mm-tcl.alert.v1} on
 * {@code mm-tcl}. The origin is in the name, and a copy is never copied again (the filter rejects
 * it). The policy class itself is {@link SaphanReplicationPolicy}: the default one mistakes
 * {@code bcc.mm-tcl.*} for copies coming from {@code mm-tcl} and never delivers them there.
 */
public final class MirrorFlows {

  /** How copies are named and recognised; see the class for why it is not MirrorMaker 2's default. */
  private static final ReplicationPolicy REPLICATION_POLICY = new SaphanReplicationPolicy();
  private static final String ENABLED = ".enabled";
  private static final String TARGET_CLUSTER = ".target.cluster.";

  private MirrorFlows() {}

  /** Every flow of the federation: one per ordered pair of nodes, n × (n − 1) in all. */
  public static List<MirrorFlow> flows(NodeRegistry registry) {
    List<MirrorFlow> flows = new ArrayList<>();
    for (Node source : registry.nodes()) {
      for (Node target : registry.peersOf(source.id())) {
        flows.add(new MirrorFlow(source.id(), target.id(), Topics.replicationFilter(target.id())));
      }
    }
    return flows;
  }

  /** The flows into {@code target}: the ones a MirrorMaker 2 process run for that node drives. */
  public static List<MirrorFlow> flowsInto(NodeRegistry registry, NodeId target) {
    registry.require(target);
    return flows(registry).stream().filter(flow -> flow.target().equals(target)).toList();
  }

  /** The name of the copy of {@code source}'s {@code topic} on the target, e.g. {@code th-cei.bcc.mm-tcl.alert.v1}. */
  public static String mirroredTopicName(NodeId source, String topic) {
    return REPLICATION_POLICY.formatRemoteTopic(source.value(), topic);
  }

  /**
   * The copies that must exist on {@code target} once its flows run: for every peer, each of the
   * peer's outbound topics addressed to {@code target} or to all. Derived from the addressing
   * ({@link org.saphan.platform.topic.Audience#includes}), not from the filter, so a check against
   * it also checks the filter.
   */
  public static Set<String> expectedMirroredTopics(NodeRegistry registry, NodeId target) {
    Set<String> expected = new TreeSet<>();
    for (Node source : registry.peersOf(target)) {
      for (String topic : Topics.outboundTopicsOf(source.id(), registry)) {
        boolean addressedToTarget = Topics.parse(topic).orElseThrow().audience().includes(target);
        if (addressedToTarget) {
          expected.add(mirroredTopicName(source.id(), topic));
        }
      }
    }
    return expected;
  }

  /**
   * The dedicated-mode MirrorMaker 2 configuration for the whole federation. The same
   * configuration serves every MirrorMaker 2 process; each process is told which node it writes
   * into ({@link NodeMirror#start}, or {@code connect-mirror-maker.sh <file> --clusters <node>}).
   *
   * @param bootstrapServersByNode each node's Kafka bootstrap servers; exactly the registry's nodes
   */
  public static Map<String, String> dedicatedModeConfig(
      NodeRegistry registry, Map<NodeId, String> bootstrapServersByNode, MirrorSettings settings) {
    requireBootstrapServersForEveryNode(registry, bootstrapServersByNode);
    Map<String, String> config = new LinkedHashMap<>();
    config.put("clusters", registry.ids().stream().map(NodeId::value).collect(Collectors.joining(", ")));
    putEveryFlowSettings(config, settings);
    for (NodeId node : registry.ids()) {
      putClusterSettings(config, node, bootstrapServersByNode.get(node), settings);
    }
    for (MirrorFlow flow : flows(registry)) {
      config.put(flow.name() + ENABLED, "true");
      config.put(flow.name() + ".topics", flow.topicFilter());
    }
    return config;
  }

  /**
   * {@code config} (from {@link #dedicatedModeConfig}) for secured clusters: every cluster is
   * reached with {@code clusterSecurity} (e.g. {@code security.protocol=SASL_SSL},
   * {@code sasl.mechanism=SCRAM-SHA-512}, the TLS trust store), and each flow signs in as its own
   * principal ({@link NodeAcls#flowUser}) on both clusters, with passwords that MirrorMaker 2 reads
   * from {@code secrets} when it starts the flow. Run it with {@link NodeMirror}, which runs each flow
   * as {@link #configOfFlow} so that its worker signs in to the target as the flow too.
   */
  public static Map<String, String> withFlowPrincipals(Map<String, String> config, NodeRegistry registry,
      Map<String, String> clusterSecurity, FlowSecrets secrets) {
    Map<String, String> secured = new LinkedHashMap<>(config);
    secured.putAll(FlowSecrets.providerSettings());
    for (NodeId node : registry.ids()) {
      clusterSecurity.forEach((key, value) -> secured.put(node.value() + "." + key, value));
    }
    for (MirrorFlow flow : flows(registry)) {
      String user = NodeAcls.flowUser(flow.source(), flow.target());
      secured.put(flow.name() + ".source.cluster." + SaslConfigs.SASL_JAAS_CONFIG,
          KafkaAccess.jaasLogin(ScramLoginModule.class.getName(), user, secrets.reference(flow, FlowSecrets.sourceKey(flow))));
      secured.put(flow.name() + TARGET_CLUSTER + SaslConfigs.SASL_JAAS_CONFIG,
          KafkaAccess.jaasLogin(ScramLoginModule.class.getName(), user, secrets.reference(flow, FlowSecrets.targetKey(flow))));
    }
    return secured;
  }

  /**
   * The configuration of one MirrorMaker 2 instance running only {@code flow}: {@code config}
   * without the other flows' settings (so it resolves only this flow's secrets) and with the flow's
   * own target-side settings ({@code S->T.target.cluster.*}) made the target cluster's ({@code T.*}).
   * Stock MirrorMaker 2 gives every flow into {@code T} the same worker settings, so in one instance
   * all of them would share one principal on {@code T} and each could write the others' copies; one
   * instance per flow gives each flow's worker (whose producer writes the copies, and whose internal
   * topics and group live on {@code T}) its own.
   */
  public static Map<String, String> configOfFlow(Map<String, String> config, MirrorFlow flow) {
    String ownPrefix = flow.name() + ".";
    String flowTarget = flow.name() + TARGET_CLUSTER;
    Map<String, String> ofFlow = new LinkedHashMap<>();
    config.forEach((key, value) -> {
      if (!key.contains("->") || key.startsWith(ownPrefix)) {
        ofFlow.put(key, value);
      }
      if (key.startsWith(flowTarget)) {
        ofFlow.put(flow.target().value() + "." + key.substring(flowTarget.length()), value);
      }
    });
    return ofFlow;
  }

  /** The flows {@code config} enables into {@code target}, as MirrorMaker 2 reads them ({@code S->T.enabled=true}). */
  static List<MirrorFlow> enabledFlowsInto(Map<String, String> config, NodeId target) {
    List<MirrorFlow> enabled = new ArrayList<>();
    config.forEach((key, value) -> {
      String suffix = "->" + target.value() + ENABLED;
      if (key.endsWith(suffix) && Boolean.parseBoolean(value)) {
        NodeId source = NodeId.of(key.substring(0, key.length() - suffix.length()));
        enabled.add(new MirrorFlow(source, target, config.getOrDefault(source.value() + "->" + target.value() + ".topics", "")));
      }
    });
    return enabled;
  }

  /**
   * What the Connect worker of {@code flow} keeps on its target cluster: its group and its config,
   * offset and status topics, as MirrorMaker 2 itself names them from {@code config} (from
   * {@link #dedicatedModeConfig}). The target's ACLs ({@link org.saphan.platform.kafka.NodeAcls})
   * grant the flow exactly these.
   */
  public static MirrorWorkerResources workerResourcesOnTarget(Map<String, String> config, MirrorFlow flow) {
    Map<String, String> worker = new MirrorMakerConfig(config)
        .workerConfig(new SourceAndTarget(flow.source().value(), flow.target().value()));
    // Connect's worker keys (DistributedConfig, in connect-runtime, which is not on this module's compile path).
    return new MirrorWorkerResources(worker.get("group.id"), List.of(
        worker.get("config.storage.topic"),
        worker.get("offset.storage.topic"),
        worker.get("status.storage.topic")));
  }

  /**
   * {@link #workerResourcesOnTarget(Map, MirrorFlow)} for the federation's generated configuration.
   * The names do not depend on where the clusters are, so no bootstrap servers are needed.
   */
  public static MirrorWorkerResources workerResourcesOnTarget(NodeRegistry registry, MirrorFlow flow) {
    Map<NodeId, String> addressesNotUsedForNames = new LinkedHashMap<>();
    registry.ids().forEach(node -> addressesNotUsedForNames.put(node, node.value() + ":9092"));
    return workerResourcesOnTarget(dedicatedModeConfig(registry, addressesNotUsedForNames, MirrorSettings.production()), flow);
  }

  /** Settings of the replication connectors, the same for every flow. */
  private static void putEveryFlowSettings(Map<String, String> config, MirrorSettings settings) {
    // Plugins are found through the class path's service files instead of a full class-path scan:
    // MirrorMaker 2 starts in ~2 s instead of ~8 s. Also set per cluster, see putClusterSettings.
    config.put("plugin.discovery", "service_load");
    config.put("replication.policy.class", SaphanReplicationPolicy.class.getName());
    String replicationFactor = Short.toString(settings.replicationFactor());
    config.put("replication.factor", replicationFactor);
    config.put("checkpoints.topic.replication.factor", replicationFactor);
    config.put("heartbeats.topic.replication.factor", replicationFactor);
    config.put("refresh.topics.interval.seconds", Integer.toString(settings.refreshTopicsIntervalSeconds()));
    config.put("consumer.poll.timeout.ms", Long.toString(settings.pollTimeoutMs()));

    // Each node's consumers keep their own positions on their own cluster; nodes never take over
    // each other's consumers, so consumer-group offsets are not translated or copied.
    config.put("emit.checkpoints.enabled", "false");
    config.put("sync.group.offsets.enabled", "false");
    config.put("refresh.groups.enabled", "false");
    config.put("groups.exclude", ".*");
    // Without checkpoints the offset-syncs topic has no reader. Not writing it also means a node's
    // MirrorMaker 2 only ever reads from its peers' clusters, never writes into them. (MirrorMaker 2
    // then rejects any offset-syncs.* setting, so none is given, not even its replication factor.)
    config.put("emit.offset-syncs.enabled", "false");
    // No heartbeats topics, and never copy one: the topic filter must be the only way out of a node.
    config.put("emit.heartbeats.enabled", "false");
    config.put("heartbeats.replication.enabled", "false");
    // ACLs are each node's own (NodeAcls), never copied from a peer.
    config.put("sync.topic.acls.enabled", "false");
  }

  /** Settings of the Connect worker that writes into {@code node}. */
  private static void putClusterSettings(Map<String, String> config, NodeId node, String bootstrapServers, MirrorSettings settings) {
    String prefix = node.value() + ".";
    String replicationFactor = Short.toString(settings.replicationFactor());
    config.put(prefix + "bootstrap.servers", bootstrapServers);
    // Each flow's worker builds its own plugin registry from these worker settings.
    config.put(prefix + "plugin.discovery", "service_load");
    // Send each copied record at once: measured p50 ~2 ms per hop instead of ~10 ms.
    config.put(prefix + "producer.linger.ms", "0");
    config.put(prefix + "offset.flush.interval.ms", Long.toString(settings.offsetFlushIntervalMs()));
    config.put(prefix + "task.shutdown.graceful.timeout.ms", Long.toString(settings.taskShutdownTimeoutMs()));
    config.put(prefix + "config.storage.replication.factor", replicationFactor);
    config.put(prefix + "offset.storage.replication.factor", replicationFactor);
    config.put(prefix + "status.storage.replication.factor", replicationFactor);
    config.put(prefix + "offset.storage.partitions", Integer.toString(settings.offsetStoragePartitions()));
    config.put(prefix + "status.storage.partitions", Integer.toString(settings.statusStoragePartitions()));
  }

  private static void requireBootstrapServersForEveryNode(NodeRegistry registry, Map<NodeId, String> bootstrapServersByNode) {
    Set<NodeId> missing = new TreeSet<>(registry.ids());
    missing.removeAll(bootstrapServersByNode.keySet());
    bootstrapServersByNode.forEach((node, servers) -> {
      if (servers == null || servers.isBlank()) {
        missing.add(node);
      }
    });
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("no Kafka bootstrap servers given for node(s) " + missing);
    }
    Set<NodeId> unknown = new TreeSet<>(bootstrapServersByNode.keySet());
    unknown.removeAll(registry.ids());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("bootstrap servers given for node(s) " + unknown
          + " that are not in the node registry " + registry.ids());
    }
  }
}
