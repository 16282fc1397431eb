package org.saphan.repatriation.domain;

/** Where a repatriation case stands, after HL7 FHIR Task's status values. */
public enum CaseState {
  REQUESTED,
  RECEIVED,
  ACCEPTED,
  REJECTED,
  /** The handover is scheduled. */
  READY,
  /** The person has been handed over at the checkpoint; reception not yet confirmed. */
  IN_PROGRESS,
  /** Reception confirmed by the receiving side. */
  COMPLETED,
  /** Reintegration follow-up is being reported. */
  FOLLOW_UP,
  CLOSED,
  ON_HOLD,
  /** Revoked by the sheltering side before acceptance. */
  CANCELLED,
  FAILED,
  ENTERED_IN_ERROR;

  /** No action leads out of a final state. */
  public boolean isFinal() {
    return this == REJECTED || this == CLOSED || this == CANCELLED || this == FAILED || this == ENTERED_IN_ERROR;
  }
}
