package org.saphan.platform.spring;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.saphan.platform.validation.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * What a node answers for a request Tomcat refuses itself, before any Saphan code sees it (an
 * encoded '/' or '\' or a NUL in its path, a malformed request line): the API's {@link ApiError},
 * in place of Tomcat's HTML error page. Installed as the host's error report valve by
 * {@link SecurityConfiguration}; errors the application answers (with their own body) pass untouched.
 */
public final class ContainerRefusals extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String reason = response.getMessage() == null || response.getMessage().isBlank()
        ? known == null ? "refused" : known.getReasonPhrase() : response.getMessage();
    ApiError error = new ApiError(status, "the request was refused before it was read: " + reason,
        List.of(new Violation("request", request.getRequestURI(), reason)));
    try {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(error.toJson());
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone: there is nobody to tell.
    }
  }
}
