package org.saphan.repatriation.domain;

/** A received case event that must not be applied; parked in the dead-letter topic with {@link #reason()}. */
public class IllegalCaseEventException extends RuntimeException {

  private final String reason;

  public IllegalCaseEventException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
