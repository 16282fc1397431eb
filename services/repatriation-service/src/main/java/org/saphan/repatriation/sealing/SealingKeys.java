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
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * <p>A new key pair for a node is printed, in that property form, by this class's {@link #main}:
 *
 * <pre>
 * ./mvnw -q -pl services/repatriation-service compile exec:java \
 *     -Dexec.mainClass=org.saphan.repatriation.sealing.SealingKeys -Dexec.args=mm-tcl
 * </pre>
 *
 * (or {@code java -cp <service classpath> org.saphan.repatriation.sealing.SealingKeys mm-tcl}). Its output holds
 * the private key: print it to a secret store, not to a shared terminal log.
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
    return new SealingKeys(self, decrypter(self, privateKeyset), keyIds(privateKeyset), recipients);
  }

  /**
   * A new key pair for a node, as Base64 text ready for {@code saphan.sealing.private-key} (on that node only) and
   * {@code saphan.sealing.public-keys.<node>} (on every node).
   */
  public static GeneratedKeys generate(String node) {
    String nodeId = NodeId.of(node).value();
    try {
      KeysetHandle privateKeyset = KeysetHandle.newBuilder()
          .addEntry(KeysetHandle.generateEntryFromParameters(HPKE).withRandomId().makePrimary())
          .build();
      KeysetHandle publicKeyset = privateKeyset.getPublicKeysetHandle();
      Base64.Encoder base64 = Base64.getEncoder();
      return new GeneratedKeys(
          nodeId,
          keyId(privateKeyset.getPrimary().getId()),
          base64.encodeToString(TinkProtoKeysetFormat.serializeKeyset(privateKeyset, InsecureSecretKeyAccess.get())),
          base64.encodeToString(TinkProtoKeysetFormat.serializeKeysetWithoutSecret(publicKeyset)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not generate a sealing key pair for node " + nodeId, e);
    }
  }

  /** Prints a new key pair for the node given as the only argument, as properties (see the class comment). */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: SealingKeys <node-id>   prints a new victim-identity sealing key pair for that node");
      System.exit(2);
    }
    try {
      System.out.print(generate(args[0]).toProperties());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
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
   * A newly generated key pair. {@link #toString()} hides the private keyset; {@link #toProperties()} prints it.
   *
   * @param keyId the key id recorded with identities sealed for this node
   */
  public record GeneratedKeys(String node, String keyId, String privateKeysetBase64, String publicKeysetBase64) {

    /** The two configuration entries, with where each belongs. */
    public String toProperties() {
      return "# Victim-identity sealing keys of node " + node + ", key id " + keyId + "\n"
          + "# On " + node + " only, kept secret (secret store or environment, never committed):\n"
          + PRIVATE_KEY_PROPERTY + "=" + privateKeysetBase64 + "\n"
          + "# On every node:\n"
          + PUBLIC_KEYS_PROPERTY + "." + node + "=" + publicKeysetBase64 + "\n";
    }

    @Override
    public String toString() {
      return "GeneratedKeys[node=" + node + ", keyId=" + keyId + ", private keyset hidden]";
    }
  }

  // Parsing. No message or cause below ever holds key text: Base64 errors quote the offending character, so
  // exceptions from decoding or parsing secret material are replaced, not chained.

  private static KeysetHandle parsePrivateKeyset(String self, String base64) {
    String what = PRIVATE_KEY_PROPERTY + " (the private key of node " + self + ")";
    if (base64 == null || base64.isBlank()) {
      throw new IllegalArgumentException(what + " is not set: generate a key pair with"
          + " org.saphan.repatriation.sealing.SealingKeys " + self + " and configure it");
    }
    byte[] bytes = decodeBase64(what, base64);
    KeysetHandle keyset;
    try {
      keyset = TinkProtoKeysetFormat.parseKeyset(bytes, InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(what + " is not a Tink keyset");
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
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
    byte[] bytes = decodeBase64(what, base64);
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

  private static byte[] decodeBase64(String what, String base64) {
    try {
      return Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " is not Base64 text");
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

  private static SortedSet<String> keyIds(KeysetHandle keyset) {
    SortedSet<String> ids = new TreeSet<>();
    for (int i = 0; i < keyset.size(); i++) {
      ids.add(keyId(keyset.getAt(i).getId()));
    }
    return ids;
  }

  /** Tink key ids are 32-bit; as unsigned hex they read the same as in Tink's own keyset dumps. */
  static String keyId(int tinkKeyId) {
    return String.format("%08x", tinkKeyId);
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
