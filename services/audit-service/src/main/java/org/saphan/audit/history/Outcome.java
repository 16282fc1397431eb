package org.saphan.audit.history;

/** What feeding one event to a board did; the three boards' own outcomes map onto these by name. */
public enum Outcome {
  APPLIED,
  /** An event id the board had applied already (a redelivery): it changes nothing. */
  DUPLICATE,
  /** Held by the board until what it concerns arrives (a receipt before its alert, say). */
  WAITING;

  static Outcome of(Enum<?> boardOutcome) {
    return valueOf(boardOutcome.name());
  }
}
