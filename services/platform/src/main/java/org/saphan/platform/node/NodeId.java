package org.saphan.platform.node;

import java.util.regex.Pattern;

/**
 * A node's id, e.g. {@code th-cei}: lower-case letters, digits and hyphens, used inside topic names
 * ({@code bcc.<node>.<stream>.v<major>}) and as MirrorMaker 2 cluster alias, so it may hold no dot.
 */
public record NodeId(String value) implements Comparable<NodeId> {

  private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{0,30}[a-z0-9]");
  /** Reserved: the audience that means every node. */
  public static final String RESERVED_ALL = "all";
  /** Reserved: the first part of every node's own topic names (a node called bcc would make them ambiguous). */
  public static final String RESERVED_TOPIC_PREFIX = "bcc";

  public NodeId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + value + "' is not a valid node id: use 2-32 lower-case letters, digits"
          + " and hyphens, starting with a letter (e.g. th-cei)");
    }
    if (value.equals(RESERVED_ALL)) {
      throw new IllegalArgumentException("'all' is reserved for the audience of every node and cannot be a node id");
    }
    if (value.equals(RESERVED_TOPIC_PREFIX)) {
      throw new IllegalArgumentException("'bcc' is reserved as the prefix of topic names and cannot be a node id");
    }
  }

  public static NodeId of(String value) {
    return new NodeId(value);
  }

  @Override
  public int compareTo(NodeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
