package org.saphan.repatriation.sealing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.saphan.schema.repatriation.SealedIdentity;
import org.saphan.schema.repatriation.SealedKey;

/**
 * Seals a victim's identity so that only the nodes of its repatriation case can read it, wherever the sealed
 * record travels (Kafka topics of every cluster, MirrorMaker 2, dead letters, logs).
 *
 * <p>Envelope encryption ({@link #ALGORITHM}): the identity, as UTF-8 JSON, is encrypted once with AES-256-GCM
 * under a fresh random data key ({@code ciphertext = nonce(12) || ciphertext || tag}, associated data = the case
 * id, so the ciphertext cannot be pasted into another case); the data key is then wrapped for each recipient with
 * Tink HPKE to that node's public key, with context info {@code caseId|node}, so a wrapped key cannot be moved to
 * another case or relabelled for another recipient. (Node ids hold no {@code |}, so the context is unambiguous.)
 *
 * <p>Thread-safe.
 */
public final class IdentitySealer {

  /** What {@link SealedIdentity#getAlgorithm()} holds; another value is refused rather than guessed at. */
  public static final String ALGORITHM = "HPKE(X25519,HKDF-SHA256,AES-256-GCM)+AES-256-GCM";

  private final SealingKeys keys;

  public IdentitySealer(SealingKeys keys) {
    if (keys == null) {
      throw new IllegalArgumentException("sealing keys are required");
    }
    this.keys = keys;
  }

  /**
   * Seals an identity for the nodes of a case.
   *
   * @param recipientNodes the nodes that may open it, in the order to record them: normally the sheltering node
   *     and the country of nationality's node; must include this node (or it could not read its own case back),
   *     and each must have a configured public key
   * @throws SealedIdentityException when a recipient has no configured public key, or encryption fails
   * @throws IllegalArgumentException when an argument is missing, or the recipients are empty or repeated
   */
  public SealedIdentity seal(VictimIdentity identity, String caseId, List<String> recipientNodes) {
    byte[] dataKey = DataKeyCipher.newDataKey();
    try {
      return seal(identity, caseId, recipientNodes, dataKey);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  /** As {@link #seal(VictimIdentity, String, List)}, under a data key the caller keeps ({@link IdentityVault}). */
  SealedIdentity seal(VictimIdentity identity, String caseId, List<String> recipientNodes, byte[] dataKey) {
    if (identity == null) {
      throw new IllegalArgumentException("no identity to seal for case " + caseId);
    }
    requireCaseId(caseId);
    List<SealingKeys.Recipient> recipients = recipients(caseId, recipientNodes);

    byte[] plaintext = IdentityJson.write(identity);
    try {
      byte[] ciphertext = DataKeyCipher.encrypt(dataKey, plaintext, caseId.getBytes(UTF_8));
      List<SealedKey> sealedKeys = new ArrayList<>();
      for (SealingKeys.Recipient recipient : recipients) {
        sealedKeys.add(SealedKey.newBuilder()
            .setNode(recipient.node())
            .setKeyId(recipient.keyId())
            .setWrappedKey(ByteBuffer.wrap(recipient.encrypt().encrypt(dataKey, context(caseId, recipient.node()))))
            .build());
      }
      return SealedIdentity.newBuilder()
          .setAlgorithm(ALGORITHM)
          .setCiphertext(ByteBuffer.wrap(ciphertext))
          .setRecipients(sealedKeys)
          .build();
    } catch (GeneralSecurityException e) {
      throw new SealedIdentityException(caseId, "the identity of case " + caseId + " could not be sealed: "
          + e.getClass().getSimpleName(), e);
    } finally {
      // Best effort: the JVM may have copies, but this array at least does not linger until collected.
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /**
   * Opens an identity sealed for a case this node is a recipient of.
   *
   * @param caseId the case the identity is expected to belong to; another case's seal does not open
   * @throws SealedIdentityException when this node is not a recipient, its private key is not the one sealed for,
   *     or the seal was altered or belongs to another case
   */
  public VictimIdentity open(SealedIdentity sealed, String caseId) {
    byte[] dataKey = unwrapDataKey(sealed, caseId);
    try {
      return open(sealed, caseId, dataKey);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  /**
   * This node's copy of the data key, unwrapped from the seal with its private sealing key.
   *
   * @throws SealedIdentityException as {@link #open(SealedIdentity, String)}, also when the key it was wrapped for has
   *     been destroyed
   */
  byte[] unwrapDataKey(SealedIdentity sealed, String caseId) {
    requireOpenable(sealed, caseId);
    return unwrap(ownSealedKey(sealed, caseId), caseId);
  }

  /** Opens the seal with its data key (kept by this node, or just unwrapped). */
  VictimIdentity open(SealedIdentity sealed, String caseId, byte[] dataKey) {
    requireOpenable(sealed, caseId);
    byte[] plaintext;
    try {
      plaintext = DataKeyCipher.decrypt(dataKey, bytes(sealed.getCiphertext()), caseId.getBytes(UTF_8));
    } catch (GeneralSecurityException e) {
      throw doesNotDecrypt(caseId, e);
    }
    try {
      return IdentityJson.read(plaintext);
    } catch (IllegalArgumentException e) {
      throw new SealedIdentityException(caseId, "the sealed identity of case " + caseId + " decrypts but "
          + e.getMessage() + " (sealed by a newer or faulty version?)");
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  private void requireOpenable(SealedIdentity sealed, String caseId) {
    if (sealed == null) {
      throw new IllegalArgumentException("no sealed identity to open for case " + caseId);
    }
    requireCaseId(caseId);
    if (!ALGORITHM.equals(sealed.getAlgorithm())) {
      throw new SealedIdentityException(caseId, "the identity of case " + caseId + " is sealed with '"
          + sealed.getAlgorithm() + "'; node " + keys.node() + " opens only '" + ALGORITHM
          + "' (is the sending node newer than this one?)");
    }
  }

  private List<SealingKeys.Recipient> recipients(String caseId, List<String> recipientNodes) {
    if (recipientNodes == null || recipientNodes.isEmpty()) {
      throw new IllegalArgumentException("no recipient node to seal the identity of case " + caseId + " for");
    }
    if (new HashSet<>(recipientNodes).size() != recipientNodes.size()) {
      throw new IllegalArgumentException("the recipients of the identity of case " + caseId + " repeat a node: "
          + recipientNodes);
    }
    if (!recipientNodes.contains(keys.node())) {
      throw new IllegalArgumentException("node " + keys.node() + " seals the identity of case " + caseId
          + " but is not among its recipients " + recipientNodes + ": it could not read the case back");
    }
    List<SealingKeys.Recipient> recipients = new ArrayList<>();
    for (String node : recipientNodes) {
      SealingKeys.Recipient recipient = keys.recipient(node);
      if (recipient == null) {
        throw new SealedIdentityException(caseId, "cannot seal the identity of case " + caseId + " for node "
            + node + ": no public key is configured for it (" + SealingKeys.PUBLIC_KEYS_PROPERTY + "." + node
            + "); nodes with a key: " + String.join(", ", keys.nodes()));
      }
      recipients.add(recipient);
    }
    return recipients;
  }

  private SealedKey ownSealedKey(SealedIdentity sealed, String caseId) {
    List<SealedKey> sealedKeys = sealed.getRecipients() == null ? List.of() : sealed.getRecipients();
    return sealedKeys.stream()
        .filter(sealedKey -> keys.node().equals(sealedKey.getNode()))
        .findFirst()
        .orElseThrow(() -> new SealedIdentityException(caseId, "node " + keys.node()
            + " is not a recipient of the identity sealed for case " + caseId + " (recipients: "
            + sealedKeys.stream().map(SealedKey::getNode).collect(Collectors.joining(", ")) + ")"));
  }

  private byte[] unwrap(SealedKey own, String caseId) {
    if (!keys.privateKeyIds().contains(own.getKeyId())) {
      // Tell the operator which side to fix rather than a bare decryption failure.
      throw new SealedIdentityException(caseId, "the identity of case " + caseId + " was sealed for key "
          + own.getKeyId() + " of node " + keys.node() + ", but its private key (" + SealingKeys.PRIVATE_KEY_PROPERTY
          + ") holds key " + String.join(", ", keys.privateKeyIds()) + ": the key was destroyed after a rotation (the"
          + " identity then opens only from this node's case key store), this node lost a rotated key, or the sending"
          + " node has an outdated or wrong " + SealingKeys.PUBLIC_KEYS_PROPERTY + "." + keys.node());
    }
    try {
      byte[] dataKey = keys.decrypt().decrypt(bytes(own.getWrappedKey()), context(caseId, keys.node()));
      if (dataKey.length != DataKeyCipher.KEY_BYTES) {
        Arrays.fill(dataKey, (byte) 0);
        throw new GeneralSecurityException("unwrapped data key is not " + DataKeyCipher.KEY_BYTES + " bytes");
      }
      return dataKey;
    } catch (GeneralSecurityException e) {
      throw doesNotDecrypt(caseId, e);
    }
  }

  private static SealedIdentityException doesNotDecrypt(String caseId, GeneralSecurityException cause) {
    return new SealedIdentityException(caseId, "the sealed identity of case " + caseId
        + " does not decrypt: it was altered, or sealed for another case", cause);
  }

  private static byte[] context(String caseId, String node) {
    return (caseId + "|" + node).getBytes(UTF_8);
  }

  private static void requireCaseId(String caseId) {
    if (caseId == null || caseId.isBlank()) {
      throw new IllegalArgumentException("a case id is required: it binds the sealed identity to its case");
    }
  }

  /** Reads without moving the buffer's position: the record may be read again (e.g. re-serialized). */
  private static byte[] bytes(ByteBuffer buffer) {
    if (buffer == null) {
      return new byte[0];
    }
    ByteBuffer view = buffer.duplicate();
    byte[] bytes = new byte[view.remaining()];
    view.get(bytes);
    return bytes;
  }
}
