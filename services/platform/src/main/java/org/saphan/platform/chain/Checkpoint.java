package org.saphan.platform.chain;

import java.util.Objects;
import org.saphan.platform.signing.Statements;

/**
 * An origin node's signed statement that its lane stood at {@code sequence} with link
 * {@code linkHex}, as read from a checkpoint event found at {@code where}.
 */
public record Checkpoint(Lane lane, long sequence, String linkHex, String keyId, byte[] signature, String eventId, String where)
    implements SignedStatement {

  public Checkpoint {
    Objects.requireNonNull(lane, "lane");
    Objects.requireNonNull(linkHex, "linkHex");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(signature, "signature");
  }

  /** The bytes the origin signed. */
  @Override
  public byte[] statement() {
    return Statements.checkpoint(lane.origin(), lane.audience(), sequence, linkHex);
  }

  /** The lane's origin. */
  @Override
  public String signer() {
    return lane.origin();
  }
}
