package org.saphan.platform.spring.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.saphan.platform.spring.ApiError;
import org.saphan.platform.validation.Violation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers a request that is not signed in (401, with the standard {@code WWW-Authenticate: Bearer}
 * header), not allowed (403) or refused by the firewall for its URL (400) with the API's own
 * {@link ApiError} body, saying why.
 */
final class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

  private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused) throws IOException {
    bearer.commence(request, response, refused); // status and WWW-Authenticate
    String message = refused instanceof OAuth2AuthenticationException invalid && invalid.getError().getDescription() != null
        ? "the bearer token was refused: " + invalid.getError().getDescription()
        : "sign in at your centre's identity provider and send its token: Authorization: Bearer <token>";
    ApiError.write(response, HttpServletResponse.SC_UNAUTHORIZED, message);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused) throws IOException {
    String message = refused instanceof AuthorizationDeniedException denied
        && denied.getAuthorizationResult() instanceof RuleAuthorization.Refusal refusal ? refusal.reason() : "not allowed";
    ApiError.write(response, HttpServletResponse.SC_FORBIDDEN, message);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refused) throws IOException {
    ApiError.write(response, HttpServletResponse.SC_BAD_REQUEST, "the request was refused before it was read: its URL is malformed",
        List.of(new Violation("url", request.getRequestURI(), refused.getMessage())));
  }
}
