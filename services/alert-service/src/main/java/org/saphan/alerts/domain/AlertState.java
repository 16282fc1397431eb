package org.saphan.alerts.domain;

/**
 * Where an alert message stands. The alert (its update/cancel chain) takes the state of its latest
 * message; earlier messages are {@link #SUPERSEDED}. Cancelled, expired and superseded are kept apart.
 */
public enum AlertState {
  /** The latest message of its chain, not cancelled, not past its expiry. */
  ACTIVE,
  /** Replaced by a later Update or Cancel of the same chain. */
  SUPERSEDED,
  /** The chain ends with a Cancel message. */
  CANCELLED,
  /** The latest message's every info block has expired. */
  EXPIRED
}
