package org.saphan.platform.kafka;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.topic.Audience;

/** Turns the addresses of an event (node ids, or {@code all}) into audiences, rejecting unknown nodes. */
public final class Addressing {

  private Addressing() {}

  /**
   * @throws org.saphan.platform.node.UnknownNodeException for an address that is not a node
   * @throws IllegalArgumentException for no address, or the sending node addressing itself
   */
  public static Set<Audience> audiences(Collection<String> addresses, NodeId sender, NodeRegistry registry) {
    if (addresses == null || addresses.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one address: a node id or 'all'");
    }
    if (addresses.contains(NodeId.RESERVED_ALL)) {
      return Set.of(Audience.ALL);
    }
    Set<Audience> audiences = new LinkedHashSet<>();
    for (String address : addresses) {
      Node node = registry.require(address, "in the addresses");
      if (node.id().equals(sender)) {
        throw new IllegalArgumentException("node " + sender + " cannot address an event to itself; its own view already has it");
      }
      audiences.add(Audience.node(node.id()));
    }
    return audiences;
  }
}
