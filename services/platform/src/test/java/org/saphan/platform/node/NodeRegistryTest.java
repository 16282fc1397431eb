package org.saphan.platform.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeRegistryTest {

  private static Map<String, String> threeNodes() {
    Map<String, String> p = new HashMap<>();
    NodeRegistry.defaults().nodes().forEach(n -> {
      p.put("saphan.nodes." + n.id() + ".name", n.name());
      p.put("saphan.nodes." + n.id() + ".country", n.country());
      p.put("saphan.nodes." + n.id() + ".zone", n.zone().getId());
      p.put("saphan.nodes." + n.id() + ".language", n.languageTag());
    });
    return p;
  }

  @Test
  void theDefaultFederationIsChiangRaiTachileikAndHouayxay() {
    NodeRegistry registry = NodeRegistry.defaults();

    assertThat(registry.ids()).extracting(NodeId::value).containsExactly("la-hxy", "mm-tcl", "th-cei");
    Node tachileik = registry.require(NodeId.of("mm-tcl"));
    assertThat(tachileik.name()).isEqualTo("Tachileik");
    assertThat(tachileik.zone()).isEqualTo(ZoneId.of("Asia/Yangon"));
    assertThat(tachileik.languageTag()).isEqualTo("my");
    assertThat(registry.require(NodeId.of("th-cei")).zone()).isEqualTo(ZoneId.of("Asia/Bangkok"));
    assertThat(registry.require(NodeId.of("la-hxy")).languageTag()).isEqualTo("lo");
  }

  @Test
  void aFourthNodeNeedsOnlyConfiguration() {
    Map<String, String> p = threeNodes();
    p.put("saphan.nodes.th-mst.name", "Mae Sot");
    p.put("saphan.nodes.th-mst.country", "TH");
    p.put("saphan.nodes.th-mst.zone", "Asia/Bangkok");
    p.put("saphan.nodes.th-mst.language", "th");

    NodeRegistry registry = NodeRegistry.fromProperties(p);

    assertThat(registry.ids()).hasSize(4);
    assertThat(registry.peersOf(NodeId.of("th-mst"))).extracting(Node::name).containsExactly("Houayxay", "Tachileik", "Chiang Rai");
  }

  @Test
  void anUnknownNodeIsAClearErrorListingTheKnownOnes() {
    assertThatThrownBy(() -> NodeRegistry.defaults().require("mm-mwd", "in the addresses"))
        .isInstanceOf(UnknownNodeException.class)
        .hasMessage("unknown node 'mm-mwd' in the addresses; known nodes: la-hxy, mm-tcl, th-cei");
  }

  @Test
  void aNodeWithoutZoneIsRejectedNamingTheKey() {
    Map<String, String> p = threeNodes();
    p.remove("saphan.nodes.mm-tcl.zone");

    assertThatThrownBy(() -> NodeRegistry.fromProperties(p))
        .isInstanceOf(NodeConfigurationException.class)
        .hasMessage("node mm-tcl has no zone: set saphan.nodes.mm-tcl.zone");
  }

  @Test
  void aWrongZoneIsRejected() {
    Map<String, String> p = threeNodes();
    p.put("saphan.nodes.mm-tcl.zone", "Asia/Tachileik");

    assertThatThrownBy(() -> NodeRegistry.fromProperties(p)).hasMessageContaining("saphan.nodes.mm-tcl.zone='Asia/Tachileik' is not an IANA time zone");
  }

  @Test
  void aMisspelledKeyIsRejectedRatherThanIgnored() {
    Map<String, String> p = threeNodes();
    p.put("saphan.nodes.mm-tcl.timezone", "Asia/Yangon");

    assertThatThrownBy(() -> NodeRegistry.fromProperties(p))
        .isInstanceOf(NodeConfigurationException.class)
        .hasMessageContaining("unknown node registry key 'saphan.nodes.mm-tcl.timezone'");
  }

  @Test
  void nodeIdsMustFitInTopicNamesAndAllIsReserved() {
    assertThatThrownBy(() -> NodeId.of("TH_CEI")).hasMessageContaining("not a valid node id");
    assertThatThrownBy(() -> NodeId.of("th.cei")).hasMessageContaining("not a valid node id");
    assertThatThrownBy(() -> NodeId.of("all")).hasMessageContaining("reserved");
    assertThatThrownBy(() -> NodeId.of("bcc")).hasMessageContaining("reserved as the prefix of topic names");
    Map<String, String> p = threeNodes();
    p.put("saphan.nodes.all.name", "Everyone");
    assertThatThrownBy(() -> NodeRegistry.fromProperties(p)).isInstanceOf(NodeConfigurationException.class).hasMessageContaining("reserved");
  }

  @Test
  void aFederationNeedsTwoNodes() {
    Map<String, String> p = new HashMap<>();
    p.put("saphan.nodes.th-cei.name", "Chiang Rai");
    p.put("saphan.nodes.th-cei.country", "TH");
    p.put("saphan.nodes.th-cei.zone", "Asia/Bangkok");
    p.put("saphan.nodes.th-cei.language", "th");

    assertThatThrownBy(() -> NodeRegistry.fromProperties(p)).hasMessageContaining("at least two nodes");
  }
}
