package org.saphan.platform.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.saphan.platform.chain.ChainHead;
import org.saphan.platform.chain.Lane;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.envelope.EventType;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.serde.CloudEventsHeaders;
import org.saphan.platform.serde.EventCodec;
import org.saphan.platform.signing.SigningKey;
import org.saphan.platform.topic.Audience;
import org.saphan.platform.topic.Stream;
import org.saphan.platform.topic.Topics;
import org.saphan.schema.common.Role;
import org.saphan.schema.platform.SchemaPublished;

/**
 * The one way events leave a node: checks the envelope and the addresses, publishes the writer
 * schema on the schema stream before its first use, encodes the event (Avro single-object), mirrors
 * the envelope into CloudEvents headers, and writes it keyed by aggregate id to the topic of each
 * audience. Idempotent producer, acks=all.
 *
 * <p>Every record also carries its link in this node's hash chain to that audience
 * ({@link ChainHeaders}, {@link OutboundChains}): the lane to each audience counts every record
 * sent to it, schema announcements included, across all streams; and, when the node has a signing
 * key, the node's signature of its exact bytes and audience ({@link EventSignatures}).
 */
public final class EventPublisher {

  private final Node self;
  private final NodeRegistry registry;
  private final Producer<String, byte[]> producer;
  private final EventCodec codec;
  private final EnvelopeFactory envelopes;
  /** Fingerprints (hex) announced on this node's schema topic, by this run or, read at start, before. */
  private final Set<String> announcedSchemas = ConcurrentHashMap.newKeySet();
  private final OutboundChains chains;
  private final Optional<SigningKey> signingKey;

  /** A publisher that signs nothing, whose lanes start at genesis: for tests of the rest. */
  public EventPublisher(Node self, NodeRegistry registry, Producer<String, byte[]> producer, EventCodec codec, EnvelopeFactory envelopes) {
    this(self, registry, producer, codec, envelopes, Optional.empty());
  }

  /**
   * A publisher whose lanes start at genesis ({@link PlatformNode} resumes them from the cluster),
   * signing every record with {@code signingKey} ({@link EventSignatures}) if given.
   */
  public EventPublisher(Node self, NodeRegistry registry, Producer<String, byte[]> producer, EventCodec codec, EnvelopeFactory envelopes,
      Optional<SigningKey> signingKey) {
    this.signingKey = signingKey;
    this.self = self;
    this.chains = new OutboundChains(self.id());
    this.registry = registry;
    this.producer = producer;
    this.codec = codec;
    this.envelopes = envelopes;
  }

  /**
   * Publishes {@code event} to every addressee (node ids, or {@code all}) and waits for the
   * cluster's acknowledgement.
   *
   * @throws ChainLaneStoppedException if the lane to one of the audiences stopped after a failed
   *     send; nothing is sent then (see {@link OutboundChains})
   */
  public List<PublishedEvent> publish(GenericRecord event, Collection<String> addresses) {
    try {
      return publishAsync(event, addresses).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  public CompletableFuture<List<PublishedEvent>> publishAsync(GenericRecord event, Collection<String> addresses) {
    EventType type = EventType.of(event);
    EnvelopeView envelope = EnvelopeView.of(event);
    requireOriginatesHere(envelope, type);
    Set<Audience> audiences = Addressing.audiences(addresses, self.id(), registry);
    audiences.forEach(chains::requireRunning);
    // Refused before its schema is announced: an event too large writes nothing at all.
    byte[] value = withinLimits(new Encoded(envelope, codec.encode(event))).value();
    announce(type);
    List<CompletableFuture<PublishedEvent>> sends = new ArrayList<>();
    for (Audience audience : audiences) {
      sends.add(send(type.stream(), audience, envelope, value));
    }
    return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
        .thenApply(done -> sends.stream().map(CompletableFuture::join).toList());
  }

  private void requireOriginatesHere(EnvelopeView envelope, EventType type) {
    if (!self.id().value().equals(envelope.origin())) {
      throw new IllegalArgumentException("event " + envelope.eventId() + " originates at " + envelope.origin()
          + "; node " + self.id() + " publishes only its own events");
    }
    if (!type.fullName().equals(envelope.eventType()) || type.fingerprint() != envelope.schemaFingerprint()) {
      throw new IllegalArgumentException("envelope of event " + envelope.eventId() + " names " + envelope.eventType() + " "
          + EventType.hex(envelope.schemaFingerprint()) + " but the event is " + type.fullName() + " " + type.fingerprintHex());
    }
  }

  /**
   * Publishes an event of a local stream (the audit stream) to this node's own topic of that
   * stream, which no flow copies to another node (its lane is this node to itself), and waits for
   * the cluster's acknowledgement.
   */
  public PublishedEvent publishLocally(GenericRecord event) {
    EventType type = EventType.of(event);
    if (!type.stream().isLocal()) {
      throw new IllegalArgumentException(type.fullName() + " belongs to stream " + type.stream().id()
          + ", which is not local: address it with publish(event, addresses)");
    }
    EnvelopeView envelope = EnvelopeView.of(event);
    requireOriginatesHere(envelope, type);
    Audience self = Audience.node(this.self.id());
    chains.requireRunning(self);
    byte[] value = withinLimits(new Encoded(envelope, codec.encode(event))).value();
    announce(type);
    try {
      return send(type.stream(), self, envelope, value).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * Publishes the writer schema, once per node (the schema topic keeps it: compacted, keyed by
   * fingerprint), and waits for it, so receivers can resolve it.
   */
  private void announce(EventType type) {
    if (type.stream() == Stream.SCHEMA || announcedSchemas.contains(type.fingerprintHex())) {
      return;
    }
    SchemaPublished announcement = SchemaPublished.newBuilder()
        .setEnvelope(envelopes.envelope(SchemaPublished.getClassSchema(), type.fingerprintHex(), 1, "saphan-platform", Role.SYSTEM,
            Causation.start()))
        .setFingerprint(type.fingerprint())
        .setFullName(type.fullName())
        .setVersion(type.version().toString())
        .setSchemaJson(type.schema().toString())
        .build();
    EnvelopeView envelope = EnvelopeView.of(announcement);
    send(Stream.SCHEMA, Audience.ALL, envelope, codec.encode(announcement)).join();
    announcedSchemas.add(type.fingerprintHex());
  }

  /**
   * Continues where the node's cluster says this node stopped: each lane after its head, and no new
   * announcement of a schema already announced (both read back at start).
   */
  void resume(Map<Lane, ChainHead> heads, Set<String> announcedFingerprints) {
    chains.resume(heads);
    announcedSchemas.addAll(announcedFingerprints);
  }

  /**
   * Whether this node's lane to {@code audience} carried anything but checkpoints and cosignatures
   * after its record {@code sequence}.
   */
  public boolean movedBesideCheckpointsAfter(Audience audience, long sequence) {
    return chains.lastSequenceBesideCheckpoints(audience) > sequence;
  }

  /** The head of this node's lane to {@code audience}: the last record handed to the producer. */
  public ChainHead chainHead(Audience audience) {
    return chains.head(audience);
  }

  /**
   * Publishes, as the very next record of this node's lane to {@code audience}, the event
   * {@code eventAfter} makes from the lane's head, and waits for the acknowledgement: the event
   * states the head it follows (a checkpoint), and nothing else enters the lane in between.
   *
   * @param type the event's type (its schema is announced first)
   */
  public PublishedEvent publishAfterHead(EventType type, Audience audience, Function<ChainHead, GenericRecord> eventAfter) {
    if (audience.equals(Audience.node(self.id())) && !type.stream().isLocal()) {
      throw new IllegalArgumentException("node " + self.id() + " has no lane to itself on stream " + type.stream().id());
    }
    chains.requireRunning(audience);
    announce(type);
    try {
      return send(type.stream(), audience, head -> {
        GenericRecord event = eventAfter.apply(head);
        EnvelopeView envelope = EnvelopeView.of(event);
        requireOriginatesHere(envelope, EventType.of(event));
        return new Encoded(envelope, codec.encode(event));
      }).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private record Encoded(EnvelopeView envelope, byte[] value) {}

  /** Refuses an event larger than {@link EventLimits#MAX_EVENT_BYTES}, before it takes a place in its lane. */
  private static Encoded withinLimits(Encoded encoded) {
    if (encoded.value().length > EventLimits.MAX_EVENT_BYTES) {
      throw new EventTooLargeException(encoded.envelope().eventId(), encoded.value().length);
    }
    return encoded;
  }

  private CompletableFuture<PublishedEvent> send(Stream stream, Audience audience, EnvelopeView envelope, byte[] value) {
    Encoded encoded = new Encoded(envelope, value);
    return send(stream, audience, head -> encoded);
  }

  /** Appends the record {@code recordAfter} makes from the lane's head, under the lane's lock, and sends it. */
  private CompletableFuture<PublishedEvent> send(Stream stream, Audience audience, Function<ChainHead, Encoded> recordAfter) {
    String topic = Topics.outbound(stream, audience);
    CompletableFuture<PublishedEvent> result = new CompletableFuture<>();
    chains.append(audience, stream, recordAfter.andThen(EventPublisher::withinLimits), Encoded::value, (link, encoded) -> {
      EnvelopeView envelope = encoded.envelope();
      ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, envelope.aggregateId(), encoded.value());
      CloudEventsHeaders.write(record.headers(), envelope);
      ChainHeaders.write(record.headers(), link);
      signingKey.ifPresent(key -> EventSignatures.sign(record.headers(), key, self.id().value(), audience.token(), encoded.value()));
      producer.send(record, (metadata, error) -> {
        if (error != null) {
          chains.failed(link, error);
          result.completeExceptionally(new EventNotPublishedException(envelope.eventId(), topic, error));
        } else {
          result.complete(new PublishedEvent(envelope.eventId(), topic, metadata.partition(), metadata.offset()));
        }
      });
    });
    return result;
  }
}
