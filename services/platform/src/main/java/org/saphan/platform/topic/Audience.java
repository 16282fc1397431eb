package org.saphan.platform.topic;

import java.util.Objects;
import org.saphan.platform.node.NodeId;

/** Who a topic is addressed to: one node, or every node ({@code all}). */
public sealed interface Audience permits Audience.Everyone, Audience.OneNode {

  Audience ALL = new Everyone();

  static Audience node(NodeId node) {
    return new OneNode(node);
  }

  /** The audience as it appears in topic names: a node id or {@code all}. */
  String token();

  /** Whether data addressed to this audience may be delivered to {@code node}. */
  boolean includes(NodeId node);

  record Everyone() implements Audience {
    @Override
    public String token() {
      return NodeId.RESERVED_ALL;
    }

    @Override
    public boolean includes(NodeId node) {
      return true;
    }
  }

  record OneNode(NodeId node) implements Audience {
    public OneNode {
      Objects.requireNonNull(node, "node");
    }

    @Override
    public String token() {
      return node.value();
    }

    @Override
    public boolean includes(NodeId other) {
      return node.equals(other);
    }
  }
}
