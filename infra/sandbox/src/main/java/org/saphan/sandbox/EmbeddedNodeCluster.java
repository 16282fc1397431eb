package org.saphan.sandbox;

import java.util.Map;
import javax.security.auth.login.Configuration;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.security.plain.PlainLoginModule;
import org.apache.kafka.common.security.scram.ScramLoginModule;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.authorizer.StandardAuthorizer;
import org.saphan.platform.kafka.KafkaAccess;
import org.saphan.platform.kafka.NodeAcls;
import org.saphan.platform.node.NodeId;

/**
 * One node's Kafka cluster in the sandbox: a single KRaft broker (combined broker and controller)
 * in this JVM, on a free port, with its data in a temporary directory deleted on close; secured as
 * a centre's cluster is: clients sign in with SASL/SCRAM-SHA-512 as the users of {@link NodeAcls},
 * the standard authorizer refuses whatever no ACL allows ({@code allow.everyone.if.no.acl.found=false}).
 *
 * <p>Its administrator (the super user that creates the users and ACLs, and whose access the
 * sandbox gives tests that play someone with full access to a cluster) signs in with SASL/PLAIN and
 * a password made for this cluster only; the broker and its controller talk to each other as it.
 * A production cluster creates its administrator as a SCRAM user when it is formatted
 * ({@code docs/operations.md}).
 */
final class EmbeddedNodeCluster implements AutoCloseable {

  static final String ADMINISTRATOR = "saphan-admin";
  private static final String PLAIN = "PLAIN";
  private static final String JAAS_FILE_PROPERTY = "java.security.auth.login.config";
  /** Held while a kit is built: it sets the JVM-wide JAAS file property, which is then put back. */
  private static final Object JAAS_FILE_LOCK = new Object();

  private final NodeId node;
  private final KafkaClusterTestKit cluster;
  private final KafkaAccess administrator;

  private EmbeddedNodeCluster(NodeId node, KafkaClusterTestKit cluster, String administratorPassword) {
    this.node = node;
    this.cluster = cluster;
    this.administrator = new KafkaAccess(cluster.bootstrapServers(), Map.of(
        "security.protocol", SecurityProtocol.SASL_PLAINTEXT.name,
        "sasl.mechanism", PLAIN,
        "sasl.jaas.config", KafkaAccess.jaasLogin(PlainLoginModule.class.getName(), ADMINISTRATOR, administratorPassword)));
  }

  static EmbeddedNodeCluster start(NodeId node) {
    String administratorPassword = Secrets.newPassword();
    KafkaClusterTestKit cluster = null;
    try {
      TestKitNodes nodes = new TestKitNodes.Builder()
          .setCombined(true)
          .setNumBrokerNodes(1)
          .setNumControllerNodes(1)
          .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
          .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
          .build();
      // The administrator's PLAIN login, server and client side of both listeners, set per listener:
      // the kit also writes a JVM-wide JAAS file for PLAIN, which these settings take precedence over.
      String administratorLogin = KafkaAccess.jaasLogin(PlainLoginModule.class.getName(), ADMINISTRATOR, administratorPassword)
          .replaceFirst(";$", " user_" + ADMINISTRATOR + "=\"" + administratorPassword + "\";");
      KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes)
          .setConfigProp("authorizer.class.name", StandardAuthorizer.class.getName())
          .setConfigProp("allow.everyone.if.no.acl.found", "false")
          .setConfigProp("super.users", NodeAcls.principal(ADMINISTRATOR))
          .setConfigProp("sasl.enabled.mechanisms", PLAIN + "," + KafkaAccess.SCRAM_MECHANISM)
          .setConfigProp("sasl.mechanism.inter.broker.protocol", PLAIN)
          .setConfigProp("sasl.mechanism.controller.protocol", PLAIN)
          // As in production: topics exist because they were provisioned, never because a client
          // asked for a name (a typo would otherwise silently become a new topic).
          .setConfigProp("auto.create.topics.enable", "false")
          // One broker: the group and transaction coordinators' topics fit on it with one partition
          // each (created fastest); groups form at once.
          .setConfigProp("offsets.topic.replication.factor", "1")
          .setConfigProp("offsets.topic.num.partitions", "1")
          .setConfigProp("transaction.state.log.replication.factor", "1")
          .setConfigProp("transaction.state.log.min.isr", "1")
          .setConfigProp("transaction.state.log.num.partitions", "1")
          .setConfigProp("group.initial.rebalance.delay.ms", "0");
      for (String listener : new String[] {nodes.brokerListenerName().value(), nodes.controllerListenerName().value()}) {
        String prefix = "listener.name." + listener.toLowerCase() + ".";
        builder.setConfigProp(prefix + "plain.sasl.jaas.config", administratorLogin);
        builder.setConfigProp(prefix + KafkaAccess.SCRAM_MECHANISM.toLowerCase() + ".sasl.jaas.config",
            ScramLoginModule.class.getName() + " required;");
      }
      synchronized (JAAS_FILE_LOCK) {
        String jaasFileBefore = System.getProperty(JAAS_FILE_PROPERTY);
        try {
          cluster = builder.build();
        } finally {
          restoreJaasFile(jaasFileBefore);
        }
      }
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      return new EmbeddedNodeCluster(node, cluster, administratorPassword);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(cluster);
      throw new IllegalStateException("interrupted while starting the Kafka cluster of node " + node, e);
    } catch (Exception e) {
      closeQuietly(cluster);
      throw new IllegalStateException("the Kafka cluster of node " + node + " did not start: " + e.getMessage(), e);
    }
  }

  /** The kit points the whole JVM at the JAAS file it writes; nothing here needs it. */
  private static void restoreJaasFile(String before) {
    if (before == null) {
      System.clearProperty(JAAS_FILE_PROPERTY);
    } else {
      System.setProperty(JAAS_FILE_PROPERTY, before);
    }
    Configuration.setConfiguration(null);
  }

  private static void closeQuietly(KafkaClusterTestKit cluster) {
    if (cluster != null) {
      try {
        cluster.close();
      } catch (Exception ignored) {
        // already failing: the start's exception says why
      }
    }
  }

  NodeId node() {
    return node;
  }

  String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /** The super user's access: it may do anything on this cluster. */
  KafkaAccess administrator() {
    return administrator;
  }

  /** Stops the broker and deletes its data directory. */
  @Override
  public void close() {
    try {
      cluster.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException("the Kafka cluster of node " + node + " did not stop cleanly: " + e.getMessage(), e);
    }
  }
}
