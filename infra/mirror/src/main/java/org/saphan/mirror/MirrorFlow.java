package org.saphan.mirror;

import java.util.Objects;
import java.util.regex.Pattern;
import org.saphan.platform.node.NodeId;

/**
 * One MirrorMaker 2 replication flow: the copying of topics from the {@code source} node's cluster
 * to the {@code target} node's cluster.
 *
 * @param topicFilter the regular expression a source topic's whole name must match to be copied
 *     (MirrorMaker 2's {@code topics} setting of this flow)
 */
public record MirrorFlow(NodeId source, NodeId target, String topicFilter) {

  public MirrorFlow {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(topicFilter, "topicFilter");
    if (source.equals(target)) {
      throw new IllegalArgumentException("a flow needs two different nodes, got " + source + " twice");
    }
    // MirrorMaker 2 reads "topics" as a comma-separated list of expressions.
    if (topicFilter.contains(",")) {
      throw new IllegalArgumentException("topic filter '" + topicFilter + "' must be one expression without commas");
    }
  }

  /** MirrorMaker 2's name for the flow and prefix of its settings, e.g. {@code th-cei->mm-tcl}. */
  public String name() {
    return source.value() + "->" + target.value();
  }

  /**
   * Whether the filter accepts {@code topic}, tested as MirrorMaker 2's default topic filter does
   * ({@link java.util.regex.Matcher#matches()}: the whole name must match).
   */
  public boolean filterAccepts(String topic) {
    return Pattern.compile(topicFilter).matcher(topic).matches();
  }

  @Override
  public String toString() {
    return name() + " topics " + topicFilter;
  }
}
