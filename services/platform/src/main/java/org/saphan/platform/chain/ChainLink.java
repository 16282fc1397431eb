package org.saphan.platform.chain;

/** What a publisher stamps on one record: its lane, its sequence, the previous link and its own link. */
public record ChainLink(Lane lane, long sequence, String previousLinkHex, String linkHex) {

  /** The lane's head once this record is written. */
  public ChainHead head() {
    return new ChainHead(lane, sequence, linkHex);
  }
}
