package org.saphan.alerts.domain;

import org.saphan.platform.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** A submitted alert breaks one or more rules; nothing was stored or sent. */
public class InvalidAlertException extends IllegalArgumentException {

  private final List<Violation> violations;

  public InvalidAlertException(List<Violation> violations) {
    super("the alert was not sent: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
