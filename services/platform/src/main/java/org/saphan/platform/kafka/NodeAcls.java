package org.saphan.platform.kafka;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.topic.Audience;
import org.saphan.platform.topic.Topics;
import org.saphan.platform.topic.Topics.TopicName;

/**
 * Who may do what on one node's Kafka cluster: the one place for the federation's Kafka principals
 * and their ACLs, derived from the node registry and the topic names ({@link Topics}). The cluster
 * runs the standard authorizer with {@code allow.everyone.if.no.acl.found=false}, so anything not
 * granted here is refused. For node {@code n} and each peer {@code p}:
 *
 * <ul>
 *   <li>{@code User:n-services}, the node's applications: create, write and read its own topics
 *       (prefix {@code bcc.}, which no mirrored copy matches); read only the copies mirrored from each
 *       peer (prefix {@code p.bcc.}); create, write and read the dead-letter topics of those copies
 *       (literal names); read (join) its consumer groups {@code saphan-n-*}.
 *   <li>{@code User:mm2-n-to-p}, the MirrorMaker 2 flow that reads this cluster as its source: read
 *       only what is addressed to {@code p} or to all (prefixes {@code bcc.p.} and {@code bcc.all.}),
 *       never their dead letters (denied: dead letters never leave the node).
 *   <li>{@code User:mm2-p-to-n}, the flow that writes into this cluster: create and write only the
 *       copies it delivers (prefixes {@code p.bcc.n.} and {@code p.bcc.all.}, also altering their
 *       configuration and partitions as MirrorMaker 2 keeps them in step with the source), never their
 *       dead letters (denied); its Connect worker's group and internal topics.
 * </ul>
 *
 * No principal has a cluster-level ACL: creating topics is granted per topic prefix, and an
 * idempotent producer needs no {@code IDEMPOTENT_WRITE} when it may write a topic (Kafka 3.0+, KIP-679).
 */
public final class NodeAcls {

  private static final String ANY_HOST = "*";
  private static final List<AclOperation> OWN_TOPIC = List.of(AclOperation.CREATE, AclOperation.WRITE, AclOperation.READ,
      AclOperation.DESCRIBE);
  private static final List<AclOperation> READ_ONLY_TOPIC = List.of(AclOperation.READ, AclOperation.DESCRIBE);
  private static final List<AclOperation> REPLICATION_SOURCE = List.of(AclOperation.READ, AclOperation.DESCRIBE,
      AclOperation.DESCRIBE_CONFIGS);
  private static final List<AclOperation> REPLICATION_TARGET = List.of(AclOperation.CREATE, AclOperation.WRITE,
      AclOperation.DESCRIBE, AclOperation.ALTER, AclOperation.ALTER_CONFIGS, AclOperation.DESCRIBE_CONFIGS);
  private static final List<AclOperation> WORKER_INTERNAL_TOPIC = List.of(AclOperation.CREATE, AclOperation.WRITE,
      AclOperation.READ, AclOperation.DESCRIBE, AclOperation.DESCRIBE_CONFIGS);
  private static final List<AclOperation> CONSUMER_GROUP = List.of(AclOperation.READ);

  private final NodeId node;
  private final List<String> users;
  private final List<AclBinding> bindings;

  private NodeAcls(NodeId node, List<String> users, List<AclBinding> bindings) {
    this.node = node;
    this.users = List.copyOf(users);
    this.bindings = List.copyOf(bindings);
  }

  /**
   * The principals and ACLs of {@code node}'s cluster.
   *
   * @param workerOfFlowFrom for each peer, what the Connect worker of the flow from that peer into
   *     {@code node} keeps on {@code node}'s cluster (from {@code MirrorFlows#workerResourcesOnTarget})
   */
  public static NodeAcls of(NodeRegistry registry, NodeId node, Function<NodeId, MirrorWorkerResources> workerOfFlowFrom) {
    Objects.requireNonNull(workerOfFlowFrom, "workerOfFlowFrom");
    List<Node> peers = registry.peersOf(node);
    List<String> users = new ArrayList<>();
    List<AclBinding> bindings = new ArrayList<>();

    String services = servicesUser(node);
    users.add(services);
    allow(bindings, services, ResourceType.TOPIC, Topics.PREFIX + ".", PatternType.PREFIXED, OWN_TOPIC);
    for (Node peer : peers) {
      allow(bindings, services, ResourceType.TOPIC, Topics.mirroredPrefix(peer.id()), PatternType.PREFIXED, READ_ONLY_TOPIC);
    }
    for (String copy : copiesOn(registry, node)) {
      allow(bindings, services, ResourceType.TOPIC, Topics.deadLetter(copy), PatternType.LITERAL, OWN_TOPIC);
    }
    allow(bindings, services, ResourceType.GROUP, consumerGroupPrefix(node), PatternType.PREFIXED, CONSUMER_GROUP);

    for (Node peer : peers) {
      String flowOut = flowUser(node, peer.id());
      users.add(flowOut);
      for (Audience audience : List.of(Audience.node(peer.id()), Audience.ALL)) {
        allow(bindings, flowOut, ResourceType.TOPIC, Topics.audiencePrefix(audience), PatternType.PREFIXED, REPLICATION_SOURCE);
      }
      for (String topic : Topics.outboundTopicsOf(node, registry)) {
        if (addressedTo(topic, peer.id())) {
          deny(bindings, flowOut, Topics.deadLetter(topic));
        }
      }
    }

    for (Node peer : peers) {
      String flowIn = flowUser(peer.id(), node);
      users.add(flowIn);
      for (Audience audience : List.of(Audience.node(node), Audience.ALL)) {
        allow(bindings, flowIn, ResourceType.TOPIC, Topics.mirroredPrefix(peer.id(), audience), PatternType.PREFIXED,
            REPLICATION_TARGET);
      }
      for (String copy : copiesOn(registry, node)) {
        if (copy.startsWith(Topics.mirroredPrefix(peer.id()))) {
          deny(bindings, flowIn, Topics.deadLetter(copy));
        }
      }
      MirrorWorkerResources worker = workerOfFlowFrom.apply(peer.id());
      for (String topic : worker.internalTopics()) {
        allow(bindings, flowIn, ResourceType.TOPIC, topic, PatternType.LITERAL, WORKER_INTERNAL_TOPIC);
      }
      allow(bindings, flowIn, ResourceType.GROUP, worker.groupId(), PatternType.LITERAL, CONSUMER_GROUP);
    }
    return new NodeAcls(node, users, bindings);
  }

  /** The SCRAM user of {@code node}'s applications, e.g. {@code th-cei-services}. */
  public static String servicesUser(NodeId node) {
    return node.value() + "-services";
  }

  /** The SCRAM user of the MirrorMaker 2 flow {@code source->target}, e.g. {@code mm2-th-cei-to-la-hxy}. */
  public static String flowUser(NodeId source, NodeId target) {
    return "mm2-" + source.value() + "-to-" + target.value();
  }

  /** The Kafka principal of a SCRAM user, e.g. {@code User:th-cei-services}. */
  public static String principal(String user) {
    return "User:" + user;
  }

  /** Every consumer group of {@code node}'s applications starts with this, e.g. {@code saphan-th-cei-}. */
  public static String consumerGroupPrefix(NodeId node) {
    return "saphan-" + node.value() + "-";
  }

  public NodeId node() {
    return node;
  }

  /** The SCRAM users this cluster must know: the services', then each flow out of and into the node. */
  public List<String> users() {
    return users;
  }

  /** Every ACL of this cluster. */
  public List<AclBinding> bindings() {
    return bindings;
  }

  /** The ACLs of one user. */
  public List<AclBinding> bindingsOf(String user) {
    String principal = principal(user);
    return bindings.stream().filter(b -> b.entry().principal().equals(principal)).toList();
  }

  /**
   * The {@code kafka-acls.sh} commands that apply {@link #bindings()} to a running cluster, one per
   * resource and permission of a user, as an administrator ({@code adminConfig}: the
   * {@code --command-config} file with the administrator's SASL settings).
   */
  public List<String> kafkaAclsCommands(String bootstrapServers, String adminConfig) {
    List<String> commands = new ArrayList<>();
    for (var group : bindings.stream().collect(Collectors.groupingBy(
        b -> List.of(b.entry().principal(), b.entry().permissionType(), b.pattern()),
        LinkedHashMap::new, Collectors.toList())).values()) {
      AclBinding first = group.get(0);
      String permission = first.entry().permissionType() == AclPermissionType.DENY ? "--deny-principal " : "--allow-principal ";
      String operations = group.stream().map(b -> " --operation " + camelCase(b.entry().operation().name()))
          .collect(Collectors.joining());
      commands.add("kafka-acls.sh --bootstrap-server " + bootstrapServers + " --command-config " + adminConfig + " --add "
          + permission + first.entry().principal() + operations + " --" + first.pattern().resourceType().name().toLowerCase(Locale.ROOT)
          + " '" + first.pattern().name() + "' --resource-pattern-type " + first.pattern().patternType().name().toLowerCase(Locale.ROOT));
    }
    return commands;
  }

  /**
   * The {@code kafka-configs.sh} commands that create {@link #users()} with SCRAM-SHA-512
   * credentials; each {@code <password of user>} is to be replaced with that user's secret.
   */
  public List<String> scramUserCommands(String bootstrapServers, String adminConfig) {
    return users.stream().map(user -> "kafka-configs.sh --bootstrap-server " + bootstrapServers + " --command-config " + adminConfig
        + " --alter --entity-type users --entity-name " + user + " --add-config 'SCRAM-SHA-512=[password=<password of " + user + ">]'")
        .toList();
  }

  /** The copies MirrorMaker 2 delivers to {@code node}: each peer's topics addressed to it or to all. */
  private static List<String> copiesOn(NodeRegistry registry, NodeId node) {
    List<String> copies = new ArrayList<>();
    for (Node peer : registry.peersOf(node)) {
      for (String topic : Topics.outboundTopicsOf(peer.id(), registry)) {
        TopicName name = Topics.parse(topic).orElseThrow();
        if (name.audience().includes(node)) {
          copies.add(Topics.mirroredCopy(peer.id(), name.stream(), name.audience()));
        }
      }
    }
    return copies;
  }

  private static boolean addressedTo(String topic, NodeId node) {
    return Topics.parse(topic).orElseThrow().audience().includes(node);
  }

  private static void allow(List<AclBinding> bindings, String user, ResourceType type, String name, PatternType patternType,
      List<AclOperation> operations) {
    for (AclOperation operation : operations) {
      bindings.add(new AclBinding(new ResourcePattern(type, name, patternType),
          new AccessControlEntry(principal(user), ANY_HOST, operation, AclPermissionType.ALLOW)));
    }
  }

  private static void deny(List<AclBinding> bindings, String user, String topic) {
    bindings.add(new AclBinding(new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL),
        new AccessControlEntry(principal(user), ANY_HOST, AclOperation.ALL, AclPermissionType.DENY)));
  }

  /** {@code DESCRIBE_CONFIGS} as kafka-acls.sh spells it: {@code DescribeConfigs}. */
  private static String camelCase(String constant) {
    StringBuilder out = new StringBuilder();
    for (String word : constant.split("_")) {
      out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "NodeAcls[" + node + ": " + users + ", " + bindings.size() + " ACLs]";
  }
}
