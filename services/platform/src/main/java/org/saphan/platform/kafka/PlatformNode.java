package org.saphan.platform.kafka;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.serde.EventCodec;
import org.saphan.platform.serde.WriterSchemas;
import org.saphan.platform.topic.Stream;

/**
 * The platform as one node's services see it: connected to the node's own Kafka cluster, with its
 * outbound topics provisioned, its schema store fed from the schema stream, a publisher and
 * subscribers. Services of one node share one {@code PlatformNode}.
 */
public final class PlatformNode implements AutoCloseable {

  private final Node self;
  private final NodeRegistry registry;
  private final String bootstrapServers;
  private final PlatformSettings settings;
  private final Admin admin;
  private final Producer<String, byte[]> producer;
  private final WriterSchemas writerSchemas = WriterSchemas.withCompiledEvents();
  private final EventCodec codec;
  private final EnvelopeFactory envelopes;
  private final EventPublisher publisher;
  private final DeadLetters deadLetters;
  private final List<StreamSubscriber> subscribers = new CopyOnWriteArrayList<>();

  private PlatformNode(NodeRegistry registry, NodeId self, String bootstrapServers, PlatformSettings settings) {
    this.self = registry.require(self.value(), "configured as this node (saphan.node.id)");
    this.registry = registry;
    this.bootstrapServers = bootstrapServers;
    this.settings = settings;
    this.admin = Admin.create(KafkaDefaults.admin(bootstrapServers));
    this.producer = new KafkaProducer<>(KafkaDefaults.producer(bootstrapServers, "saphan-" + self));
    this.codec = new EventCodec(writerSchemas, settings.schemaArrivalTimeout());
    this.envelopes = new EnvelopeFactory(this.self, settings.clock());
    this.publisher = new EventPublisher(this.self, registry, producer, codec, envelopes);
    this.deadLetters = new DeadLetters(producer, admin, settings.topics(), settings.clock());
  }

  /**
   * Connects node {@code self} to its cluster, creates its topics, reads the heads of its hash-chain
   * lanes back from them ({@link ChainRecovery}: a restarted node continues every chain) and the
   * schemas it announced ({@link SchemaAnnouncements}), and starts following the schema stream.
   */
  public static PlatformNode start(NodeRegistry registry, NodeId self, String bootstrapServers, PlatformSettings settings) {
    PlatformNode node = new PlatformNode(registry, self, bootstrapServers, settings);
    try {
      TopicProvisioner.provision(node.admin, node.self.id(), registry, settings.topics());
      node.publisher.resume(ChainRecovery.heads(bootstrapServers, node.self.id(), registry),
          SchemaAnnouncements.announcedBy(bootstrapServers, node.self.id()));
      // Every run reads the whole (compacted) schema stream again: the store lives in memory.
      EventCodec schemaCodec = new EventCodec(node.writerSchemas, Duration.ZERO);
      node.subscribers.add(StreamSubscriber.start(bootstrapServers, "saphan-" + self + "-schemas-" + UUID.randomUUID(), Stream.SCHEMA,
          schemaCodec, node.deadLetters, new SchemaStreamHandler(node.writerSchemas)));
      return node;
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
  }

  /**
   * Starts a consumer of {@code stream} feeding {@code handler}; {@code viewName} names the consumer
   * group (one per view), e.g. {@code alert-inbox}.
   */
  public StreamSubscriber subscribe(Stream stream, String viewName, EventHandler handler) {
    StreamSubscriber subscriber = StreamSubscriber.start(bootstrapServers, "saphan-" + self.id() + "-" + viewName, stream, codec,
        deadLetters, handler);
    subscribers.add(subscriber);
    return subscriber;
  }

  /**
   * Like {@link #subscribe}, but always from the beginning of the log, whatever was read before: for
   * a view held in memory, which must be rebuilt on every start. Handlers must be idempotent by
   * event id (they are given every event again).
   */
  public StreamSubscriber replay(Stream stream, String viewName, EventHandler handler) {
    return subscribe(stream, viewName + "-" + UUID.randomUUID(), handler);
  }

  public Node node() {
    return self;
  }

  public NodeRegistry registry() {
    return registry;
  }

  public EventPublisher publisher() {
    return publisher;
  }

  public EnvelopeFactory envelopes() {
    return envelopes;
  }

  public WriterSchemas writerSchemas() {
    return writerSchemas;
  }

  public EventCodec codec() {
    return codec;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public PlatformSettings settings() {
    return settings;
  }

  @Override
  public void close() {
    subscribers.forEach(StreamSubscriber::close);
    producer.close(Duration.ofSeconds(5));
    admin.close(Duration.ofSeconds(5));
  }
}
