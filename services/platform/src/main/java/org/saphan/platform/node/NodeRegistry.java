package org.saphan.platform.node;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saphan.platform.config.Utf8Properties;

/**
 * Every node of the federation, from configuration. Adding a border centre is four lines of
 * configuration and nothing else:
 *
 * <pre>
 * saphan.nodes.th-mst.name=Mae Sot
 * saphan.nodes.th-mst.country=TH
 * saphan.nodes.th-mst.zone=Asia/Bangkok
 * saphan.nodes.th-mst.language=th
 * </pre>
 *
 * The same keys bind from Spring Boot configuration. Topics, MirrorMaker 2 flows and addressing all
 * derive from this registry.
 */
public final class NodeRegistry {

  public static final String PREFIX = "saphan.nodes.";
  /** The registry shipped with the platform: Chiang Rai, Tachileik and Houayxay. */
  public static final String DEFAULT_RESOURCE = "/saphan-nodes.properties";

  /**
   * A node's public signing keys ({@code saphan.nodes.<id>.signing-keys}): read by the key ring
   * ({@code org.saphan.platform.signing.KeyRing}), allowed but not needed here.
   */
  public static final String SIGNING_KEYS = "signing-keys";

  private static final Pattern KEY = Pattern.compile(Pattern.quote(PREFIX) + "([^.]+)\\.([a-z-]+)");
  private static final Set<String> ATTRIBUTES = Set.of("name", "country", "zone", "language");

  private final Map<NodeId, Node> nodes;
  private final List<Node> ordered;

  public NodeRegistry(Collection<Node> nodes) {
    Map<NodeId, Node> byId = new TreeMap<>();
    for (Node node : nodes) {
      if (byId.put(node.id(), node) != null) {
        throw new NodeConfigurationException("node " + node.id() + " is configured twice");
      }
    }
    if (byId.size() < 2) {
      throw new NodeConfigurationException("a federation needs at least two nodes, got " + byId.keySet());
    }
    this.nodes = Map.copyOf(byId);
    this.ordered = List.copyOf(byId.values());
  }

  /** The three border centres the project starts with. */
  public static NodeRegistry defaults() {
    return fromProperties(Utf8Properties.fromClasspath(DEFAULT_RESOURCE));
  }

  public static NodeRegistry fromFile(Path file) {
    return fromProperties(Utf8Properties.fromFile(file));
  }

  /**
   * Reads {@code saphan.nodes.<id>.<name|country|zone|language>}; keys outside {@code saphan.nodes.}
   * and the nodes' {@link #SIGNING_KEYS} are ignored.
   */
  public static NodeRegistry fromProperties(Map<?, ?> properties) {
    Map<String, Map<String, String>> attributesById = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : new TreeMap<>(stringKeys(properties)).entrySet()) {
      String key = entry.getKey().toString();
      if (!key.startsWith(PREFIX)) {
        continue;
      }
      Matcher m = KEY.matcher(key);
      if (m.matches() && m.group(2).equals(SIGNING_KEYS)) {
        continue;
      }
      if (!m.matches() || !ATTRIBUTES.contains(m.group(2))) {
        throw new NodeConfigurationException("unknown node registry key '" + key + "'; expected " + PREFIX
            + "<node id>.<" + String.join("|", new TreeSet<>(ATTRIBUTES)) + ">");
      }
      attributesById.computeIfAbsent(m.group(1), id -> new LinkedHashMap<>()).put(m.group(2), entry.getValue().toString().trim());
    }
    if (attributesById.isEmpty()) {
      throw new NodeConfigurationException("no nodes configured: expected keys " + PREFIX + "<node id>.name|country|zone|language");
    }
    return new NodeRegistry(attributesById.entrySet().stream().map(e -> node(e.getKey(), e.getValue())).toList());
  }

  /**
   * The node a property of the registry is about, if {@code key} is {@code saphan.nodes.<id>.<attribute>}
   * (the one rule for these names, which the key ring reads too).
   */
  public static Optional<String> nodeOf(String key, String attribute) {
    Matcher m = KEY.matcher(key);
    return m.matches() && m.group(2).equals(attribute) ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Map<String, Object> stringKeys(Map<?, ?> properties) {
    Map<String, Object> copy = new TreeMap<>();
    properties.forEach((k, v) -> copy.put(String.valueOf(k), v));
    return copy;
  }

  private static Node node(String rawId, Map<String, String> attributes) {
    NodeId id;
    try {
      id = NodeId.of(rawId);
    } catch (IllegalArgumentException e) {
      throw new NodeConfigurationException("in " + PREFIX + rawId + ".*: " + e.getMessage());
    }
    for (String attribute : new TreeSet<>(ATTRIBUTES)) {
      if (attributes.getOrDefault(attribute, "").isBlank()) {
        throw new NodeConfigurationException("node " + id + " has no " + attribute + ": set " + PREFIX + id + "." + attribute);
      }
    }
    String country = attributes.get("country");
    if (!country.matches("[A-Z]{2}")) {
      throw new NodeConfigurationException(PREFIX + id + ".country='" + country + "' is not an ISO 3166-1 alpha-2 code such as TH");
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(attributes.get("zone"));
    } catch (DateTimeException e) {
      throw new NodeConfigurationException(PREFIX + id + ".zone='" + attributes.get("zone") + "' is not an IANA time zone such as Asia/Yangon");
    }
    Locale language;
    try {
      language = new Locale.Builder().setLanguageTag(attributes.get("language")).build();
    } catch (IllformedLocaleException e) {
      throw new NodeConfigurationException(PREFIX + id + ".language='" + attributes.get("language") + "' is not a BCP 47 language tag such as lo");
    }
    return new Node(id, attributes.get("name"), country, zone, language);
  }

  /** The node with this id, or an {@link UnknownNodeException} saying where the id came from. */
  public Node require(String id, String where) {
    return find(id).orElseThrow(() -> new UnknownNodeException(id, where, nodes.keySet()));
  }

  public Node require(NodeId id) {
    return require(id.value(), "");
  }

  public Optional<Node> find(String id) {
    try {
      return Optional.ofNullable(nodes.get(NodeId.of(id)));
    } catch (IllegalArgumentException notANodeId) {
      return Optional.empty();
    }
  }

  public boolean contains(NodeId id) {
    return nodes.containsKey(id);
  }

  /** All nodes, ordered by id. */
  public List<Node> nodes() {
    return ordered;
  }

  public List<NodeId> ids() {
    return nodes().stream().map(Node::id).toList();
  }

  /** Every node but {@code self}: the peers it exchanges events with. */
  public List<Node> peersOf(NodeId self) {
    require(self);
    return nodes().stream().filter(n -> !n.id().equals(self)).toList();
  }

  @Override
  public String toString() {
    return "NodeRegistry" + ids();
  }
}
