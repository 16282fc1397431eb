package org.saphan.platform.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Submitted input breaks one or more rules, each named as field, value, rule; nothing was stored or sent. */
public class InvalidInputException extends IllegalArgumentException {

  private final List<Violation> violations;

  public InvalidInputException(List<Violation> violations) {
    super("nothing was stored or sent: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public InvalidInputException(Violation violation) {
    this(List.of(violation));
  }

  public List<Violation> violations() {
    return violations;
  }
}
