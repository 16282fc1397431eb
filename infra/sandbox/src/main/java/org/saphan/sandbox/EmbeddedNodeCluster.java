package org.saphan.sandbox;

import java.util.Map;
import org.saphan.platform.node.NodeId;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One node's Kafka cluster in the sandbox: a single KRaft broker (combined broker and controller)
 * in this JVM, on a free port, with its data in a temporary directory deleted on close.
 */
final class EmbeddedNodeCluster implements AutoCloseable {

  /** Set by every embedded broker to its own address; meaningless with one cluster per node. */
  static final String SPRING_EMBEDDED_BROKERS_PROPERTY = "spring.embedded.kafka.brokers";

  private final NodeId node;
  private final EmbeddedKafkaKraftBroker broker;
  private final String bootstrapServers;

  private EmbeddedNodeCluster(NodeId node, EmbeddedKafkaKraftBroker broker) {
    this.node = node;
    this.broker = broker;
    this.bootstrapServers = broker.getBrokersAsString();
  }

  static EmbeddedNodeCluster start(NodeId node) {
    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
    // Spring's default is to publish the address as spring.kafka.bootstrap-servers, which a Spring
    // Boot application in this JVM would then use for every node. Publish it per node instead.
    broker.brokerListProperty(bootstrapServersProperty(node));
    broker.brokerProperties(Map.of(
        // As in production: topics exist because they were provisioned, never because a client
        // asked for a name (a typo would otherwise silently become a new topic).
        "auto.create.topics.enable", "false",
        // One broker: the group and transaction coordinators' topics are created fastest with one
        // partition each.
        "offsets.topic.num.partitions", "1",
        "transaction.state.log.num.partitions", "1"));
    broker.afterPropertiesSet();
    return new EmbeddedNodeCluster(node, broker);
  }

  /**
   * The system property holding this node's bootstrap servers while the sandbox runs, e.g.
   * {@code saphan.sandbox.th-cei.bootstrap-servers}, for configuration placeholders.
   */
  static String bootstrapServersProperty(NodeId node) {
    return "saphan.sandbox." + node.value() + ".bootstrap-servers";
  }

  NodeId node() {
    return node;
  }

  String bootstrapServers() {
    return bootstrapServers;
  }

  /** Stops the broker and deletes its data directory. */
  @Override
  public void close() {
    broker.destroy();
    System.clearProperty(bootstrapServersProperty(node));
  }
}
