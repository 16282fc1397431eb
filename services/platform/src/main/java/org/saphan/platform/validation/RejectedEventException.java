package org.saphan.platform.validation;

/** A well-formed event that a handler refuses to apply; it goes to the dead-letter topic with this message. */
public class RejectedEventException extends RuntimeException {

  private final String reason;

  /** @param reason a short code for the dead-letter record, e.g. ILLEGAL_TRANSITION */
  public RejectedEventException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
