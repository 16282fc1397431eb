package org.saphan.platform.node;

import java.util.Collection;
import java.util.stream.Collectors;

/** A node id that is not in the node registry, e.g. a typo in an address. */
public class UnknownNodeException extends IllegalArgumentException {

  private final String nodeId;

  public UnknownNodeException(String nodeId, String where, Collection<NodeId> known) {
    super("unknown node '" + nodeId + "' " + where + "; known nodes: "
        + known.stream().map(NodeId::value).sorted().collect(Collectors.joining(", ")));
    this.nodeId = nodeId;
  }

  public String nodeId() {
    return nodeId;
  }
}
