package org.saphan.platform.chain;

/**
 * Something wrong in a lane, pinpointed: the lane, the sequence, what the chain expected there and
 * what was found, and where the record is.
 *
 * <ul>
 *   <li>{@link Kind#GAP}: sequences are missing (an event deleted or never delivered); expected is
 *       the missing sequence, found the next sequence present.
 *   <li>{@link Kind#CHANGED}: the value no longer hashes to the record's link (changed bytes, or
 *       another event's value); expected is the link the record states, found the link its value
 *       hashes to.
 *   <li>{@link Kind#BROKEN}: the record's previous link is not the link of the record before it (a
 *       record forged or re-chained); expected is the link before, found the stated previous link.
 *   <li>{@link Kind#CONFLICT}: two different records claim the same lane and sequence; expected and
 *       found are their links, {@code where} names both.
 *   <li>{@link Kind#SIGNATURE}: a checkpoint or cosignature whose signature does not verify with the
 *       node registry's keys (forged, altered, or an unknown or revoked key); expected names the
 *       signer and key, found why it failed.
 *   <li>{@link Kind#CHECKPOINT}: a validly signed checkpoint or cosignature states another link
 *       than the records hold at that sequence (the lane was rewritten after it was signed); expected
 *       is the signed link, found the records' link.
 * </ul>
 */
public record ChainFinding(Kind kind, Lane lane, long sequence, String expected, String found, String where) {

  public enum Kind { GAP, CHANGED, BROKEN, CONFLICT, SIGNATURE, CHECKPOINT }

  @Override
  public String toString() {
    return kind + " " + lane + "#" + sequence + ": expected " + expected + ", found " + found + " (" + where + ")";
  }
}
