package org.saphan.platform.chain;

import java.util.HexFormat;

/** A statement a node signed about a lane, read from an event found at {@link #where()}. */
public sealed interface SignedStatement permits Checkpoint, Cosignature {

  /** The exact bytes signed. */
  byte[] statement();

  String keyId();

  byte[] signature();

  String where();

  /** What makes two copies the same statement: the bytes signed, the key and the signature. */
  default String identity() {
    return HexFormat.of().formatHex(statement()) + "/" + keyId() + "/" + HexFormat.of().formatHex(signature());
  }
}
