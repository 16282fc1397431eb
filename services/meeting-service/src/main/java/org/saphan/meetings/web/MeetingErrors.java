package org.saphan.meetings.web;

import org.saphan.meetings.domain.IllegalStatusChangeException;
import org.saphan.meetings.service.MeetingConflictException;
import org.saphan.meetings.service.MeetingNotFoundException;
import org.saphan.platform.spring.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The meeting API's own refusals, in the shared {@link ApiError} format. */
@RestControllerAdvice
class MeetingErrors {

  @ExceptionHandler({MeetingConflictException.class, IllegalStatusChangeException.class})
  ResponseEntity<ApiError> conflict(RuntimeException e) {
    return ApiError.of(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(MeetingNotFoundException.class)
  ResponseEntity<ApiError> notFound(MeetingNotFoundException e) {
    return ApiError.of(HttpStatus.NOT_FOUND, e.getMessage());
  }
}
