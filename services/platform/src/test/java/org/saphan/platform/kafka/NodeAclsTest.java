package org.saphan.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.topic.Audience;
import org.saphan.platform.topic.Stream;
import org.saphan.platform.topic.Topics;

/**
 * The ACLs of th-cei's cluster, checked against the addressing rules they must enforce. The
 * secured-broker test in the sandbox proves a real broker applies them the same way.
 */
class NodeAclsTest {

  private static final NodeRegistry REGISTRY = NodeRegistry.defaults();
  private static final NodeId TH_CEI = NodeId.of("th-cei");
  private static final NodeId MM_TCL = NodeId.of("mm-tcl");
  private static final NodeId LA_HXY = NodeId.of("la-hxy");
  private static final NodeAcls ACLS = NodeAcls.of(REGISTRY, TH_CEI, NodeAclsTest::workerOfFlowFrom);

  private static final String SERVICES = "th-cei-services";
  private static final String FLOW_TO_LA_HXY = "mm2-th-cei-to-la-hxy";
  private static final String FLOW_FROM_MM_TCL = "mm2-mm-tcl-to-th-cei";

  /** Stand-in for MirrorFlows.workerResourcesOnTarget (infra/mirror), which the platform cannot see. */
  private static MirrorWorkerResources workerOfFlowFrom(NodeId source) {
    return new MirrorWorkerResources(source + "-mm2", List.of("mm2-configs." + source + ".internal",
        "mm2-offsets." + source + ".internal", "mm2-status." + source + ".internal"));
  }

  @Test
  void theClusterKnowsTheServicesAndOneUserPerFlowOutOfAndIntoTheNode() {
    assertThat(ACLS.users()).containsExactly(SERVICES, "mm2-th-cei-to-la-hxy", "mm2-th-cei-to-mm-tcl",
        "mm2-la-hxy-to-th-cei", "mm2-mm-tcl-to-th-cei");
    assertThat(ACLS.bindings()).allSatisfy(b -> assertThat(ACLS.users()).contains(b.entry().principal().substring("User:".length())));
  }

  @Test
  void houayxaysFlowMayReadOnlyWhatIsAddressedToHouayxayOrToAll() {
    List<ResourcePattern> granted = ACLS.bindingsOf(FLOW_TO_LA_HXY).stream()
        .filter(b -> b.entry().permissionType() == AclPermissionType.ALLOW).map(AclBinding::pattern).distinct().toList();

    assertThat(granted).containsExactly(
        new ResourcePattern(ResourceType.TOPIC, "bcc.la-hxy.", PatternType.PREFIXED),
        new ResourcePattern(ResourceType.TOPIC, "bcc.all.", PatternType.PREFIXED));
    assertThat(ACLS.bindingsOf(FLOW_TO_LA_HXY)).filteredOn(b -> b.entry().permissionType() == AclPermissionType.ALLOW)
        .extracting(b -> b.entry().operation()).containsOnly(AclOperation.READ, AclOperation.DESCRIBE, AclOperation.DESCRIBE_CONFIGS);
  }

  @Test
  void eachFlowOutMayReadExactlyTheTopicsItsReplicationFilterCopies() {
    for (NodeId peer : List.of(MM_TCL, LA_HXY)) {
      Pattern filter = Pattern.compile(Topics.replicationFilter(peer));
      for (String topic : topicsOnThCei()) {
        boolean copied = filter.matcher(topic).matches();
        assertThat(allowed(NodeAcls.flowUser(TH_CEI, peer), AclOperation.READ, ResourceType.TOPIC, topic))
            .as("flow th-cei->%s reading %s", peer, topic).isEqualTo(copied);
      }
    }
  }

  @Test
  void deadLettersNeverLeaveTheNodeEvenWhereTheirNameStartsLikeACopiedTopic() {
    String deadLetter = Topics.deadLetter(Topics.outbound(Stream.ALERT, Audience.node(LA_HXY)));

    assertThat(allowed(FLOW_TO_LA_HXY, AclOperation.READ, ResourceType.TOPIC, deadLetter)).isFalse();
    assertThat(allowed(FLOW_TO_LA_HXY, AclOperation.DESCRIBE, ResourceType.TOPIC, deadLetter)).isFalse();
    assertThat(allowed(SERVICES, AclOperation.READ, ResourceType.TOPIC, deadLetter)).isTrue();
  }

  @Test
  void theServicesWriteTheirOwnTopicsAndOnlyReadTheMirroredCopies() {
    for (String topic : Topics.outboundTopicsOf(TH_CEI, REGISTRY)) {
      assertThat(allowed(SERVICES, AclOperation.WRITE, ResourceType.TOPIC, topic)).as(topic).isTrue();
      assertThat(allowed(SERVICES, AclOperation.CREATE, ResourceType.TOPIC, topic)).as(topic).isTrue();
      assertThat(allowed(SERVICES, AclOperation.READ, ResourceType.TOPIC, topic)).as(topic).isTrue();
    }
    for (String copy : copiesOnThCei()) {
      assertThat(allowed(SERVICES, AclOperation.READ, ResourceType.TOPIC, copy)).as(copy).isTrue();
      assertThat(allowed(SERVICES, AclOperation.WRITE, ResourceType.TOPIC, copy)).as(copy).isFalse();
      assertThat(allowed(SERVICES, AclOperation.CREATE, ResourceType.TOPIC, copy)).as(copy).isFalse();
      assertThat(allowed(SERVICES, AclOperation.WRITE, ResourceType.TOPIC, Topics.deadLetter(copy))).as(copy).isTrue();
    }
    assertThat(allowed(SERVICES, AclOperation.READ, ResourceType.GROUP, "saphan-th-cei-alert-view")).isTrue();
    assertThat(allowed(SERVICES, AclOperation.READ, ResourceType.GROUP, "saphan-mm-tcl-alert-view")).isFalse();
    assertThat(allowed(SERVICES, AclOperation.READ, ResourceType.TOPIC, "mm2-configs.mm-tcl.internal")).isFalse();
  }

  @Test
  void theFlowFromTachileikWritesOnlyTheCopiesItDeliversAndItsWorkersOwnTopics() {
    for (String topic : topicsOnThCei()) {
      boolean deliveredByThisFlow = copiesOnThCei().contains(topic) && topic.startsWith("mm-tcl.");
      assertThat(allowed(FLOW_FROM_MM_TCL, AclOperation.WRITE, ResourceType.TOPIC, topic)).as(topic).isEqualTo(deliveredByThisFlow);
      assertThat(allowed(FLOW_FROM_MM_TCL, AclOperation.READ, ResourceType.TOPIC, topic)).as(topic).isFalse();
    }
    assertThat(allowed(FLOW_FROM_MM_TCL, AclOperation.CREATE, ResourceType.TOPIC, "mm-tcl.bcc.th-cei.alert.v1")).isTrue();
    assertThat(allowed(FLOW_FROM_MM_TCL, AclOperation.ALTER_CONFIGS, ResourceType.TOPIC, "mm-tcl.bcc.all.alert.v1")).isTrue();
    assertThat(allowed(FLOW_FROM_MM_TCL, AclOperation.CREATE, ResourceType.TOPIC, "mm-tcl.bcc.la-hxy.alert.v1"))
        .as("a copy addressed to someone else").isFalse();
    for (String internal : workerOfFlowFrom(MM_TCL).internalTopics()) {
      assertThat(allowed(FLOW_FROM_MM_TCL, AclOperation.WRITE, ResourceType.TOPIC, internal)).as(internal).isTrue();
      assertThat(allowed(FLOW_FROM_MM_TCL, AclOperation.READ, ResourceType.TOPIC, internal)).as(internal).isTrue();
    }
    assertThat(allowed(FLOW_FROM_MM_TCL, AclOperation.READ, ResourceType.GROUP, "mm-tcl-mm2")).isTrue();
    assertThat(allowed(FLOW_FROM_MM_TCL, AclOperation.READ, ResourceType.GROUP, "la-hxy-mm2")).isFalse();
    assertThat(allowed(FLOW_FROM_MM_TCL, AclOperation.WRITE, ResourceType.TOPIC, "mm2-offsets.la-hxy.internal")).isFalse();
  }

  @Test
  void nobodyGetsAClusterWideRight() {
    assertThat(ACLS.bindings()).extracting(b -> b.pattern().resourceType()).containsOnly(ResourceType.TOPIC, ResourceType.GROUP);
    assertThat(ACLS.bindings()).filteredOn(b -> b.entry().permissionType() == AclPermissionType.ALLOW)
        .extracting(b -> b.entry().operation()).doesNotContain(AclOperation.ALL, AclOperation.DELETE);
  }

  @Test
  void theCommandsAnAdministratorRunsGrantTheSameRights() {
    List<String> commands = ACLS.kafkaAclsCommands("th-cei-kafka:9093", "admin.properties");

    assertThat(commands).contains("kafka-acls.sh --bootstrap-server th-cei-kafka:9093 --command-config admin.properties --add"
        + " --allow-principal User:mm2-th-cei-to-la-hxy --operation Read --operation Describe --operation DescribeConfigs"
        + " --topic 'bcc.la-hxy.' --resource-pattern-type prefixed");
    assertThat(commands).anyMatch(c -> c.contains("--deny-principal User:mm2-th-cei-to-la-hxy --operation All"
        + " --topic 'bcc.la-hxy.alert.v1-dlt' --resource-pattern-type literal"));
    long operations = commands.stream().mapToLong(c -> c.split(" --operation ", -1).length - 1).sum();
    assertThat(operations).isEqualTo(ACLS.bindings().size());
    assertThat(ACLS.scramUserCommands("th-cei-kafka:9093", "admin.properties")).hasSize(ACLS.users().size())
        .first().asString().contains("--entity-name th-cei-services --add-config 'SCRAM-SHA-512=[password=<password of th-cei-services>]'");
  }

  /** Every Saphan topic that can exist on th-cei's cluster: its own, their dead letters, the copies and theirs. */
  private static List<String> topicsOnThCei() {
    List<String> topics = new ArrayList<>();
    for (String topic : Topics.outboundTopicsOf(TH_CEI, REGISTRY)) {
      topics.add(topic);
      topics.add(Topics.deadLetter(topic));
    }
    for (String copy : copiesOnThCei()) {
      topics.add(copy);
      topics.add(Topics.deadLetter(copy));
    }
    return topics;
  }

  /** Written out independently of NodeAcls: the peers' topics addressed to th-cei or all, as named on th-cei. */
  private static List<String> copiesOnThCei() {
    List<String> copies = new ArrayList<>();
    for (NodeId peer : List.of(MM_TCL, LA_HXY)) {
      for (Stream stream : Stream.values()) {
        if (!stream.isLocal()) {
          copies.add(Topics.mirroredCopy(peer, stream, Audience.node(TH_CEI)));
          copies.add(Topics.mirroredCopy(peer, stream, Audience.ALL));
        }
      }
    }
    return copies;
  }

  /** Kafka's rule, for the operations these ACLs use: a matching DENY wins, else a matching ALLOW grants. */
  private static boolean allowed(String user, AclOperation operation, ResourceType type, String name) {
    List<AclBinding> matching = ACLS.bindingsOf(user).stream()
        .filter(b -> b.pattern().resourceType() == type && matches(b.pattern(), name))
        .filter(b -> b.entry().operation() == operation || b.entry().operation() == AclOperation.ALL)
        .toList();
    boolean denied = matching.stream().anyMatch(b -> b.entry().permissionType() == AclPermissionType.DENY);
    boolean granted = matching.stream().anyMatch(b -> b.entry().permissionType() == AclPermissionType.ALLOW);
    return granted && !denied;
  }

  private static boolean matches(ResourcePattern pattern, String name) {
    return switch (pattern.patternType()) {
      case LITERAL -> pattern.name().equals(name);
      case PREFIXED -> name.startsWith(pattern.name());
      default -> throw new IllegalStateException("unexpected pattern type in " + pattern);
    };
  }
}
