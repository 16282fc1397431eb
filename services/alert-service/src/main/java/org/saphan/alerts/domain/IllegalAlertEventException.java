package org.saphan.alerts.domain;

/**
 * A received event that is well-formed but must not be applied: a node updating an alert it did not
 * send, an acknowledgement from a node the alert was not addressed to. The adapter parks it in the
 * dead-letter topic with {@link #reason()}.
 */
public class IllegalAlertEventException extends RuntimeException {

  private final String reason;

  public IllegalAlertEventException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
