package org.saphan.meetings.input;

import java.util.List;
import java.util.stream.Collectors;
import org.saphan.platform.validation.Violation;

/** A meeting, action item or progress update breaks one or more rules; nothing was stored or sent. */
public class InvalidMeetingInputException extends IllegalArgumentException {

  private final List<Violation> violations;

  public InvalidMeetingInputException(List<Violation> violations) {
    super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
