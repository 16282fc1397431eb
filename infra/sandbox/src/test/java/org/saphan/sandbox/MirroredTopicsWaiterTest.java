package org.saphan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.saphan.platform.node.NodeId;

class MirroredTopicsWaiterTest {

  @Test
  void namesTheOneMissingTopicAndWhere() {
    Map<NodeId, Set<String>> missing = Map.of(NodeId.of("mm-tcl"), Set.of("th-cei.bcc.mm-tcl.alert.v1"));

    assertThat(MirroredTopicsWaiter.describe(missing, Duration.ofSeconds(60)))
        .isEqualTo("MirrorMaker 2 did not create th-cei.bcc.mm-tcl.alert.v1 on mm-tcl within 60 s");
  }

  @Test
  void listsEveryMissingTopicByNode() {
    Map<NodeId, Set<String>> missing = new TreeMap<>(Map.of(
        NodeId.of("mm-tcl"), new TreeSet<>(Set.of("th-cei.bcc.mm-tcl.alert.v1", "th-cei.bcc.all.alert.v1")),
        NodeId.of("la-hxy"), Set.of("th-cei.bcc.la-hxy.alert.v1")));

    assertThat(MirroredTopicsWaiter.describe(missing, Duration.ofSeconds(60))).isEqualTo(
        "MirrorMaker 2 did not create 3 mirrored topics within 60 s: on la-hxy th-cei.bcc.la-hxy.alert.v1;"
            + " on mm-tcl th-cei.bcc.all.alert.v1, th-cei.bcc.mm-tcl.alert.v1");
  }
}
