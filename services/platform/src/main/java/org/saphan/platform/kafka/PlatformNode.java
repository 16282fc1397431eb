package org.saphan.platform.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.signing.NodeKeys;
import org.saphan.platform.serde.EventCodec;
import org.saphan.platform.serde.WriterSchemas;
import org.saphan.platform.topic.Stream;

/**
 * The platform as one node's services see it: connected to the node's own Kafka cluster, with its
 * outbound topics provisioned, its schema store fed from the schema stream, a publisher and
 * subscribers. Services of one node share one {@code PlatformNode}.
 */
public final class PlatformNode implements AutoCloseable {

  /** How long a cosigner waits for the records before a peer's checkpoint to arrive (MirrorMaker 2 copies each topic on its own). */
  private static final Duration LANE_ARRIVAL_TIMEOUT = Duration.ofSeconds(30);

  private final Node self;
  private final NodeRegistry registry;
  private final KafkaAccess kafka;
  private final PlatformSettings settings;
  private final Admin admin;
  private final Producer<String, byte[]> producer;
  private final WriterSchemas writerSchemas = WriterSchemas.withCompiledEvents();
  private final EventCodec codec;
  private final EnvelopeFactory envelopes;
  private final EventPublisher publisher;
  private final DeadLetters deadLetters;
  private final List<StreamSubscriber> subscribers = new CopyOnWriteArrayList<>();
  private Checkpoints checkpoints;

  private PlatformNode(NodeRegistry registry, NodeId self, KafkaAccess kafka, PlatformSettings settings) {
    this.self = registry.require(self.value(), "configured as this node (saphan.node.id)");
    settings.keys().requireOwnKeyListed(self.value());
    this.registry = registry;
    this.kafka = kafka;
    this.settings = settings;
    this.admin = Admin.create(KafkaDefaults.admin(kafka));
    this.producer = new KafkaProducer<>(KafkaDefaults.producer(kafka, "saphan-" + self));
    this.codec = new EventCodec(writerSchemas, settings.schemaArrivalTimeout());
    this.envelopes = new EnvelopeFactory(this.self, settings.clock());
    this.publisher = new EventPublisher(this.self, registry, producer, codec, envelopes, settings.keys().own());
    this.deadLetters = new DeadLetters(producer, admin, settings.topics(), settings.clock());
  }

  /**
   * Connects node {@code self} to its cluster, creates its topics, reads the heads of its hash-chain
   * lanes back from them ({@link ChainRecovery}: a restarted node continues every chain) and the
   * schemas it announced ({@link SchemaAnnouncements}), and starts following the schema stream.
   */
  public static PlatformNode start(NodeRegistry registry, NodeId self, KafkaAccess kafka, PlatformSettings settings) {
    PlatformNode node = new PlatformNode(registry, self, kafka, settings);
    try {
      TopicProvisioner.provision(node.admin, node.self.id(), registry, settings.topics());
      node.publisher.resume(ChainRecovery.heads(kafka, node.self.id(), registry),
          SchemaAnnouncements.announcedBy(kafka, node.self.id()));
      // Every run reads the whole (compacted) schema stream again: the store lives in memory.
      EventCodec schemaCodec = new EventCodec(node.writerSchemas, Duration.ZERO);
      node.subscribers.add(StreamSubscriber.start(kafka, "saphan-" + self + "-schemas-" + UUID.randomUUID(), Stream.SCHEMA,
          schemaCodec, node.signatureCheck(), node.deadLetters, new SchemaStreamHandler(node.writerSchemas)));
      node.startCheckpoints();
      return node;
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
  }

  /**
   * With a signing key of its own, the node checkpoints its lanes (every
   * {@link PlatformSettings#checkpointInterval()}, if not zero) and cosigns its peers' checkpoints.
   */
  private void startCheckpoints() {
    NodeKeys keys = settings.keys();
    if (keys.own().isEmpty()) {
      return;
    }
    checkpoints = new Checkpoints(self, registry.peersOf(self.id()).stream().map(Node::id).toList(), keys.own().get(), keys.ring(), publisher,
        envelopes, kafka, LANE_ARRIVAL_TIMEOUT);
    subscribe(Stream.CHECKPOINT, "checkpoint-cosigner", checkpoints);
    if (!settings.checkpointInterval().isZero() && !settings.checkpointInterval().isNegative()) {
      checkpoints.every(settings.checkpointInterval());
    }
  }

  /**
   * What the node's consumers accept: every record signed by its origin with a key the registry
   * lists, when the registry lists any; a node configured without keys accepts unsigned records.
   */
  private EventSignatures.Check signatureCheck() {
    return new EventSignatures.Check(self.id(), settings.keys().ring());
  }

  /** The node's checkpoints and cosignatures; empty when it has no signing key of its own. */
  public Optional<Checkpoints> checkpoints() {
    return Optional.ofNullable(checkpoints);
  }

  /**
   * Starts a consumer of {@code stream} feeding {@code handler}; {@code viewName} names the consumer
   * group (one per view), e.g. {@code alert-inbox}.
   */
  public StreamSubscriber subscribe(Stream stream, String viewName, EventHandler handler) {
    StreamSubscriber subscriber = StreamSubscriber.start(kafka, "saphan-" + self.id() + "-" + viewName, stream, codec,
        signatureCheck(), deadLetters, handler);
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

  public KafkaAccess kafka() {
    return kafka;
  }

  public PlatformSettings settings() {
    return settings;
  }

  @Override
  public void close() {
    subscribers.forEach(StreamSubscriber::close);
    if (checkpoints != null) {
      checkpoints.close();
    }
    producer.close(Duration.ofSeconds(5));
    admin.close(Duration.ofSeconds(5));
  }
}
