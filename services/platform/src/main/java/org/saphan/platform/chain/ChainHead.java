package org.saphan.platform.chain;

import java.util.Objects;

/**
 * Where a lane's chain stands: the sequence of its last record and that record's link. Sequence 0
 * with the genesis link is the head of an empty lane. A publisher appends after its head; a verifier
 * may start from a head it verified before (a checkpoint) instead of from genesis.
 */
public record ChainHead(Lane lane, long sequence, String linkHex) {

  public ChainHead {
    Objects.requireNonNull(lane, "lane");
    Objects.requireNonNull(linkHex, "linkHex");
    if (sequence < 0) {
      throw new IllegalArgumentException("a chain sequence is never negative: " + sequence);
    }
  }

  public static ChainHead genesis(Lane lane) {
    return new ChainHead(lane, 0, ChainHash.hex(ChainHash.genesis(lane)));
  }

  /** The link of the next record, holding {@code value}, after this head. */
  public ChainLink next(byte[] value) {
    long sequence = this.sequence + 1;
    return new ChainLink(lane, sequence, linkHex, ChainHash.linkHex(linkHex, sequence, value));
  }
}
