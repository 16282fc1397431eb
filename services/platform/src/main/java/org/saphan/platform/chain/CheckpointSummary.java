package org.saphan.platform.chain;

import java.util.List;

/**
 * One checkpoint as a verifier found it.
 *
 * @param signed whether the origin's signature is valid
 * @param onChain whether the chain holds the stated link at that sequence; null when the records
 *     verified do not reach that sequence (a selection that stops before it)
 * @param cosigners the nodes whose valid cosignature states the same link, in id order
 * @param awaiting the nodes that receive the lane (every other node in the registry for a lane to
 *     all, the addressee for a pair lane) and have not cosigned it among the statements given: not
 *     a finding (a link may be down, or the selection may end before the cosignature), but worth a look
 */
public record CheckpointSummary(Lane lane, long sequence, String linkHex, String keyId, boolean signed, Boolean onChain,
    List<String> cosigners, List<String> awaiting, String where) {

  public CheckpointSummary {
    cosigners = List.copyOf(cosigners);
    awaiting = List.copyOf(awaiting);
  }
}
