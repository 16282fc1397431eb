package org.saphan.repatriation.web;

import java.util.List;
import org.saphan.platform.node.UnknownNodeException;
import org.saphan.platform.validation.Violation;
import org.saphan.repatriation.domain.IllegalTransitionException;
import org.saphan.repatriation.input.InvalidCaseInputException;
import org.saphan.repatriation.sealing.SealedIdentityException;
import org.saphan.repatriation.service.CaseConflictException;
import org.saphan.repatriation.service.CaseNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals as {@code {"status", "message", "errors": [{"field", "value", "rule"}]}}; nothing is stored when one is returned. */
@RestControllerAdvice
class CaseErrors {

  record ErrorJson(int status, String message, List<Violation> errors) {}

  @ExceptionHandler(InvalidCaseInputException.class)
  ResponseEntity<ErrorJson> invalid(InvalidCaseInputException e) {
    return error(HttpStatus.BAD_REQUEST, "nothing was recorded or sent", e.violations());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ErrorJson> unreadable(HttpMessageNotReadableException e) {
    String detail = e.getMostSpecificCause() == null ? String.valueOf(e.getMessage()) : e.getMostSpecificCause().getMessage();
    return error(HttpStatus.BAD_REQUEST, "the request body is not valid JSON for this request",
        List.of(new Violation("body", null, detail.lines().findFirst().orElse(detail))));
  }

  @ExceptionHandler(UnknownNodeException.class)
  ResponseEntity<ErrorJson> unknownNode(UnknownNodeException e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage(), List.of());
  }

  @ExceptionHandler(IllegalTransitionException.class)
  ResponseEntity<ErrorJson> illegal(IllegalTransitionException e) {
    return error(HttpStatus.CONFLICT, e.getMessage(), List.of());
  }

  @ExceptionHandler(CaseConflictException.class)
  ResponseEntity<ErrorJson> conflict(CaseConflictException e) {
    return error(HttpStatus.CONFLICT, e.getMessage(), List.of());
  }

  @ExceptionHandler(CaseNotFoundException.class)
  ResponseEntity<ErrorJson> notFound(CaseNotFoundException e) {
    return error(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
  }

  /** Never says more than which node and case: no identity, no key material. */
  @ExceptionHandler(SealedIdentityException.class)
  ResponseEntity<ErrorJson> sealed(SealedIdentityException e) {
    return error(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
  }

  private static ResponseEntity<ErrorJson> error(HttpStatus status, String message, List<Violation> errors) {
    return ResponseEntity.status(status).body(new ErrorJson(status.value(), message, errors));
  }
}
