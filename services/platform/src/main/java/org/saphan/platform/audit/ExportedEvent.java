package org.saphan.platform.audit;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.generic.GenericRecord;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.topic.Topics;
import org.saphan.platform.topic.Topics.TopicName;

/**
 * One record of an export: where it was read, its envelope's facts, its headers (CloudEvents, and the
 * chain headers a verifier needs), its exact bytes in base64 and, for a person, its content as
 * Avro JSON. A record that could not be decoded is exported all the same, with the reason.
 *
 * <p>A record that is not selected but belongs to a hash-chain lane a selected one is in is exported
 * as a <em>link</em> only ({@code selected} false): where it is, its headers and the SHA-256 of its
 * bytes, no content. With the links a third party can verify each selected event's place in its
 * lane's unbroken chain, without being given the events the auditor did not select.
 *
 * @param origin the node that wrote it (from the topic; the envelope says the same for a valid event)
 * @param valueSha256 hex SHA-256 of the exact bytes
 * @param eventJson the event as Avro JSON, or null when {@code decodeError} says why not (or for a link)
 */
public record ExportedEvent(boolean selected, String topic, int partition, long offset, Instant timestamp, String origin, String audience,
    String stream, String key, String eventType, String eventId, String aggregateId, Long aggregateSequence, Instant occurredAt,
    String authorNode, String authorOfficerId, Map<String, String> headers, String valueSha256, String valueBase64, String eventJson,
    String decodeError) {

  /** An event read on {@code node}'s cluster, decoded. */
  public static ExportedEvent decoded(String node, LoggedRecord record, GenericRecord event, String eventJson) {
    EnvelopeView e = EnvelopeView.of(event);
    TopicName name = Topics.parse(record.topic()).orElseThrow();
    return new ExportedEvent(true, record.topic(), record.partition(), record.offset(), record.timestamp(), originOf(name, node),
        name.audience().token(), name.stream().id(), record.key(), e.eventType(), e.eventId(), e.aggregateId(), e.aggregateSequence(),
        e.occurredAt(), e.authorNode(), e.authorOfficerId(), record.headers(), sha256(record.value()),
        Base64.getEncoder().encodeToString(record.value()), eventJson, null);
  }

  /** A record read on {@code node}'s cluster that could not be decoded, with the reason. */
  public static ExportedEvent undecodable(String node, LoggedRecord record, String reason) {
    Optional<TopicName> name = Topics.parse(record.topic());
    return new ExportedEvent(true, record.topic(), record.partition(), record.offset(), record.timestamp(),
        name.map(n -> originOf(n, node)).orElse(null), name.map(n -> n.audience().token()).orElse(null), name.map(n -> n.stream().id()).orElse(null),
        record.key(), null, null, null, null, null, null, null, record.headers(), sha256(record.value()),
        Base64.getEncoder().encodeToString(record.value()), null, reason);
  }

  /** This record as a link of its lane only: no key, no content, no bytes. */
  public ExportedEvent asLink() {
    return new ExportedEvent(false, topic, partition, offset, timestamp, origin, audience, stream, null, null, null, null, null, null, null,
        null, headers, valueSha256, null, null, null);
  }

  private static String sha256(byte[] value) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(value));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  private static String originOf(TopicName name, String node) {
    return name.mirroredFrom().map(Object::toString).orElse(node);
  }

  /** The exact bytes; a link has none. */
  public byte[] value() {
    if (valueBase64 == null) {
      throw new IllegalStateException(topic + "-" + partition + "@" + offset + " is exported as a link only, without its bytes");
    }
    return Base64.getDecoder().decode(valueBase64);
  }
}
