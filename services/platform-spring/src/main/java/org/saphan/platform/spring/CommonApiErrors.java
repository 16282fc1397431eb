package org.saphan.platform.spring;

import java.util.List;
import org.saphan.platform.kafka.EventTooLargeException;
import org.saphan.platform.node.UnknownNodeException;
import org.saphan.platform.validation.InvalidInputException;
import org.saphan.platform.validation.Violation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The refusals every Saphan API shares; each service adds its own for its own exceptions. */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class CommonApiErrors {

  /** Input that breaks the service's rules: every violation as field, value, rule. */
  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ApiError> invalid(InvalidInputException e) {
    return ApiError.of(HttpStatus.BAD_REQUEST, "nothing was stored or sent", e.violations());
  }

  /**
   * Malformed JSON, a wrong type, an unknown field, a string that is no text: the field as a path and
   * the rule ({@link UnreadableBody}); the rules every body meets are {@link RequestJson}'s.
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    var tooLarge = RequestBodyTooLargeException.among(e);
    if (tooLarge.isPresent()) {
      return tooLarge(tooLarge.get());
    }
    return ApiError.of(HttpStatus.BAD_REQUEST, UnreadableBody.message(e), List.of(UnreadableBody.violation(e)));
  }

  /** A body cut off at the node's limit ({@link RequestBodyLimitFilter}) while it was read. */
  @ExceptionHandler(RequestBodyTooLargeException.class)
  ResponseEntity<ApiError> tooLarge(RequestBodyTooLargeException e) {
    return ApiError.of(HttpStatus.CONTENT_TOO_LARGE, e.getMessage(),
        List.of(new Violation("body", null, "at most " + e.limit() + " bytes")));
  }

  /** A request whose event would be too large for the clusters: refused before anything is sent. */
  @ExceptionHandler(EventTooLargeException.class)
  ResponseEntity<ApiError> eventTooLarge(EventTooLargeException e) {
    return ApiError.of(HttpStatus.CONTENT_TOO_LARGE, "nothing was stored or sent: the request makes an event too large to send",
        List.of(new Violation("body", null, e.getMessage())));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    return ApiError.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "this endpoint does not take " + e.getContentType(),
        List.of(new Violation("Content-Type", String.valueOf(e.getContentType()), "supported: " + e.getSupportedMediaTypes())));
  }

  @ExceptionHandler(UnknownNodeException.class)
  ResponseEntity<ApiError> unknownNode(UnknownNodeException e) {
    return ApiError.of(HttpStatus.BAD_REQUEST, "unknown node", List.of(new Violation("node", e.nodeId(), e.getMessage())));
  }
}
