package org.saphan.repatriation.web;

import org.saphan.platform.spring.ApiError;
import org.saphan.repatriation.domain.IllegalTransitionException;
import org.saphan.repatriation.sealing.SealedIdentityException;
import org.saphan.repatriation.service.CaseConflictException;
import org.saphan.repatriation.service.CaseNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The case API's own refusals, in the shared {@link ApiError} format. */
@RestControllerAdvice
class CaseErrors {

  /** The message names the case's state, the actor and the rule. */
  @ExceptionHandler(IllegalTransitionException.class)
  ResponseEntity<ApiError> illegal(IllegalTransitionException e) {
    return ApiError.of(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(CaseConflictException.class)
  ResponseEntity<ApiError> conflict(CaseConflictException e) {
    return ApiError.of(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(CaseNotFoundException.class)
  ResponseEntity<ApiError> notFound(CaseNotFoundException e) {
    return ApiError.of(HttpStatus.NOT_FOUND, e.getMessage());
  }

  /** Says which node and case only: never identity or key material. */
  @ExceptionHandler(SealedIdentityException.class)
  ResponseEntity<ApiError> sealed(SealedIdentityException e) {
    return ApiError.of(HttpStatus.FORBIDDEN, e.getMessage());
  }
}
