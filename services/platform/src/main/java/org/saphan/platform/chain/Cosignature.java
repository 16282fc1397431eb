package org.saphan.platform.chain;

import java.util.Objects;
import org.saphan.platform.signing.Statements;

/**
 * A receiving node's signed statement that its own copy of another node's lane stood at
 * {@code sequence} with link {@code linkHex} when it checked that node's checkpoint, as read from a
 * cosignature event found at {@code where}.
 */
public record Cosignature(String cosigner, Lane lane, long sequence, String linkHex, String checkpointEventId, String keyId,
    byte[] signature, String where) implements SignedStatement {

  public Cosignature {
    Objects.requireNonNull(cosigner, "cosigner");
    Objects.requireNonNull(lane, "lane");
    Objects.requireNonNull(linkHex, "linkHex");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(signature, "signature");
  }

  /** The bytes the cosigner signed. */
  @Override
  public byte[] statement() {
    return Statements.cosignature(cosigner, lane.origin(), lane.audience(), sequence, linkHex);
  }

  @Override
  public String signer() {
    return cosigner;
  }
}
