package org.saphan.mirror;

import java.io.PrintStream;
import org.saphan.platform.kafka.NodeAcls;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;

/**
 * Prints the commands a centre's Kafka administrator runs to secure the centre's cluster: create
 * each SCRAM-SHA-512 user, then add the ACLs of {@link NodeAcls}. It lives beside MirrorMaker 2's
 * configuration because the flows' ACLs name MirrorMaker 2's internal topics and groups.
 *
 * <pre>
 * java -cp infra/mirror/target/saphan-mirror-*.jar:… org.saphan.mirror.NodeAclCommands th-cei th-cei-kafka:9093 admin.properties
 * </pre>
 */
public final class NodeAclCommands {

  private NodeAclCommands() {}

  /** Arguments: node id, then optionally the bootstrap servers and the admin's {@code --command-config} file. */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: NodeAclCommands <node id> [bootstrap servers] [admin command-config file]");
      System.exit(2);
    }
    String bootstrapServers = args.length > 1 ? args[1] : "localhost:9093";
    String adminConfig = args.length > 2 ? args[2] : "admin.properties";
    print(NodeRegistry.defaults(), NodeRegistry.defaults().require(args[0], "the command line").id(), bootstrapServers, adminConfig,
        System.out);
  }

  /** The commands for {@code node}'s cluster: users first (an ACL may name a user not created yet, but not usefully). */
  public static void print(NodeRegistry registry, NodeId node, String bootstrapServers, String adminConfig, PrintStream out) {
    NodeAcls acls = aclsOf(registry, node);
    out.println("# SCRAM-SHA-512 users of " + node + "'s cluster");
    acls.scramUserCommands(bootstrapServers, adminConfig).forEach(out::println);
    out.println("# ACLs of " + node + "'s cluster (" + acls.bindings().size() + ")");
    acls.kafkaAclsCommands(bootstrapServers, adminConfig).forEach(out::println);
  }

  /** {@link NodeAcls} of {@code node}, with the internal topics and groups of the MirrorMaker 2 flows into it. */
  public static NodeAcls aclsOf(NodeRegistry registry, NodeId node) {
    return NodeAcls.of(registry, node, source -> MirrorFlows.workerResourcesOnTarget(registry,
        MirrorFlows.flowsInto(registry, node).stream().filter(flow -> flow.source().equals(source)).findFirst().orElseThrow()));
  }
}
