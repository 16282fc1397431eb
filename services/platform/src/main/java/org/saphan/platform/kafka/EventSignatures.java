package org.saphan.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.saphan.platform.chain.ChainHash;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.signing.KeyRing;
import org.saphan.platform.signing.SigningKey;
import org.saphan.platform.signing.Statements;
import org.saphan.platform.topic.Topics;

/**
 * The signature every record carries: the origin node's Ed25519 signature of
 * {@link Statements#event} over the record's exact value bytes and the audience it was sent to, in
 * two headers, {@code saphan_sig_key} (the key's id) and {@code saphan_sig} (base64). A signature
 * over the exact bytes needs no canonical re-encoding (which schema evolution would break), survives
 * MirrorMaker 2 (it copies headers unchanged) and the dead-letter topics (they keep them).
 */
public final class EventSignatures {

  public static final String KEY_ID = "saphan_sig_key";
  public static final String SIGNATURE = "saphan_sig";

  private EventSignatures() {}

  /** Signs a record of {@code origin} to {@code audience} holding {@code value}. */
  public static void sign(Headers headers, SigningKey key, String origin, String audience, byte[] value) {
    byte[] signature = key.sign(Statements.event(origin, audience, ChainHash.valueHashHex(value)));
    headers.remove(KEY_ID);
    headers.remove(SIGNATURE);
    headers.add(KEY_ID, key.keyId().getBytes(StandardCharsets.UTF_8));
    headers.add(SIGNATURE, Base64.getEncoder().encode(signature));
  }

  /** Why a record's signature is not accepted, with the reason a dead letter names; empty if it is. */
  public static Optional<Refusal> check(Headers headers, KeyRing ring, String origin, String audience, byte[] value) {
    return check(HeaderText.last(headers, KEY_ID), HeaderText.last(headers, SIGNATURE), ring, origin, audience,
        ChainHash.valueHashHex(value));
  }

  /**
   * As {@link #check(Headers, KeyRing, String, String, byte[])}, for headers read as text (an export, a node's log) and a value
   * whose SHA-256 the caller already holds (a verifier's {@code ChainedRecord}, hashed from the bytes).
   */
  public static Optional<Refusal> check(Map<String, String> headers, KeyRing ring, String origin, String audience, String valueSha256Hex) {
    return check(Optional.ofNullable(headers.get(KEY_ID)), Optional.ofNullable(headers.get(SIGNATURE)), ring, origin, audience,
        valueSha256Hex);
  }

  private static Optional<Refusal> check(Optional<String> keyId, Optional<String> signature, KeyRing ring, String origin, String audience,
      String valueSha256Hex) {
    if (keyId.isEmpty() || signature.isEmpty()) {
      return Optional.of(new Refusal("UNSIGNED", "the record carries no signature of its origin " + origin));
    }
    byte[] signatureBytes;
    try {
      signatureBytes = Base64.getDecoder().decode(signature.get());
    } catch (IllegalArgumentException e) {
      return Optional.of(new Refusal("FORGED_SIGNATURE", "the signature header is not base64"));
    }
    KeyRing.Verdict verdict = ring.verify(origin, keyId.get(), Statements.event(origin, audience, valueSha256Hex), signatureBytes);
    return switch (verdict) {
      case VALID -> Optional.empty();
      case BAD_SIGNATURE -> Optional.of(new Refusal("FORGED_SIGNATURE", "signature claimed by " + origin + " with key " + keyId.get()
          + " for audience " + audience + ": " + verdict.reason()));
      case UNKNOWN_NODE, UNKNOWN_KEY -> Optional.of(new Refusal("UNKNOWN_SIGNING_KEY", "key " + keyId.get() + " of " + origin + ": "
          + verdict.reason()));
    };
  }

  /**
   * What a node's consumers accept: records signed by their origin (the peer a topic was mirrored
   * from, or the node itself for its own topics; the envelope must then say the same, which the
   * subscriber checks after decoding) with a key the ring lists for it, for the topic's audience.
   * {@link #NONE} (a node configured without keys) accepts everything.
   */
  public record Check(NodeId self, KeyRing ring) {

    public static final Check NONE = new Check(null, KeyRing.empty());

    /** Why {@code record} is refused; empty if it is accepted or not on a Saphan topic. */
    public Optional<Refusal> refusal(ConsumerRecord<String, byte[]> record) {
      if (ring.isEmpty()) {
        return Optional.empty();
      }
      Optional<Topics.TopicName> topic = Topics.parse(record.topic());
      if (topic.isEmpty()) {
        return Optional.empty();
      }
      String origin = topic.get().mirroredFrom().orElse(self).value();
      return check(record.headers(), ring, origin, topic.get().audience().token(), record.value() == null ? new byte[0] : record.value());
    }
  }

  /** A refused signature: the dead-letter reason and what was wrong. */
  public record Refusal(String reason, String detail) {}

}
