package org.saphan.platform.spring;

import java.util.List;
import org.saphan.platform.validation.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every Saphan API's refusal: {@code {"status", "message", "errors": [{"field", "value", "rule"}]}},
 * precise enough to fix the request. Nothing is stored when one is returned.
 */
public record ApiError(int status, String message, List<Violation> errors) {

  public static ResponseEntity<ApiError> of(HttpStatus status, String message, List<Violation> errors) {
    return ResponseEntity.status(status).body(new ApiError(status.value(), message, errors));
  }

  public static ResponseEntity<ApiError> of(HttpStatus status, String message) {
    return of(status, message, List.of());
  }
}
