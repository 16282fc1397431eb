package org.saphan.repatriation.sealing;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.saphan.schema.repatriation.SealedIdentity;

/**
 * A node's victim identities: sealed for a case's two parties ({@link IdentitySealer}), each party keeping the case's
 * data key in its own {@link CaseKeyStore}, and erased by destroying that key (crypto-shredding).
 *
 * <ul>
 *   <li>the sheltering node keeps the key when it seals; the other party when the referral first reaches its view,
 *       unwrapping its copy with its sealing key ({@link #keep});
 *   <li>an identity opens with the kept key; only when the store has none and the case is not erased is the key
 *       unwrapped from the event again (and kept);
 *   <li>once erased, the case's tombstone stands in the store for good: no rebuild of the views from Kafka keeps its key
 *       again, and once the sealing key it was wrapped for is destroyed too, no key anywhere opens it.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class IdentityVault {

  /** What {@link #keep} did. */
  public enum Kept { STORED, ALREADY_KEPT, ERASED }

  private final IdentitySealer sealer;
  private final CaseKeyStore store;

  public IdentityVault(IdentitySealer sealer, CaseKeyStore store) {
    this.sealer = sealer;
    this.store = store;
  }

  /**
   * Seals an identity for the case's parties and keeps its data key. A case whose key is already kept (a referral whose
   * publication failed, tried again) is sealed under the same key.
   *
   * @throws IdentityErasedException when the case's identity was erased here
   */
  public synchronized SealedIdentity seal(VictimIdentity identity, String caseId, List<String> parties) {
    refuseIfErased(caseId);
    Optional<byte[]> kept = store.dataKey(caseId);
    byte[] dataKey = kept.orElseGet(DataKeyCipher::newDataKey);
    try {
      SealedIdentity sealed = sealer.seal(identity, caseId, parties, dataKey);
      if (kept.isEmpty()) {
        store.putDataKey(caseId, dataKey);
      }
      return sealed;
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  /**
   * Keeps this node's copy of a case's data key, unwrapped from the referral, unless the store holds it already or the
   * case is erased. Called for every referral the node's view applies, at every rebuild.
   *
   * @throws SealedIdentityException when this node's sealing key does not unwrap it (not a recipient; key destroyed)
   */
  public synchronized Kept keep(String caseId, SealedIdentity sealed) {
    if (store.tombstone(caseId).isPresent()) {
      return Kept.ERASED;
    }
    Optional<byte[]> kept = store.dataKey(caseId);
    if (kept.isPresent()) {
      Arrays.fill(kept.get(), (byte) 0);
      return Kept.ALREADY_KEPT;
    }
    byte[] dataKey = sealer.unwrapDataKey(sealed, caseId);
    try {
      store.putDataKey(caseId, dataKey);
      return Kept.STORED;
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  /**
   * Opens a case's identity with the key this node keeps (unwrapping and keeping it first if it has none yet).
   *
   * @throws IdentityErasedException when the case's identity was erased
   * @throws SealedIdentityException when no key opens it: not a recipient, or no kept key and the sealing key destroyed
   */
  public synchronized VictimIdentity open(String caseId, SealedIdentity sealed) {
    refuseIfErased(caseId);
    byte[] dataKey = store.dataKey(caseId).orElse(null);
    if (dataKey == null) {
      dataKey = sealer.unwrapDataKey(sealed, caseId);
      store.putDataKey(caseId, dataKey);
    }
    try {
      return sealer.open(sealed, caseId, dataKey);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  /**
   * Erases a case's identity on this node: destroys its key, leaving a tombstone. Idempotent.
   *
   * @param requestedBy the party whose officer asked for it
   * @param requestedAt when they asked
   * @return the tombstone in force (an earlier one if the case was erased already)
   */
  public synchronized CaseKeyTombstone erase(String caseId, String requestedBy, Instant requestedAt, String reasonLanguage, String reason) {
    return store.erase(caseId, requestedBy, requestedAt, reasonLanguage, reason);
  }

  /** The case's tombstone, when its identity was erased on this node. */
  public Optional<CaseKeyTombstone> erasure(String caseId) {
    return store.tombstone(caseId);
  }

  private void refuseIfErased(String caseId) {
    Optional<CaseKeyTombstone> tombstone = store.tombstone(caseId);
    if (tombstone.isPresent()) {
      throw new IdentityErasedException(tombstone.get());
    }
  }
}
