package org.saphan.platform.chain;

import java.util.List;

/**
 * One checkpoint as a verifier found it.
 *
 * @param signed whether the origin's signature is valid
 * @param onChain whether the chain holds the stated link at that sequence; null when the records
 *     verified do not reach that sequence (a selection that stops before it)
 * @param cosigners the nodes whose valid cosignature states the same link, in id order
 */
public record CheckpointSummary(Lane lane, long sequence, String linkHex, String keyId, boolean signed, Boolean onChain,
    List<String> cosigners, String where) {

  public CheckpointSummary {
    cosigners = List.copyOf(cosigners);
  }
}
