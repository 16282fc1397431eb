package org.saphan.platform.envelope;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.avro.Schema;
import org.saphan.platform.node.Node;
import org.saphan.schema.common.AuthorRef;
import org.saphan.schema.common.Envelope;
import org.saphan.schema.common.Role;

/**
 * Builds the envelope of events originating at one node: fresh event id, the node as origin and
 * author node, the node's clock and zone, the writer schema's version and fingerprint.
 * Signatures are added by the signing step (not yet: the fields are present and empty).
 */
public final class EnvelopeFactory {

  private final Node origin;
  private final Clock clock;
  private final Supplier<UUID> ids;

  public EnvelopeFactory(Node origin, Clock clock, Supplier<UUID> ids) {
    this.origin = Objects.requireNonNull(origin, "origin");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  public EnvelopeFactory(Node origin, Clock clock) {
    this(origin, clock, UUID::randomUUID);
  }

  /**
   * The envelope of event number {@code sequence} (1, 2, ...) of {@code aggregateId}.
   *
   * @param eventSchema the event's writer schema (e.g. {@code AlertIssued.getClassSchema()})
   */
  public Envelope envelope(Schema eventSchema, String aggregateId, long sequence, String officerId, Role role, Causation causation) {
    return envelope(eventSchema, aggregateId, sequence, officerId, role, causation, ids.get());
  }

  /**
   * As above, with a given event id: for events derived from another (a receipt, an escalation) the
   * id is derived too ({@link #derivedEventId}), so producing the same event twice, after a
   * restart say, gives one event, not two.
   */
  public Envelope envelope(Schema eventSchema, String aggregateId, long sequence, String officerId, Role role, Causation causation,
      UUID eventId) {
    EventType type = EventType.of(eventSchema);
    if (aggregateId == null || aggregateId.isBlank()) {
      throw new IllegalArgumentException("aggregate id is required");
    }
    if (sequence < 1) {
      throw new IllegalArgumentException("aggregate sequence starts at 1, got " + sequence);
    }
    if (officerId == null || officerId.isBlank()) {
      throw new IllegalArgumentException("author officer id is required");
    }
    return Envelope.newBuilder()
        .setEventId(eventId.toString())
        .setEventType(type.fullName())
        .setSchemaVersion(type.version().toString())
        .setSchemaFingerprint(type.fingerprint())
        .setAggregateId(aggregateId)
        .setAggregateSequence(sequence)
        .setOrigin(origin.id().value())
        .setAuthor(new AuthorRef(origin.id().value(), officerId, role))
        .setOccurredAt(clock.instant())
        .setOccurredZone(origin.zone().getId())
        .setCorrelationId(causation.correlationId().orElse(eventId.toString()))
        .setCausationId(causation.causationId().orElse(null))
        .setSigningKeyId(null)
        .setSignature(null)
        .build();
  }

  /** A stable event id for the event of kind {@code what} derived from event {@code causeEventId} at {@code node}. */
  public static UUID derivedEventId(String causeEventId, String what, String node) {
    return UUID.nameUUIDFromBytes((causeEventId + "|" + what + "|" + node).getBytes(StandardCharsets.UTF_8));
  }

  /** The node's current time in its own zone, e.g. for CAP's {@code sent} with its offset. */
  public ZonedDateTime now() {
    return clock.instant().atZone(origin.zone());
  }

  public Node origin() {
    return origin;
  }
}
