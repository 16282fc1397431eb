package org.saphan.platform.kafka;

/**
 * A lane of this node's hash chain stopped because a record of it was not acknowledged; nothing
 * more is published to that audience until the node restarts (see {@link OutboundChains}).
 */
public class ChainLaneStoppedException extends IllegalStateException {
  public ChainLaneStoppedException(String message, Throwable cause) {
    super(message, cause);
  }
}
