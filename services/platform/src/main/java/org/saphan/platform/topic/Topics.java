package org.saphan.platform.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;

/**
 * The one place that knows topic names and which topics flow where.
 *
 * <ul>
 *   <li>A node writes its events to {@code bcc.<audience>.<stream>.v<major>} on its own cluster,
 *       where {@code <audience>} is a node id or {@code all}.
 *   <li>The MirrorMaker 2 flow {@code a->b} copies only topics addressed to {@code b} or to
 *       {@code all}: {@link #replicationFilter}. On {@code b} the copy is named
 *       {@code a.bcc.<audience>.<stream>.v<major>} (MM2's default replication policy).
 *   <li>Node-local topics (dead letters: {@code <topic>-dlt}) never match the filter, so never
 *       leave the node.
 * </ul>
 */
public final class Topics {

  public static final String PREFIX = NodeId.RESERVED_TOPIC_PREFIX;
  public static final String DEAD_LETTER_SUFFIX = "-dlt";

  private static final String NODE = "[a-z][a-z0-9-]*[a-z0-9]";
  private static final Pattern TOPIC = Pattern.compile(
      "(?:(?<origin>" + NODE + ")\\.)?" + PREFIX + "\\.(?<audience>" + NODE + ")\\.(?<stream>[a-z]+)\\.v(?<major>[0-9]+)");

  private Topics() {}

  /** Where a node writes events of {@code stream} addressed to {@code audience}. */
  public static String outbound(Stream stream, Audience audience) {
    return PREFIX + "." + audience.token() + "." + stream.id() + ".v" + stream.major();
  }

  /** The copy, on a receiving node's cluster, of {@code origin}'s topic of {@code stream} to {@code audience}. */
  public static String mirroredCopy(NodeId origin, Stream stream, Audience audience) {
    return origin.value() + "." + outbound(stream, audience);
  }

  /**
   * Every topic of {@code stream} on one node's cluster: the node's own outbound topics and the
   * copies mirrored from its peers. Consumers subscribe with this pattern.
   */
  public static Pattern streamPattern(Stream stream) {
    return Pattern.compile("(?:" + NODE + "\\.)?" + PREFIX + "\\." + NODE + "\\." + stream.id() + "\\.v" + stream.major());
  }

  /** The start of every topic name addressed to {@code audience} on its writer's cluster, e.g. {@code bcc.la-hxy.}. */
  public static String audiencePrefix(Audience audience) {
    return PREFIX + "." + audience.token() + ".";
  }

  /** The start of every copy mirrored from {@code origin} onto a peer's cluster, e.g. {@code mm-tcl.bcc.}. */
  public static String mirroredPrefix(NodeId origin) {
    return origin.value() + "." + PREFIX + ".";
  }

  /** The start of the copies mirrored from {@code origin} of its topics addressed to {@code audience}. */
  public static String mirroredPrefix(NodeId origin, Audience audience) {
    return origin.value() + "." + audiencePrefix(audience);
  }

  /** The MirrorMaker 2 topic filter of every flow into {@code destination}: its own and {@code all}. */
  public static String replicationFilter(NodeId destination) {
    // Node ids hold only [a-z0-9-], none of them special outside a character class.
    return PREFIX + "\\.(" + destination.value() + "|" + NodeId.RESERVED_ALL + ")\\.[a-z]+\\.v[0-9]+";
  }

  /** The node-local dead-letter topic for records that could not be processed from {@code topic}. */
  public static String deadLetter(String topic) {
    return topic + DEAD_LETTER_SUFFIX;
  }

  /** Every outbound topic {@code node} writes to: each stream, for each peer and for all; a local stream only to itself. */
  public static List<String> outboundTopicsOf(NodeId node, NodeRegistry registry) {
    List<String> topics = new ArrayList<>();
    for (Stream stream : Stream.values()) {
      if (stream.isLocal()) {
        topics.add(outbound(stream, Audience.node(node)));
        continue;
      }
      topics.add(outbound(stream, Audience.ALL));
      for (Node peer : registry.peersOf(node)) {
        topics.add(outbound(stream, Audience.node(peer.id())));
      }
    }
    return topics;
  }

  /** Parses a Saphan topic name, local or mirrored; empty for anything else (internal, dead letters). */
  public static Optional<TopicName> parse(String topic) {
    Matcher m = TOPIC.matcher(topic);
    if (!m.matches()) {
      return Optional.empty();
    }
    String audience = m.group("audience");
    Optional<NodeId> origin = Optional.ofNullable(m.group("origin")).map(NodeId::of);
    Stream stream;
    try {
      stream = Stream.fromId(m.group("stream"));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.of(new TopicName(topic, origin,
        audience.equals(NodeId.RESERVED_ALL) ? Audience.ALL : Audience.node(NodeId.of(audience)),
        stream, Integer.parseInt(m.group("major"))));
  }

  /**
   * A parsed topic name.
   *
   * @param mirroredFrom the peer this copy was mirrored from; empty for the node's own topics
   */
  public record TopicName(String name, Optional<NodeId> mirroredFrom, Audience audience, Stream stream, int major) {}
}
