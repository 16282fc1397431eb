package org.saphan.audit.reads;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.saphan.platform.spring.ApiError;
import org.saphan.platform.spring.security.Officer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Every request to {@code /api/audit/} is an auditor's read, and every read is recorded: who
 * (the signed-in auditor: the bearer token's subject; the security filters before this one let
 * only auditors of this node through), what (the request), the answer's status, how many results (when the
 * endpoint counts them, request attribute {@link #RESULT_COUNT}) and the SHA-256 of the body sent,
 * so an export held by an auditor can be matched to its record. The body is held back until the
 * record is written: a read that cannot be recorded is answered 503, without the data.
 */
public final class AuditedReadsFilter extends OncePerRequestFilter {

  public static final String PREFIX = "/api/audit/";
  /** Request attribute (a Long) an endpoint sets to the number of events, views or findings it returns. */
  public static final String RESULT_COUNT = "saphan.audit.resultCount";

  private static final Logger log = LoggerFactory.getLogger(AuditedReadsFilter.class);

  private final AuditReadRecorder recorder;

  public AuditedReadsFilter(AuditReadRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(PREFIX);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String auditor = Officer.current().id();
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, held);
    String target = request.getMethod() + " " + request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    try {
      Object count = request.getAttribute(RESULT_COUNT);
      recorder.record(auditor, AuditReadKinds.of(request.getRequestURI()), target, held.getStatus(),
          count instanceof Long n ? n : null, sha256(held.getContentAsByteArray()));
    } catch (RuntimeException e) {
      log.error("could not record the audit read {} by {}; not answering it", target, auditor, e);
      held.resetBuffer();
      ApiError.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "the read could not be recorded on the audit stream, so it is not answered; try again");
      return;
    }
    held.copyBodyToResponse();
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
