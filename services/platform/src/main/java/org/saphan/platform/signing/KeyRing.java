package org.saphan.platform.signing;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.saphan.platform.node.NodeRegistry;

/**
 * Every node's public signing keys, current and earlier ones: a node that rotates its key keeps its
 * earlier public keys listed, so that what it signed before still verifies; removing a key revokes
 * it. Configured as {@code saphan.nodes.<id>.signing-keys=<base64 X.509>,<base64 X.509>...}.
 */
public final class KeyRing {

  /** The property suffix under {@code saphan.nodes.<id>.}. */
  public static final String PROPERTY = NodeRegistry.SIGNING_KEYS;

  private final Map<String, Map<String, PublicKey>> keysByNode;

  private KeyRing(Map<String, Map<String, PublicKey>> keysByNode) {
    this.keysByNode = keysByNode;
  }

  /**
   * From {@code saphan.nodes.<id>.signing-keys} properties (other keys are ignored).
   *
   * @throws IllegalArgumentException naming the node whose key is malformed
   */
  public static KeyRing fromProperties(Map<?, ?> properties) {
    Map<String, Map<String, PublicKey>> keys = new TreeMap<>();
    properties.forEach((property, entry) -> {
      String name = String.valueOf(property);
      String value = String.valueOf(entry);
      NodeRegistry.nodeOf(name, PROPERTY).ifPresent(node -> {
        Map<String, PublicKey> nodeKeys = new LinkedHashMap<>();
        for (String encoded : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
          try {
            PublicKey key = KeyIds.publicKey(encoded);
            nodeKeys.put(KeyIds.of(key), key);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage());
          }
        }
        keys.put(node, nodeKeys);
      });
    });
    return new KeyRing(keys);
  }

  /** A ring with no keys: nothing verifies. */
  public static KeyRing empty() {
    return new KeyRing(Map.of());
  }

  /** The nodes the ring lists keys for, in id order. */
  public SortedSet<String> nodes() {
    return new TreeSet<>(keysByNode.keySet());
  }

  /** Whether the ring holds at least one key. */
  public boolean isEmpty() {
    return keysByNode.values().stream().allMatch(Map::isEmpty);
  }

  /** A ring of the given nodes' keys: for tests and tools. */
  public static KeyRing of(Map<String, List<PublicKey>> keys) {
    Map<String, Map<String, PublicKey>> byNode = new TreeMap<>();
    keys.forEach((node, list) -> {
      Map<String, PublicKey> nodeKeys = new LinkedHashMap<>();
      list.forEach(k -> nodeKeys.put(KeyIds.of(k), k));
      byNode.put(node, nodeKeys);
    });
    return new KeyRing(byNode);
  }

  /**
   * The ring as {@code saphan.nodes.<id>.signing-keys} properties, what {@link #fromProperties}
   * reads: e.g. the file of public keys an auditor verifies an export with.
   */
  public Map<String, String> toProperties() {
    Map<String, String> properties = new TreeMap<>();
    keysByNode.forEach((node, keys) -> properties.put(NodeRegistry.PREFIX + node + "." + PROPERTY, String.join(",",
        keys.values().stream().map(k -> Base64.getEncoder().encodeToString(k.getEncoded())).toList())));
    return properties;
  }

  /** Whether {@code signature} over {@code data} was made by {@code node}'s key {@code keyId}, and if not, why. */
  public Verdict verify(String node, String keyId, byte[] data, byte[] signature) {
    Map<String, PublicKey> nodeKeys = keysByNode.get(node);
    if (nodeKeys == null) {
      return Verdict.UNKNOWN_NODE;
    }
    PublicKey key = nodeKeys.get(keyId);
    if (key == null) {
      return Verdict.UNKNOWN_KEY;
    }
    return Verification.isValid(key, data, signature) ? Verdict.VALID : Verdict.BAD_SIGNATURE;
  }

  /** The outcome of a check, with the reason a refusal names. */
  public enum Verdict {
    VALID("valid"),
    UNKNOWN_NODE("signed by a node that is not in the registry"),
    UNKNOWN_KEY("signed with a key the registry does not list for that node (unknown or revoked)"),
    BAD_SIGNATURE("the signature does not match the signed content and key: forged or altered");

    private final String reason;

    Verdict(String reason) {
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }
}
