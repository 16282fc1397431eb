package org.saphan.alerts.domain;

/** The request is well-formed but the alert's current state does not allow it (already cancelled, already acknowledged ...). */
public class AlertConflictException extends IllegalStateException {
  public AlertConflictException(String message) {
    super(message);
  }
}
