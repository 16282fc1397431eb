package org.saphan.platform.chain;

import java.util.Arrays;

/**
 * A record as a verifier sees it: its chain headers, its exact value bytes, and where it was found
 * ({@code topic-partition@offset}, or a line of an export) for the messages.
 */
public record ChainedRecord(Lane lane, long sequence, String previousLinkHex, String linkHex, byte[] value, String where) {

  /** Whether {@code other} is the same record (a redelivery), wherever it was found. */
  public boolean sameAs(ChainedRecord other) {
    return lane.equals(other.lane) && sequence == other.sequence && previousLinkHex.equals(other.previousLinkHex)
        && linkHex.equals(other.linkHex) && Arrays.equals(value, other.value);
  }

  /** Whether the value still hashes, after the previous link, to the record's link. */
  public boolean intact() {
    return recomputedLinkHex().equals(linkHex);
  }

  /** The link the record's previous link, sequence and value hash to. */
  public String recomputedLinkHex() {
    try {
      return ChainHash.linkHex(previousLinkHex, sequence, value);
    } catch (IllegalArgumentException e) {
      return "unreadable previous link";
    }
  }

  @Override
  public String toString() {
    return lane + "#" + sequence + " at " + where;
  }
}
