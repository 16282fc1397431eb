package org.saphan.audit.history;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.saphan.platform.validation.InvalidInputException;
import org.saphan.platform.validation.Violation;

/** Reads the date-times auditors give ({@code asOf}, {@code from}). */
public final class AuditTimes {

  private AuditTimes() {}

  /**
   * An ISO-8601 date and time with its offset, e.g. {@code 2019-09-24T10:00:00+07:00} or
   * {@code 2019-09-24T03:00:00Z}; empty when none is given. A space where the offset's {@code +}
   * should be is read as {@code +}: an unencoded {@code +} in a URL query arrives as a space.
   *
   * @throws InvalidInputException naming {@code field} for anything else (no offset, not a date)
   */
  public static Optional<Instant> parse(String field, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(new Violation(field, value,
          "must be an ISO-8601 date and time with an offset, e.g. 2019-09-24T10:00:00+07:00 (in a URL, write + as %2B)"));
    }
  }
}
