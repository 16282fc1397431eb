package org.saphan.platform.chain;

/**
 * A record as a verifier sees it: its chain headers, the SHA-256 of its exact value bytes (what the
 * link covers), and where it was found ({@code topic-partition@offset}, or a line of an export) for
 * the messages. Built from the bytes ({@link #of}) wherever the bytes are at hand, so that a changed
 * value shows; from a stated hash only for an export's link lines, which carry no bytes.
 */
public record ChainedRecord(Lane lane, long sequence, String previousLinkHex, String linkHex, String valueSha256Hex, String where) {

  /** A record whose value bytes the verifier holds. */
  public static ChainedRecord of(Lane lane, long sequence, String previousLinkHex, String linkHex, byte[] value, String where) {
    return new ChainedRecord(lane, sequence, previousLinkHex, linkHex, ChainHash.valueHashHex(value), where);
  }

  /** Whether {@code other} is the same record (a redelivery), wherever it was found. */
  public boolean sameAs(ChainedRecord other) {
    return lane.equals(other.lane) && sequence == other.sequence && previousLinkHex.equals(other.previousLinkHex)
        && linkHex.equals(other.linkHex) && valueSha256Hex.equals(other.valueSha256Hex);
  }

  /** Whether the value still hashes, after the previous link, to the record's link. */
  public boolean intact() {
    return recomputedLinkHex().equals(linkHex);
  }

  /** The link the record's previous link, sequence and value hash to. */
  public String recomputedLinkHex() {
    try {
      return ChainHash.linkHexOfValueHash(previousLinkHex, sequence, valueSha256Hex);
    } catch (IllegalArgumentException e) {
      return "unreadable previous link or value hash";
    }
  }

  @Override
  public String toString() {
    return lane + "#" + sequence + " at " + where;
  }
}
