package org.saphan.platform.chain;

import java.util.HexFormat;
import org.saphan.platform.signing.KeyRing;

/** A statement a node signed about a lane, read from an event found at {@link #where()}. */
public sealed interface SignedStatement permits Checkpoint, Cosignature {

  /** The node that signed. */
  String signer();

  /** The exact bytes signed. */
  byte[] statement();

  String keyId();

  byte[] signature();

  String where();

  /** Whether the signer signed this statement with a key the ring lists for it, and if not, why. */
  default KeyRing.Verdict verdict(KeyRing ring) {
    return ring.verify(signer(), keyId(), statement(), signature());
  }

  /** What makes two copies the same statement: the bytes signed, the key and the signature. */
  default String identity() {
    return HexFormat.of().formatHex(statement()) + "/" + keyId() + "/" + HexFormat.of().formatHex(signature());
  }
}
