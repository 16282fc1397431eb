package org.saphan.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.node.UnknownNodeException;
import org.saphan.platform.topic.Audience;

class AddressingTest {

  private final NodeRegistry registry = NodeRegistry.defaults();
  private final NodeId chiangRai = NodeId.of("th-cei");

  @Test
  void nodeAddressesBecomeOneAudienceEach() {
    assertThat(Addressing.audiences(List.of("mm-tcl", "la-hxy"), chiangRai, registry))
        .containsExactly(Audience.node(NodeId.of("mm-tcl")), Audience.node(NodeId.of("la-hxy")));
  }

  @Test
  void allMeansEveryNode() {
    assertThat(Addressing.audiences(List.of("all"), chiangRai, registry)).containsExactly(Audience.ALL);
  }

  @Test
  void anUnknownNodeInTheAddressesIsRejectedOnSend() {
    assertThatThrownBy(() -> Addressing.audiences(List.of("mm-tcl", "mm-mwd"), chiangRai, registry))
        .isInstanceOf(UnknownNodeException.class)
        .hasMessageContaining("unknown node 'mm-mwd' in the addresses");
  }

  @Test
  void aNodeCannotAddressItselfOrNobody() {
    assertThatThrownBy(() -> Addressing.audiences(List.of("th-cei"), chiangRai, registry)).hasMessageContaining("cannot address an event to itself");
    assertThatThrownBy(() -> Addressing.audiences(List.of(), chiangRai, registry)).hasMessageContaining("at least one address");
  }
}
