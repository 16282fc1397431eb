package org.saphan.meetings.domain;

/** A received meeting event that must not be applied; parked in the dead-letter topic with {@link #reason()}. */
public class IllegalMeetingEventException extends RuntimeException {

  private final String reason;

  public IllegalMeetingEventException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
