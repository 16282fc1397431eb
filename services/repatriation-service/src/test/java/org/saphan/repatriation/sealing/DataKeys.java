package org.saphan.repatriation.sealing;

import java.util.Map;
import org.saphan.schema.repatriation.SealedIdentity;

/** For tests outside this package that must know a case's data key, to prove it is nowhere in the clear. */
public final class DataKeys {

  private DataKeys() {}

  /** The data key of a sealed identity, unwrapped with a node's private sealing keyset. */
  public static byte[] unwrap(String node, String privateKeysetBase64, SealedIdentity sealed, String caseId) {
    return new IdentitySealer(SealingKeys.of(node, privateKeysetBase64, Map.of())).unwrapDataKey(sealed, caseId);
  }
}
