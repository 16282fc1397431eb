package org.saphan.meetings.domain;

/** An action item status change the rules do not allow. */
public class IllegalStatusChangeException extends IllegalStateException {
  public IllegalStatusChangeException(String message) {
    super(message);
  }
}
