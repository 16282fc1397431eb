package org.saphan.alerts.web;

import java.util.List;
import org.saphan.alerts.cap.InvalidCapDocumentException;
import org.saphan.alerts.domain.AlertConflictException;
import org.saphan.alerts.domain.AlertNotFoundException;
import org.saphan.platform.spring.ApiError;
import org.saphan.platform.validation.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The alert API's own refusals, in the shared {@link ApiError} format (malformed JSON and the like: {@code CommonApiErrors}). */
@RestControllerAdvice
class ApiErrors {

  @ExceptionHandler(InvalidCapDocumentException.class)
  ResponseEntity<ApiError> invalidCap(InvalidCapDocumentException e) {
    return ApiError.of(HttpStatus.BAD_REQUEST, "the CAP document was not imported", List.of(new Violation("document", null, e.getMessage())));
  }

  @ExceptionHandler(AlertNotFoundException.class)
  ResponseEntity<ApiError> notFound(AlertNotFoundException e) {
    return ApiError.of(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(AlertConflictException.class)
  ResponseEntity<ApiError> conflict(AlertConflictException e) {
    return ApiError.of(HttpStatus.CONFLICT, e.getMessage());
  }
}
