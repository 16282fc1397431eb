package org.saphan.platform.spring.security;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.saphan.platform.spring.security.AccessRules.AccessRule;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The filter chain of a node's API, built from {@link AccessRules}: a bearer token on every request,
 * each rule's roles for its endpoint, nobody for a request no rule names. Stateless: no session, no
 * cookie, hence no CSRF token (a bearer token is not sent by a browser on its own).
 */
public final class ApiSecurity {

  private ApiSecurity() {}

  /** Answers a request the firewall refuses before the filter chain runs with the API's 400 ({@link ApiRefusals}). */
  public static RequestRejectedHandler rejectedRequests() {
    return new ApiRefusals();
  }

  /**
   * @param tokens verifies and validates the bearer tokens ({@link IdentityProvider})
   * @param self this node's id: only officers whose token names it are admitted
   */
  public static SecurityFilterChain filterChain(HttpSecurity http, JwtDecoder tokens, String self) throws Exception {
    ApiRefusals refusals = new ApiRefusals();
    http.authorizeHttpRequests(requests -> {
      // The error page of a request already decided (a 404 or 500 rendered by the container) is no new access.
      requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
      for (AccessRule rule : AccessRules.all()) {
        requests.requestMatchers(HttpMethod.valueOf(rule.method()), rule.pattern()).access(RuleAuthorization.of(rule, self));
      }
      requests.anyRequest().access(RuleAuthorization.noRule(self));
    });
    http.oauth2ResourceServer(server -> server
        .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(token -> {
          Officer officer = OfficerClaims.officer(token);
          List<GrantedAuthority> roles = officer.roles().stream()
              .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
          return new JwtAuthenticationToken(token, roles, officer.id());
        }))
        .authenticationEntryPoint(refusals)
        .accessDeniedHandler(refusals));
    http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
    http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    http.csrf(AbstractHttpConfigurer::disable);
    http.requestCache(AbstractHttpConfigurer::disable);
    http.logout(AbstractHttpConfigurer::disable);
    return http.build();
  }
}
