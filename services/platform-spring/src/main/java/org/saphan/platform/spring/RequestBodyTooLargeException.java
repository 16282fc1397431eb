package org.saphan.platform.spring;

import java.io.IOException;
import java.util.Optional;

/**
 * A request body longer than the node accepts ({@link RequestBodyLimitFilter}); thrown while the
 * body is read, so whatever reads it (a JSON or XML converter) fails at once, and answered 413.
 */
public class RequestBodyTooLargeException extends IOException {

  private final long limit;

  public RequestBodyTooLargeException(long limit) {
    super("the request body is larger than this node accepts: at most " + limit + " bytes (" + RequestBodyLimitFilter.PROPERTY + ")");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }

  /** This exception among the causes of {@code thrown} (a converter wraps what the stream threw), if it is there. */
  public static Optional<RequestBodyTooLargeException> among(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RequestBodyTooLargeException tooLarge) {
        return Optional.of(tooLarge);
      }
    }
    return Optional.empty();
  }
}
