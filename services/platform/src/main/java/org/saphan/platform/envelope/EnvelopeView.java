package org.saphan.platform.envelope;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.apache.avro.generic.GenericRecord;

/**
 * Reads the envelope of any event by field name, whether it was decoded into a generated class or,
 * for an event type this node has no class for, as a generic record.
 */
public record EnvelopeView(
    String eventId,
    String eventType,
    String schemaVersion,
    long schemaFingerprint,
    String aggregateId,
    long aggregateSequence,
    String origin,
    String authorNode,
    String authorOfficerId,
    String authorRole,
    Instant occurredAt,
    ZoneId occurredZone,
    String correlationId,
    Optional<String> causationId) {

  public static EnvelopeView of(GenericRecord event) {
    Object envelopeField = event.getSchema().getField("envelope") == null ? null : event.get("envelope");
    if (!(envelopeField instanceof GenericRecord envelope)) {
      throw new IllegalArgumentException(event.getSchema().getFullName() + " carries no envelope");
    }
    GenericRecord author = (GenericRecord) envelope.get("author");
    return new EnvelopeView(
        text(envelope, "eventId"),
        text(envelope, "eventType"),
        text(envelope, "schemaVersion"),
        (Long) envelope.get("schemaFingerprint"),
        text(envelope, "aggregateId"),
        (Long) envelope.get("aggregateSequence"),
        text(envelope, "origin"),
        text(author, "node"),
        text(author, "officerId"),
        text(author, "role"),
        instant(envelope.get("occurredAt")),
        ZoneId.of(text(envelope, "occurredZone")),
        text(envelope, "correlationId"),
        Optional.ofNullable(envelope.get("causationId")).map(Object::toString));
  }

  /** When it happened, in the zone where it happened. */
  public ZonedDateTime occurredLocally() {
    return occurredAt.atZone(occurredZone);
  }

  private static String text(GenericRecord record, String field) {
    Object value = record.get(field);
    return value == null ? null : value.toString();
  }

  // Generated classes hold an Instant (timestamp-millis logical type); generic records a long.
  private static Instant instant(Object value) {
    return value instanceof Instant i ? i : Instant.ofEpochMilli((Long) value);
  }
}
