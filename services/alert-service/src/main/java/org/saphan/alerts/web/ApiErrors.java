package org.saphan.alerts.web;

import java.util.List;
import org.saphan.alerts.cap.InvalidCapDocumentException;
import org.saphan.alerts.domain.AlertConflictException;
import org.saphan.alerts.domain.AlertNotFoundException;
import org.saphan.alerts.domain.InvalidAlertException;
import org.saphan.platform.validation.Violation;
import org.saphan.platform.node.UnknownNodeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal as {@code {"status": 400, "errors": [{"field", "value", "rule"}]}}: what was wrong,
 * precisely enough to fix it. Nothing is stored when an error is returned.
 */
@RestControllerAdvice
class ApiErrors {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  record ErrorJson(int status, String message, List<Violation> errors) {}

  @ExceptionHandler(InvalidAlertException.class)
  ResponseEntity<ErrorJson> invalid(InvalidAlertException e) {
    return error(HttpStatus.BAD_REQUEST, "the alert was not sent", e.violations());
  }

  @ExceptionHandler(InvalidCapDocumentException.class)
  ResponseEntity<ErrorJson> invalidCap(InvalidCapDocumentException e) {
    return error(HttpStatus.BAD_REQUEST, "the CAP document was not imported", List.of(new Violation("document", null, e.getMessage())));
  }

  @ExceptionHandler(UnknownNodeException.class)
  ResponseEntity<ErrorJson> unknownNode(UnknownNodeException e) {
    return error(HttpStatus.BAD_REQUEST, "unknown node", List.of(new Violation("node", e.nodeId(), e.getMessage())));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ErrorJson> unreadable(HttpMessageNotReadableException e) {
    // Jackson says where (line, column, field path) and what it expected.
    String detail = e.getMostSpecificCause() == null ? e.getMessage() : e.getMostSpecificCause().getMessage();
    return error(HttpStatus.BAD_REQUEST, "the request body is not valid JSON for an alert",
        List.of(new Violation("body", null, detail == null ? "unreadable body" : detail.lines().findFirst().orElse(detail))));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ErrorJson> mediaType(HttpMediaTypeNotSupportedException e) {
    return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send JSON (application/json) or CAP 1.2 XML (application/cap+xml)",
        List.of(new Violation("Content-Type", String.valueOf(e.getContentType()), "not supported")));
  }

  @ExceptionHandler(AlertNotFoundException.class)
  ResponseEntity<ErrorJson> notFound(AlertNotFoundException e) {
    return error(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
  }

  @ExceptionHandler(AlertConflictException.class)
  ResponseEntity<ErrorJson> conflict(AlertConflictException e) {
    return error(HttpStatus.CONFLICT, e.getMessage(), List.of());
  }

  private static ResponseEntity<ErrorJson> error(HttpStatus status, String message, List<Violation> errors) {
    log.info("{} {}: {}", status.value(), message, errors);
    return ResponseEntity.status(status).body(new ErrorJson(status.value(), message, errors));
  }
}
