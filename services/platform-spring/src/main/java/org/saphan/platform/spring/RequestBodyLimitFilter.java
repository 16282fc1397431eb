package org.saphan.platform.spring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.saphan.platform.validation.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest request body a node reads ({@value #PROPERTY}, 1 MiB by default): a request that
 * declares a longer body is answered 413 before anything reads it; a body without a length
 * (chunked) is cut off the moment it grows past the limit, and answered 413 as well. Alerts, cases
 * and meetings are a few kilobytes; the limit keeps one client from making the node hold megabytes.
 */
public final class RequestBodyLimitFilter extends OncePerRequestFilter {

  public static final String PROPERTY = "saphan.http.max-request-bytes";

  private final long maxBytes;

  public RequestBodyLimitFilter(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalStateException(PROPERTY + " must be positive, not " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      refuse(response, new RequestBodyTooLargeException(maxBytes), String.valueOf(declared));
      return;
    }
    try {
      chain.doFilter(new LimitedRequest(request, maxBytes), response);
    } catch (IOException | ServletException | RuntimeException e) {
      // Whatever read the body let the exception escape instead of answering it (CommonApiErrors answers it when it can).
      var tooLarge = RequestBodyTooLargeException.among(e);
      if (tooLarge.isEmpty() || response.isCommitted()) {
        throw e;
      }
      refuse(response, tooLarge.get(), null);
    }
  }

  private static void refuse(HttpServletResponse response, RequestBodyTooLargeException tooLarge, String declared) throws IOException {
    ApiError.write(response, HttpStatus.CONTENT_TOO_LARGE.value(), tooLarge.getMessage(),
        List.of(new Violation("body", declared, "at most " + tooLarge.limit() + " bytes")));
  }

  /** The request with a body that refuses to be read past the limit. */
  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long maxBytes;
    private ServletInputStream limited;

    LimitedRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (limited == null) {
        limited = new LimitedInputStream(super.getInputStream(), maxBytes);
      }
      return limited;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  /** Counts the bytes read and fails once they pass the limit. */
  private static final class LimitedInputStream extends ServletInputStream {
    private final ServletInputStream body;
    private final long maxBytes;
    private long read;

    LimitedInputStream(ServletInputStream body, long maxBytes) {
      this.body = body;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = body.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = body.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws RequestBodyTooLargeException {
      read += n;
      if (read > maxBytes) {
        throw new RequestBodyTooLargeException(maxBytes);
      }
    }

    @Override
    public boolean isFinished() {
      return body.isFinished();
    }

    @Override
    public boolean isReady() {
      return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      body.setReadListener(listener);
    }
  }
}
