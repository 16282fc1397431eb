package org.saphan.repatriation.web;

import org.saphan.platform.spring.ApiError;
import org.saphan.repatriation.domain.IllegalTransitionException;
import org.saphan.repatriation.sealing.CaseKeyStoreException;
import org.saphan.repatriation.sealing.IdentityErasedException;
import org.saphan.repatriation.sealing.SealedIdentityException;
import org.saphan.repatriation.service.CaseConflictException;
import org.saphan.repatriation.service.CaseNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The case API's own refusals, in the shared {@link ApiError} format. */
@RestControllerAdvice
class CaseErrors {

  private static final Logger log = LoggerFactory.getLogger(CaseErrors.class);

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

  /** The case is kept; its identity is gone for good: when, at whose request, why. */
  @ExceptionHandler(IdentityErasedException.class)
  ResponseEntity<ApiError> erased(IdentityErasedException e) {
    return ApiError.of(HttpStatus.GONE, e.getMessage());
  }

  /** The node's own disk or store key is at fault, not the request: the message names the case and file for the operator. */
  @ExceptionHandler(CaseKeyStoreException.class)
  ResponseEntity<ApiError> store(CaseKeyStoreException e) {
    log.error("case key store: {}", e.getMessage());
    return ApiError.of(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
  }
}
