package org.saphan.repatriation.input;

import java.util.List;
import java.util.stream.Collectors;
import org.saphan.platform.validation.Violation;

/** A referral or action breaks one or more rules; nothing was stored or sent. */
public class InvalidCaseInputException extends IllegalArgumentException {

  private final List<Violation> violations;

  public InvalidCaseInputException(List<Violation> violations) {
    super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
