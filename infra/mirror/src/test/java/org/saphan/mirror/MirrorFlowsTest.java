package org.saphan.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.mirror.DefaultReplicationPolicy;
import org.apache.kafka.connect.mirror.DefaultTopicFilter;
import org.apache.kafka.connect.mirror.MirrorCheckpointConnector;
import org.apache.kafka.connect.mirror.MirrorHeartbeatConnector;
import org.apache.kafka.connect.mirror.MirrorMakerConfig;
import org.apache.kafka.connect.mirror.MirrorSourceConnector;
import org.apache.kafka.connect.mirror.SourceAndTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.topic.Topics;

class MirrorFlowsTest {

  private static final NodeId TH_CEI = NodeId.of("th-cei");
  private static final NodeId MM_TCL = NodeId.of("mm-tcl");
  private static final NodeId LA_HXY = NodeId.of("la-hxy");
  private static final NodeRegistry THREE_NODES = NodeRegistry.defaults();

  @Test
  void threeNodesGiveSixFlowsEachCopyingWhatIsAddressedToItsTarget() {
    List<MirrorFlow> flows = MirrorFlows.flows(THREE_NODES);

    assertThat(flows).extracting(MirrorFlow::name).containsExactlyInAnyOrder(
        "th-cei->mm-tcl", "th-cei->la-hxy", "mm-tcl->th-cei", "mm-tcl->la-hxy", "la-hxy->th-cei", "la-hxy->mm-tcl");
    assertThat(flows).allSatisfy(flow -> assertThat(flow.topicFilter()).isEqualTo(Topics.replicationFilter(flow.target())));

    Map<String, String> config = configFor(THREE_NODES);
    assertThat(config.get("clusters")).isEqualTo("la-hxy, mm-tcl, th-cei");
    for (MirrorFlow flow : flows) {
      assertThat(config).containsEntry(flow.name() + ".enabled", "true")
          .containsEntry(flow.name() + ".topics", Topics.replicationFilter(flow.target()));
    }
    assertThat(config.keySet().stream().filter(key -> key.endsWith(".enabled") && key.contains("->"))).hasSize(6);
  }

  @Test
  void aFourthNodeAddedByConfigurationOnlyGivesTwelveFlows() throws IOException {
    Properties properties = new Properties();
    try (InputStream defaults = NodeRegistry.class.getResourceAsStream(NodeRegistry.DEFAULT_RESOURCE)) {
      properties.load(defaults);
    }
    properties.setProperty("saphan.nodes.th-mst.name", "Mae Sot");
    properties.setProperty("saphan.nodes.th-mst.country", "TH");
    properties.setProperty("saphan.nodes.th-mst.zone", "Asia/Bangkok");
    properties.setProperty("saphan.nodes.th-mst.language", "th");
    NodeRegistry fourNodes = NodeRegistry.fromProperties(properties);

    List<MirrorFlow> flows = MirrorFlows.flows(fourNodes);

    assertThat(flows).hasSize(12);
    NodeId maeSot = NodeId.of("th-mst");
    assertThat(MirrorFlows.flowsInto(fourNodes, maeSot)).extracting(MirrorFlow::name)
        .containsExactlyInAnyOrder("th-cei->th-mst", "mm-tcl->th-mst", "la-hxy->th-mst");
    Map<String, String> config = configFor(fourNodes);
    assertThat(config.get("clusters")).contains("th-mst");
    assertThat(config).containsEntry("th-mst.bootstrap.servers", "th-mst:9092")
        .containsEntry("mm-tcl->th-mst.topics", "bcc\\.(th-mst|all)\\.[a-z]+\\.v[0-9]+")
        .containsEntry("th-mst->mm-tcl.topics", "bcc\\.(mm-tcl|all)\\.[a-z]+\\.v[0-9]+");
  }

  @Test
  void theFlowIntoMmTclCopiesOnlyTopicsAddressedToMmTclOrAll() {
    // Configure MirrorMaker 2's own topic filter the way MirrorMaker 2 does: from the connector
    // configuration it derives for the flow th-cei->mm-tcl.
    Map<String, String> connectorConfig = new MirrorMakerConfig(configFor(THREE_NODES))
        .connectorBaseConfig(new SourceAndTarget("th-cei", "mm-tcl"), MirrorSourceConnector.class);
    DefaultTopicFilter mirrorMakerFilter = new DefaultTopicFilter();
    mirrorMakerFilter.configure(connectorConfig);
    MirrorFlow flow = MirrorFlows.flowsInto(THREE_NODES, MM_TCL).stream()
        .filter(f -> f.source().equals(TH_CEI)).findFirst().orElseThrow();

    for (String copied : List.of("bcc.mm-tcl.alert.v1", "bcc.all.schema.v1", "bcc.mm-tcl.repatriation.v2")) {
      assertThat(mirrorMakerFilter.shouldReplicateTopic(copied)).as(copied).isTrue();
      assertThat(flow.filterAccepts(copied)).as(copied).isTrue();
    }
    for (String neverCopied : List.of(
        "bcc.la-hxy.alert.v1", // addressed to another node
        "bcc.mm-tcl.alert.v1-dlt", // node-local dead letters
        "th-cei.bcc.mm-tcl.alert.v1", // an already-mirrored copy
        "la-hxy.bcc.all.alert.v1", // a copy mirrored from a third node
        "mm2-offset-syncs.mm-tcl.internal", // MirrorMaker 2's own bookkeeping
        "heartbeats",
        "__consumer_offsets",
        "xbcc.mm-tcl.alert.v1",
        "bcc.mm-tcl.alert.v1.extra")) {
      assertThat(mirrorMakerFilter.shouldReplicateTopic(neverCopied)).as(neverCopied).isFalse();
      assertThat(flow.filterAccepts(neverCopied)).as(neverCopied).isFalse();
    }
  }

  @Test
  void latencyAndStorageSettingsReachTheWorkerOfEveryFlow() {
    MirrorSettings settings = MirrorSettings.sandbox();
    Map<String, String> config = configFor(THREE_NODES, settings);
    MirrorMakerConfig mirrorMakerConfig = new MirrorMakerConfig(config);

    for (NodeId node : THREE_NODES.ids()) {
      assertThat(config).containsEntry(node + ".producer.linger.ms", "0")
          .containsEntry(node + ".offset.flush.interval.ms", "1000");
    }
    for (MirrorFlow flow : MirrorFlows.flows(THREE_NODES)) {
      // What the Connect worker writing into the flow's target actually gets.
      Map<String, String> worker = mirrorMakerConfig.workerConfig(new SourceAndTarget(flow.source().value(), flow.target().value()));
      assertThat(worker).as(flow.name())
          .containsEntry("bootstrap.servers", flow.target() + ":9092")
          .containsEntry("producer.linger.ms", "0")
          .containsEntry("offset.flush.interval.ms", "1000")
          .containsEntry("task.shutdown.graceful.timeout.ms", "1000")
          .containsEntry("plugin.discovery", "service_load")
          .containsEntry("config.storage.replication.factor", "1")
          .containsEntry("offset.storage.replication.factor", "1")
          .containsEntry("status.storage.replication.factor", "1")
          .containsEntry("offset.storage.partitions", "1")
          .containsEntry("status.storage.partitions", "1");
    }
  }

  @Test
  void everyFlowSwitchesOffGroupSyncCheckpointsHeartbeatsAndAclSync() {
    MirrorMakerConfig mirrorMakerConfig = new MirrorMakerConfig(configFor(THREE_NODES, MirrorSettings.production()));
    SourceAndTarget flow = new SourceAndTarget("la-hxy", "th-cei");

    Map<String, String> source = mirrorMakerConfig.connectorBaseConfig(flow, MirrorSourceConnector.class);
    assertThat(source).containsEntry("enabled", "true")
        .containsEntry("topics", Topics.replicationFilter(NodeId.of("th-cei")))
        .containsEntry("replication.factor", "3")
        .containsEntry("refresh.topics.interval.seconds", "60")
        .containsEntry("consumer.poll.timeout.ms", "1000")
        .containsEntry("emit.offset-syncs.enabled", "false")
        .containsEntry("heartbeats.replication.enabled", "false")
        .containsEntry("sync.topic.acls.enabled", "false")
        .containsEntry("replication.policy.class", SaphanReplicationPolicy.class.getName());
    Map<String, String> checkpoints = mirrorMakerConfig.connectorBaseConfig(flow, MirrorCheckpointConnector.class);
    assertThat(checkpoints).containsEntry("emit.checkpoints.enabled", "false")
        .containsEntry("sync.group.offsets.enabled", "false")
        .containsEntry("refresh.groups.enabled", "false")
        .containsEntry("groups.exclude", ".*")
        .containsEntry("checkpoints.topic.replication.factor", "3");
    Map<String, String> heartbeats = mirrorMakerConfig.connectorBaseConfig(flow, MirrorHeartbeatConnector.class);
    assertThat(heartbeats).containsEntry("emit.heartbeats.enabled", "false")
        .containsEntry("heartbeats.topic.replication.factor", "3");

    // MirrorMaker 2's own validation, as its herder runs it before creating each connector: the
    // copying and (idle) heartbeat connectors are accepted; the checkpoint connector is refused,
    // so it never runs. Its herder logs that refusal as an error once per start (see logback.xml).
    assertThat(validationErrors(new MirrorSourceConnector(), source)).isEmpty();
    assertThat(validationErrors(new MirrorHeartbeatConnector(), heartbeats)).isEmpty();
    assertThat(validationErrors(new MirrorCheckpointConnector(), checkpoints)).containsExactlyInAnyOrder(
        "emit.checkpoints.enabled: MirrorCheckpointConnector can't run with emit.checkpoints.enabled set to false",
        "emit.offset-syncs.enabled: MirrorCheckpointConnector can't run without offset syncs");
  }

  @Test
  void copiesAreNamedAsByMirrorMakersDefaultPolicyButNodesOwnTopicsAreNotCopies() {
    SaphanReplicationPolicy policy = new SaphanReplicationPolicy();
    DefaultReplicationPolicy defaultPolicy = new DefaultReplicationPolicy();

    assertThat(policy.formatRemoteTopic("th-cei", "bcc.mm-tcl.alert.v1"))
        .isEqualTo(defaultPolicy.formatRemoteTopic("th-cei", "bcc.mm-tcl.alert.v1"))
        .isEqualTo("th-cei.bcc.mm-tcl.alert.v1");
    assertThat(policy.topicSource("th-cei.bcc.mm-tcl.alert.v1")).isEqualTo("th-cei");
    assertThat(policy.upstreamTopic("th-cei.bcc.mm-tcl.alert.v1")).isEqualTo("bcc.mm-tcl.alert.v1");
    assertThat(policy.topicSource("bcc.mm-tcl.alert.v1")).isNull();
    assertThat(policy.upstreamTopic("bcc.mm-tcl.alert.v1")).isNull();
    // What the default policy makes of a node's own topic: a copy from a cluster named "bcc".
    assertThat(defaultPolicy.topicSource("bcc.mm-tcl.alert.v1")).isEqualTo("bcc");
    assertThat(policy.isInternalTopic("mm2-offsets.th-cei.internal")).isTrue();
  }

  @Test
  void eachNodeExpectsTheCopiesOfWhatItsPeersAddressToItOrToAll() {
    assertThat(MirrorFlows.mirroredTopicName(TH_CEI, "bcc.mm-tcl.alert.v1")).isEqualTo("th-cei.bcc.mm-tcl.alert.v1");

    var expectedOnMmTcl = MirrorFlows.expectedMirroredTopics(THREE_NODES, MM_TCL);

    assertThat(expectedOnMmTcl)
        .contains("th-cei.bcc.mm-tcl.alert.v1", "th-cei.bcc.all.schema.v1", "la-hxy.bcc.mm-tcl.repatriation.v1")
        .doesNotContain("th-cei.bcc.la-hxy.alert.v1", "la-hxy.bcc.th-cei.alert.v1")
        // 2 peers x every stream that leaves a node x (addressed to mm-tcl, addressed to all); local streams (audit) never do
        .hasSize(2 * (int) java.util.Arrays.stream(org.saphan.platform.topic.Stream.values()).filter(st -> !st.isLocal()).count() * 2)
        .doesNotContain("th-cei.bcc.th-cei.audit.v1", "th-cei.bcc.mm-tcl.audit.v1");
    assertThat(expectedOnMmTcl).allSatisfy(copy -> assertThat(copy).doesNotStartWith("mm-tcl."));
  }

  @Test
  void everyNodeNeedsBootstrapServersAndNoOtherNodeMayHaveThem() {
    Map<NodeId, String> missingLaHxy = Map.of(TH_CEI, "th-cei:9092", MM_TCL, "mm-tcl:9092");
    assertThatThrownBy(() -> MirrorFlows.dedicatedModeConfig(THREE_NODES, missingLaHxy, MirrorSettings.sandbox()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no Kafka bootstrap servers given for node(s) [la-hxy]");

    Map<NodeId, String> withStranger = new LinkedHashMap<>(bootstrapServers(THREE_NODES));
    withStranger.put(NodeId.of("xx-abc"), "xx-abc:9092");
    assertThatThrownBy(() -> MirrorFlows.dedicatedModeConfig(THREE_NODES, withStranger, MirrorSettings.sandbox()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[xx-abc] that are not in the node registry");
  }

  @Test
  void eachFlowSignsInAsItsOwnPrincipalOnBothClustersWithPasswordsTakenFromTheTargetsSecretsFile(@TempDir Path directory) {
    FlowSecrets secrets = new FlowSecrets(directory);
    secrets.write(TH_CEI, Map.of("mm-tcl->th-cei.source", "pw-on-mm-tcl", "mm-tcl->th-cei.target", "pw-on-th-cei",
        "la-hxy->th-cei.source", "pw2-on-la-hxy", "la-hxy->th-cei.target", "pw2-on-th-cei"));
    Map<String, String> secured = MirrorFlows.withFlowPrincipals(configFor(THREE_NODES), THREE_NODES,
        Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512"), secrets);
    MirrorFlow fromTachileik = new MirrorFlow(MM_TCL, TH_CEI, Topics.replicationFilter(TH_CEI));

    Map<String, String> ofFlow = MirrorFlows.configOfFlow(secured, fromTachileik);
    assertThat(String.join(" ", ofFlow.values())).as("the configuration names the secrets, never holds them")
        .doesNotContain("pw-on").contains("${file:" + secrets.fileOf(TH_CEI) + ":mm-tcl->th-cei.target}");
    assertThat(ofFlow.keySet()).as("no other flow's settings, so no other node's secrets are looked for")
        .noneMatch(key -> key.contains("->") && !key.startsWith("mm-tcl->th-cei."));
    MirrorMakerConfig mirrorMaker = new MirrorMakerConfig(ofFlow);
    // only this flow runs in its instance
    assertThat(mirrorMaker.clusterPairs()).containsExactly(new SourceAndTarget("mm-tcl", "th-cei"));
    // its worker, whose producer writes the copies into th-cei, signs in there as the flow
    Map<String, String> worker = mirrorMaker.workerConfig(new SourceAndTarget("mm-tcl", "th-cei"));
    String onTarget = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"mm2-mm-tcl-to-th-cei\" "
        + "password=\"pw-on-th-cei\";";
    assertThat(worker).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry("producer.sasl.jaas.config", onTarget).containsEntry("admin.sasl.jaas.config", onTarget);
    // its connectors read mm-tcl as the flow; their configuration (kept in the worker's config topic) names the
    // password, which the worker resolves when it starts them
    Map<String, String> connector = mirrorMaker.connectorBaseConfig(new SourceAndTarget("mm-tcl", "th-cei"), MirrorSourceConnector.class);
    assertThat(connector.get("source.cluster.sasl.jaas.config")).contains("username=\"mm2-mm-tcl-to-th-cei\"")
        .contains("password=\"${file:" + secrets.fileOf(TH_CEI) + ":mm-tcl->th-cei.source}\"");
    assertThat(connector.get("target.cluster.sasl.jaas.config")).contains("username=\"mm2-mm-tcl-to-th-cei\"")
        .contains(":mm-tcl->th-cei.target}");
    // and the flow from Houayxay, in its own instance, signs in to th-cei as itself
    Map<String, String> otherWorker = new MirrorMakerConfig(MirrorFlows.configOfFlow(secured,
        new MirrorFlow(NodeId.of("la-hxy"), TH_CEI, Topics.replicationFilter(TH_CEI)))).workerConfig(new SourceAndTarget("la-hxy", "th-cei"));
    assertThat(otherWorker.get("producer.sasl.jaas.config")).contains("username=\"mm2-la-hxy-to-th-cei\"")
        .contains("password=\"pw2-on-th-cei\"");
    assertThat(secured).containsEntry("config.providers", "file");
  }

  @Test
  void aMirrorCanOnlyTargetAConfiguredCluster() {
    assertThatThrownBy(() -> NodeMirror.start(configFor(THREE_NODES), NodeId.of("th-mst")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("node th-mst is not among the MirrorMaker 2 clusters [la-hxy, mm-tcl, th-cei]");
  }

  static Map<String, String> configFor(NodeRegistry registry) {
    return configFor(registry, MirrorSettings.sandbox());
  }

  static Map<String, String> configFor(NodeRegistry registry, MirrorSettings settings) {
    return MirrorFlows.dedicatedModeConfig(registry, bootstrapServers(registry), settings);
  }

  private static Map<NodeId, String> bootstrapServers(NodeRegistry registry) {
    Map<NodeId, String> servers = new LinkedHashMap<>();
    registry.ids().forEach(id -> servers.put(id, id + ":9092"));
    return servers;
  }

  private static List<String> validationErrors(Connector connector, Map<String, String> config) {
    return connector.validate(config).configValues().stream()
        .flatMap(value -> value.errorMessages().stream().map(error -> value.name() + ": " + error))
        .toList();
  }
}
