package org.saphan.repatriation.sealing;

/** The victim identity of a case was erased on this node: no key here opens it any more, nor will one again. */
public class IdentityErasedException extends RuntimeException {

  private final CaseKeyTombstone tombstone;

  public IdentityErasedException(CaseKeyTombstone tombstone) {
    super("the identity of case " + tombstone.caseId() + " was erased at the request of " + tombstone.requestedBy() + " at "
        + tombstone.requestedAt() + " (reason: " + tombstone.reason() + "); this node destroyed its key at " + tombstone.erasedAt()
        + ", so no key opens it any more. The case itself is kept.");
    this.tombstone = tombstone;
  }

  /** Who erased it, when and why. */
  public CaseKeyTombstone tombstone() {
    return tombstone;
  }
}
