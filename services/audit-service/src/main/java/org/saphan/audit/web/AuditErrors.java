package org.saphan.audit.web;

import org.saphan.audit.history.HistoryNotFoundException;
import org.saphan.platform.spring.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The audit API's own refusals, in the shared {@link ApiError} format (bad input: {@code CommonApiErrors}). */
@RestControllerAdvice(basePackageClasses = HistoryController.class)
class AuditErrors {

  @ExceptionHandler(HistoryNotFoundException.class)
  ResponseEntity<ApiError> notFound(HistoryNotFoundException e) {
    return ApiError.of(HttpStatus.NOT_FOUND, e.getMessage());
  }
}
