package org.saphan.platform.signing;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * What a node signs and verifies with: its own signing key, if it has one, and every node's public
 * keys. A node without a key of its own makes no signed statements (checkpoints, cosignatures).
 */
public record NodeKeys(Optional<SigningKey> own, KeyRing ring) {

  public NodeKeys {
    Objects.requireNonNull(own, "own");
    Objects.requireNonNull(ring, "ring");
  }

  /** No key of its own and none of others. */
  public static NodeKeys none() {
    return new NodeKeys(Optional.empty(), KeyRing.empty());
  }

  /**
   * Checks that node {@code self} can take part: a registry that lists signing keys means every
   * event must be signed, so the node needs a key of its own, listed for it in the ring (what it
   * signs must verify everywhere, with the same registry).
   *
   * @throws IllegalArgumentException naming the property to set
   */
  public void requireOwnKeyListed(String self) {
    if (own.isEmpty() && !ring.isEmpty()) {
      throw new IllegalArgumentException("the registry lists signing keys (saphan.nodes.*." + KeyRing.PROPERTY + "), so every event must be "
          + "signed, but this node has no signing key: set saphan.signing.private-key and saphan.signing.public-key");
    }
    own.ifPresent(key -> {
      byte[] probe = "saphan/registry-check".getBytes(StandardCharsets.UTF_8);
      KeyRing.Verdict verdict = ring.verify(self, key.keyId(), probe, key.sign(probe));
      if (verdict != KeyRing.Verdict.VALID) {
        throw new IllegalArgumentException("this node's signing key " + key.keyId() + " is not listed in saphan.nodes." + self + "."
            + KeyRing.PROPERTY + " (" + verdict.reason() + "): add its public key there, on every node");
      }
    });
  }
}
