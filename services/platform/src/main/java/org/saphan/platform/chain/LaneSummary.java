package org.saphan.platform.chain;

/**
 * What a verifier saw of one lane: the first and last sequence, the link of the last record, and
 * how many distinct sequences it holds. {@link #head()} is a checkpoint to verify from next time.
 */
public record LaneSummary(Lane lane, long first, long last, String headLinkHex, int count) {

  public ChainHead head() {
    return new ChainHead(lane, last, headLinkHex);
  }
}
