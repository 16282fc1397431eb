package org.saphan.repatriation.sealing;

import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.Key;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HpkePrivateKey;
import com.google.crypto.tink.hybrid.HpkePublicKey;
import com.google.crypto.tink.hybrid.HybridConfig;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.saphan.platform.node.NodeId;

/**
 * One node's key material for sealing victim identities: its own HPKE private keyset, and the public keyset of
 * every node it may share a repatriation case with.
 *
 * <p>Configuration, Base64 of Tink binary keysets (whitespace and line breaks inside the value are ignored):
 *
 * <ul>
 *   <li>{@code saphan.sealing.private-key} — this node's private keyset. Secret: set only on this node, from a
 *       secret store or environment variable, never committed;
 *   <li>{@code saphan.sealing.public-keys.<node>} — the public keyset of each node, e.g. {@code
 *       saphan.sealing.public-keys.mm-tcl}; the same list on every node. A node's own entry may be left out (it is
 *       derived from its private key); if present it must match that private key.
 * </ul>
 *
 * <p>A new key pair for a node is printed, in that property form, by this class's {@link #main}
 * ({@link SealingKeyCommands}, which also rotates and destroys keys):
 *
 * <pre>
 * ./mvnw -q -pl services/repatriation-service compile exec:java \
 *     -Dexec.mainClass=org.saphan.repatriation.sealing.SealingKeys -Dexec.args="generate mm-tcl"
 * </pre>
 *
 * (or {@code java -cp <service classpath> org.saphan.repatriation.sealing.SealingKeys generate mm-tcl}). Its output
 * holds the private key: print it to a secret store, not to a shared terminal log.
 *
 * <p>Epochs: a keyset holds several keys. {@link #rotate} adds a new primary, which the other nodes seal for once they
 * have the new public keyset; the earlier keys stay to unwrap what was sealed for them until {@link #destroy} removes
 * them. A node keeps each case's data key in its {@link CaseKeyStore}, so once every case sealed for an old key has
 * reached the store, destroying that key loses nothing, and makes the wrapped keys in every copy of the events useless.
 *
 * <p>Keys are Tink HPKE keysets, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM. A node's key id is the id
 * of the primary key of its keyset as 8 hex digits (e.g. {@code 5e1d07a3}); it is recorded with each wrapped key so
 * that a mismatch between the public key a sender used and the private key a recipient holds can be named.
 */
public final class SealingKeys {

  public static final String PRIVATE_KEY_PROPERTY = "saphan.sealing.private-key";
  public static final String PUBLIC_KEYS_PROPERTY = "saphan.sealing.public-keys";

  /** The only key type accepted, so that {@link IdentitySealer#ALGORITHM} always tells the truth. */
  static final HpkeParameters HPKE = hpkeParameters();

  private static final Configuration TINK = tinkConfiguration();

  private final String node;
  private final HybridDecrypt decrypt;
  private final SortedSet<String> privateKeyIds;
  private final SortedMap<String, Recipient> recipients;

  /** A node that identities can be sealed for. */
  record Recipient(String node, String keyId, HybridEncrypt encrypt) {}

  private SealingKeys(
      String node, HybridDecrypt decrypt, SortedSet<String> privateKeyIds, SortedMap<String, Recipient> recipients) {
    this.node = node;
    this.decrypt = decrypt;
    this.privateKeyIds = Collections.unmodifiableSortedSet(privateKeyIds);
    this.recipients = Collections.unmodifiableSortedMap(recipients);
  }

  /**
   * Reads a node's keys from configuration text.
   *
   * @param selfNode this node's id, e.g. {@code th-cei}
   * @param privateKeysetBase64 the value of {@code saphan.sealing.private-key}
   * @param publicKeysetsBase64ByNode the values of {@code saphan.sealing.public-keys.<node>} by node id; may omit
   *     this node (or be {@code null}, then only this node can be sealed for)
   * @throws IllegalArgumentException naming the property and node of a missing, malformed or mismatched key (never
   *     any key text)
   */
  public static SealingKeys of(
      String selfNode, String privateKeysetBase64, Map<String, String> publicKeysetsBase64ByNode) {
    String self = NodeId.of(selfNode).value();
    KeysetHandle privateKeyset = parsePrivateKeyset(self, privateKeysetBase64);
    KeysetHandle ownPublicKeyset = publicPartOf(privateKeyset);

    SortedMap<String, Recipient> recipients = new TreeMap<>();
    recipients.put(self, recipient(self, ownPublicKeyset));
    if (publicKeysetsBase64ByNode != null) {
      publicKeysetsBase64ByNode.forEach((other, base64) -> {
        String property = PUBLIC_KEYS_PROPERTY + "." + other;
        String otherNode = validNode(other, property);
        KeysetHandle publicKeyset = parsePublicKeyset(otherNode, property, base64);
        if (otherNode.equals(self)) {
          requireSameKeyset(self, property, ownPublicKeyset, publicKeyset);
        } else {
          recipients.put(otherNode, recipient(otherNode, publicKeyset));
        }
      });
    }
    return new SealingKeys(self, decrypter(self, privateKeyset), Keysets.keyIds(privateKeyset), recipients);
  }

  /**
   * A new key pair for a node, as Base64 text ready for {@code saphan.sealing.private-key} (on that node only) and
   * {@code saphan.sealing.public-keys.<node>} (on every node).
   */
  public static GeneratedKeys generate(String node) {
    String nodeId = NodeId.of(node).value();
    try {
      return keysOf(nodeId, KeysetHandle.newBuilder().addEntry(newPrimaryEntry()).build());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not generate a sealing key pair for node " + nodeId, e);
    }
  }

  /**
   * Rotates a node's sealing key (a new epoch): a new key becomes the primary, which the other nodes seal for once they
   * have the new public keyset; the earlier keys stay in the private keyset, so what was sealed for them still opens,
   * until {@link #destroy} removes them.
   *
   * @param privateKeysetBase64 the node's current {@code saphan.sealing.private-key}
   * @throws IllegalArgumentException when the keyset is not a sealing private keyset (never quoting it)
   */
  public static GeneratedKeys rotate(String node, String privateKeysetBase64) {
    String nodeId = NodeId.of(node).value();
    KeysetHandle current = parsePrivateKeyset(nodeId, privateKeysetBase64);
    try {
      return keysOf(nodeId, KeysetHandle.newBuilder(current).addEntry(newPrimaryEntry()).build());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not rotate the sealing key of node " + nodeId, e);
    }
  }

  /**
   * Destroys an earlier sealing key of a node: removes it from the private keyset, so that no copy of the keyset made
   * from now on can unwrap what was sealed for it. Do it once every case sealed for that key has reached the node's
   * case key store (see docs/operations.md): after that, a case's identity opens only with the key the store keeps, and
   * an erased case's with nothing at all.
   *
   * @param keyId the key to destroy, as {@link GeneratedKeys#keyIds()} lists it (8 hex digits)
   * @throws IllegalArgumentException when the keyset does not hold that key, or holds it as its primary (rotate first)
   */
  public static GeneratedKeys destroy(String node, String privateKeysetBase64, String keyId) {
    String nodeId = NodeId.of(node).value();
    KeysetHandle current = parsePrivateKeyset(nodeId, privateKeysetBase64);
    KeysetHandle.Builder kept = KeysetHandle.newBuilder(current);
    for (int i = 0; i < kept.size(); i++) {
      if (keyId(current.getAt(i).getId()).equals(keyId)) {
        if (current.getAt(i).isPrimary()) {
          throw new IllegalArgumentException("key " + keyId + " is node " + nodeId + "'s primary sealing key, which the other"
              + " nodes seal for: rotate first, give every node the new public keyset, then destroy " + keyId);
        }
        kept.deleteAt(i);
        try {
          return keysOf(nodeId, kept.build());
        } catch (GeneralSecurityException e) {
          throw new IllegalStateException("could not remove key " + keyId + " from the sealing keyset of node " + nodeId, e);
        }
      }
    }
    throw new IllegalArgumentException("the sealing keyset of node " + nodeId + " holds no key " + keyId + " (it holds "
        + String.join(", ", Keysets.keyIds(current)) + "): already destroyed, or another node's keyset?");
  }

  private static KeysetHandle.Builder.Entry newPrimaryEntry() {
    return KeysetHandle.generateEntryFromParameters(HPKE).withRandomId().makePrimary();
  }

  private static GeneratedKeys keysOf(String node, KeysetHandle privateKeyset) throws GeneralSecurityException {
    return new GeneratedKeys(node, Keysets.primaryKeyId(privateKeyset), List.copyOf(Keysets.keyIds(privateKeyset)),
        Keysets.secretToBase64(privateKeyset), Keysets.publicToBase64(privateKeyset.getPublicKeysetHandle()));
  }

  /** The key-management commands ({@link SealingKeyCommands}): generate, rotate, destroy, store-key. */
  public static void main(String[] args) {
    System.exit(SealingKeyCommands.run(args));
  }

  /** This node's id. */
  public String node() {
    return node;
  }

  /** Every node an identity can be sealed for (this one included), sorted. */
  public Set<String> nodes() {
    return recipients.keySet();
  }

  /** The key id of a node's public keyset (its primary key). */
  public String keyId(String recipientNode) {
    Recipient recipient = recipients.get(recipientNode);
    if (recipient == null) {
      throw new IllegalArgumentException(
          "no public key is configured for node " + recipientNode + " (" + PUBLIC_KEYS_PROPERTY + "."
              + recipientNode + "); known nodes: " + String.join(", ", nodes()));
    }
    return recipient.keyId();
  }

  /** The ids of the keys in this node's private keyset: a rotated keyset still opens what older keys sealed. */
  Set<String> privateKeyIds() {
    return privateKeyIds;
  }

  /** The node's public key to wrap for, or {@code null} when none is configured. */
  Recipient recipient(String recipientNode) {
    return recipients.get(recipientNode);
  }

  HybridDecrypt decrypt() {
    return decrypt;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("SealingKeys[node=").append(node).append(", public keys:");
    recipients.values().forEach(r -> text.append(' ').append(r.node()).append('=').append(r.keyId()));
    return text.append(']').toString();
  }

  /**
   * A node's sealing keys as newly generated, rotated or pruned. {@link #toString()} hides the private keyset;
   * {@link #toProperties()} prints it.
   *
   * @param keyId the primary key's id: recorded with identities sealed for this node from now on
   * @param keyIds every key in the private keyset, the primary included: what this node can still unwrap
   */
  public record GeneratedKeys(String node, String keyId, List<String> keyIds, String privateKeysetBase64, String publicKeysetBase64) {

    public GeneratedKeys {
      keyIds = List.copyOf(keyIds);
    }

    /** The two configuration entries, with where each belongs. */
    public String toProperties() {
      return "# Victim-identity sealing keys of node " + node + ": primary key " + keyId + "; keys held: "
          + String.join(", ", keyIds) + "\n"
          + "# On " + node + " only, kept secret (secret store or environment, never committed):\n"
          + PRIVATE_KEY_PROPERTY + "=" + privateKeysetBase64 + "\n"
          + "# On every node:\n"
          + PUBLIC_KEYS_PROPERTY + "." + node + "=" + publicKeysetBase64 + "\n";
    }

    @Override
    public String toString() {
      return "GeneratedKeys[node=" + node + ", keyId=" + keyId + ", keyIds=" + keyIds + ", private keyset hidden]";
    }
  }

  // Parsing: no message or cause below ever holds key text (see Keysets).

  private static KeysetHandle parsePrivateKeyset(String self, String base64) {
    String what = PRIVATE_KEY_PROPERTY + " (the private key of node " + self + ")";
    if (base64 == null || base64.isBlank()) {
      throw new IllegalArgumentException(what + " is not set: generate a key pair with"
          + " org.saphan.repatriation.sealing.SealingKeys generate " + self + " and configure it");
    }
    KeysetHandle keyset = Keysets.parseSecret(what, base64);
    for (int i = 0; i < keyset.size(); i++) {
      Key key = keyset.getAt(i).getKey();
      if (key instanceof HpkePublicKey) {
        throw new IllegalArgumentException(what + " holds a public key, not a private one: configure the"
            + " private keyset printed by the key generator");
      }
      requireHpke(what, key, key instanceof HpkePrivateKey);
    }
    return keyset;
  }

  private static KeysetHandle parsePublicKeyset(String node, String property, String base64) {
    String what = property + " (the public key of node " + node + ")";
    if (base64 == null || base64.isBlank()) {
      throw new IllegalArgumentException(what + " is empty: set it to the public keyset that node " + node
          + " generated, or remove the entry");
    }
    byte[] bytes = Keysets.decodeBase64(what, base64);
    KeysetHandle keyset;
    try {
      keyset = TinkProtoKeysetFormat.parseKeysetWithoutSecret(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(holdsSecretKeyset(bytes)
          ? what + " holds a PRIVATE keyset: configure only the public keyset there, and since node " + node
              + "'s private key has been copied, generate a new key pair for it"
          : what + " is not a Tink public keyset");
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
    for (int i = 0; i < keyset.size(); i++) {
      Key key = keyset.getAt(i).getKey();
      requireHpke(what, key, key instanceof HpkePublicKey);
    }
    return keyset;
  }

  private static boolean holdsSecretKeyset(byte[] bytes) {
    try {
      TinkProtoKeysetFormat.parseKeyset(bytes, InsecureSecretKeyAccess.get());
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static void requireHpke(String what, Key key, boolean expectedKind) {
    if (!expectedKind || !(key.getParameters() instanceof HpkeParameters parameters)
        || parameters.getKemId() != HPKE.getKemId()
        || parameters.getKdfId() != HPKE.getKdfId()
        || parameters.getAeadId() != HPKE.getAeadId()) {
      throw new IllegalArgumentException(what + " holds a " + key.getParameters() + " key; only HPKE "
          + "DHKEM_X25519_HKDF_SHA256/HKDF_SHA256/AES_256_GCM keys from the key generator are accepted");
    }
  }

  private static String validNode(String node, String property) {
    try {
      return NodeId.of(node).value();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(property + ": " + e.getMessage());
    }
  }

  private static void requireSameKeyset(String self, String property, KeysetHandle derived, KeysetHandle configured) {
    if (!derived.equalsKeyset(configured)) {
      throw new IllegalArgumentException(property + " does not match this node's private key ("
          + PRIVATE_KEY_PROPERTY + ", key id " + keyId(derived.getPrimary().getId()) + " vs "
          + keyId(configured.getPrimary().getId()) + "): publish the public keyset generated with node " + self
          + "'s current private key, or the other nodes will seal for a key it does not hold");
    }
  }

  private static KeysetHandle publicPartOf(KeysetHandle privateKeyset) {
    try {
      return privateKeyset.getPublicKeysetHandle();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(PRIVATE_KEY_PROPERTY + " has no usable public part: " + e.getMessage());
    }
  }

  private static Recipient recipient(String node, KeysetHandle publicKeyset) {
    try {
      return new Recipient(node, keyId(publicKeyset.getPrimary().getId()),
          publicKeyset.getPrimitive(TINK, HybridEncrypt.class));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the public key of node " + node + " (" + PUBLIC_KEYS_PROPERTY + "."
          + node + ") cannot encrypt: " + e.getMessage(), e);
    }
  }

  private static HybridDecrypt decrypter(String self, KeysetHandle privateKeyset) {
    try {
      return privateKeyset.getPrimitive(TINK, HybridDecrypt.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(PRIVATE_KEY_PROPERTY + " (the private key of node " + self
          + ") cannot decrypt: " + e.getClass().getSimpleName());
    }
  }

  static String keyId(int tinkKeyId) {
    return Keysets.keyId(tinkKeyId);
  }

  private static HpkeParameters hpkeParameters() {
    try {
      return HpkeParameters.builder()
          .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
          .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
          .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
          // TINK variant: each wrapped key starts with its key id, so a rotated keyset finds the right key.
          .setVariant(HpkeParameters.Variant.TINK)
          .build();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static Configuration tinkConfiguration() {
    try {
      HybridConfig.register();
      return RegistryConfiguration.get();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
