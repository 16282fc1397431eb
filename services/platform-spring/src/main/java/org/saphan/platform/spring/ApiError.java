package org.saphan.platform.spring;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.saphan.platform.validation.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every Saphan API's refusal: {@code {"status", "message", "errors": [{"field", "value", "rule"}]}},
 * precise enough to fix the request. Nothing is stored when one is returned.
 */
public record ApiError(int status, String message, List<Violation> errors) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public static ResponseEntity<ApiError> of(HttpStatus status, String message, List<Violation> errors) {
    return ResponseEntity.status(status).body(new ApiError(status.value(), message, errors));
  }

  public static ResponseEntity<ApiError> of(HttpStatus status, String message) {
    return of(status, message, List.of());
  }

  /** Answers with a refusal from a servlet filter, where no controller advice runs: replaces whatever the response held. */
  public static void write(HttpServletResponse response, int status, String message, List<Violation> errors) throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(new ApiError(status, message, errors).toJson().getBytes(StandardCharsets.UTF_8));
  }

  /** The refusal as its JSON body. */
  public String toJson() {
    return JSON.writeValueAsString(this);
  }

  /** As {@link #write(HttpServletResponse, int, String, List)}, with no field to point at. */
  public static void write(HttpServletResponse response, int status, String message) throws IOException {
    write(response, status, message, List.of());
  }
}
