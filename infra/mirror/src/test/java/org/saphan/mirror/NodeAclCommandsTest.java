package org.saphan.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import org.saphan.platform.kafka.MirrorWorkerResources;
import org.saphan.platform.kafka.NodeAcls;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;

class NodeAclCommandsTest {

  private static final NodeRegistry REGISTRY = NodeRegistry.defaults();
  private static final NodeId TH_CEI = NodeId.of("th-cei");
  private static final NodeId MM_TCL = NodeId.of("mm-tcl");

  @Test
  void theWorkerOfAFlowKeepsItsGroupAndTopicsOnTheTargetUnderTheSourcesName() {
    MirrorFlow intoThCei = new MirrorFlow(MM_TCL, TH_CEI, "unused");

    MirrorWorkerResources worker = MirrorFlows.workerResourcesOnTarget(REGISTRY, intoThCei);

    assertThat(worker.groupId()).isEqualTo("mm-tcl-mm2");
    assertThat(worker.internalTopics()).containsExactly("mm2-configs.mm-tcl.internal", "mm2-offsets.mm-tcl.internal",
        "mm2-status.mm-tcl.internal");
  }

  @Test
  void theFlowIntoTheNodeMayUseTheGroupAndTopicsMirrorMakerNamesForIt() {
    NodeAcls acls = NodeAclCommands.aclsOf(REGISTRY, TH_CEI);

    assertThat(acls.bindingsOf("mm2-mm-tcl-to-th-cei"))
        .anyMatch(b -> b.pattern().resourceType() == ResourceType.GROUP && b.pattern().name().equals("mm-tcl-mm2"))
        .anyMatch(b -> b.pattern().name().equals("mm2-offsets.mm-tcl.internal") && b.entry().operation() == AclOperation.WRITE);
    assertThat(acls.bindingsOf("mm2-la-hxy-to-th-cei")).noneMatch(b -> b.pattern().name().contains("mm-tcl"));
  }

  @Test
  void printsTheUsersThenTheAclsOfTheNodesCluster() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    NodeAclCommands.print(REGISTRY, TH_CEI, "th-cei-kafka:9093", "admin.properties", new PrintStream(out, true, StandardCharsets.UTF_8));

    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo("# SCRAM-SHA-512 users of th-cei's cluster");
    assertThat(lines).filteredOn(l -> l.startsWith("kafka-configs.sh")).hasSize(5);
    assertThat(lines).filteredOn(l -> l.startsWith("kafka-acls.sh"))
        .anyMatch(l -> l.contains("--allow-principal User:mm2-mm-tcl-to-th-cei") && l.contains("--group 'mm-tcl-mm2'"));
  }
}
