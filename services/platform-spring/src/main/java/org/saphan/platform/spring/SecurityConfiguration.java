package org.saphan.platform.spring;

import org.apache.catalina.core.StandardHost;
import org.saphan.platform.spring.security.AccessRules;
import org.saphan.platform.spring.security.ApiDocsSignIn;
import org.saphan.platform.spring.security.ApiSecurity;
import org.saphan.platform.spring.security.IdentityProvider;
import org.saphan.platform.spring.security.OfficerWebConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;

/**
 * Who may call a node's REST API, imported by every Saphan application. Officers sign in at their
 * own centre's identity provider (OAuth 2 / OpenID Connect, e.g. the centre's Keycloak) and send
 * its JWT as {@code Authorization: Bearer}; the node checks it and lets the officer do what
 * {@link AccessRules} grants their roles, at their own node only. Configuration (docs/security.md):
 *
 * <ul>
 *   <li>{@code saphan.security.jwt.issuer} — the {@code iss} of the centre's tokens (required);
 *   <li>{@code saphan.security.jwt.audience} — what their {@code aud} must include: the provider's client
 *       for Saphan (required);
 *   <li>the keys, one source: {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} or
 *       {@code …issuer-uri} (production: the provider's JWK set, rotated there), or
 *       {@code saphan.security.jwt.public-key} (base64 X.509 RSA public keys, comma-separated: a
 *       sandbox, the tests, a centre without a provider);
 *   <li>{@code saphan.http.max-request-bytes} — the largest request body read (1 MiB).
 * </ul>
 *
 * Without an issuer and keys the application does not start: there is no default way in.
 * Controllers take the signed-in {@code Officer} as a parameter.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import({OfficerWebConfiguration.class, ApiDocsSignIn.class})
public class SecurityConfiguration {

  /** Runs before the security filters: a request too large is refused before anything else is done with it. */
  private static final int BODY_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

  @Bean
  JwtDecoder jwtDecoder(@Value("${saphan.security.jwt.issuer:}") String issuer, @Value("${saphan.security.jwt.audience:}") String audience,
      @Value("${saphan.security.jwt.public-key:}") String publicKeys,
      @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuerUri,
      @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}") String jwkSetUri) {
    return new IdentityProvider(issuer, audience, publicKeys, issuerUri, jwkSetUri).decoder();
  }

  @Bean
  SecurityFilterChain saphanApi(HttpSecurity http, JwtDecoder tokens, @Value("${saphan.node.id:}") String self) throws Exception {
    return ApiSecurity.filterChain(http, tokens, self);
  }

  /** A request Spring Security's firewall refuses (a ';' or an encoded '%' in its path ...): the API's 400, saying why. */
  @Bean
  RequestRejectedHandler rejectedRequests() {
    return ApiSecurity.rejectedRequests();
  }

  /** A request Tomcat refuses before the application sees it: the API's error too, not an HTML page ({@link ContainerRefusals}). */
  @Bean
  TomcatContextCustomizer containerRefusals() {
    return context -> ((StandardHost) context.getParent()).setErrorReportValveClass(ContainerRefusals.class.getName());
  }

  @Bean
  FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimit(@Value("${" + RequestBodyLimitFilter.PROPERTY + ":1MB}") DataSize limit) {
    FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(limit.toBytes()));
    registration.setOrder(BODY_LIMIT_ORDER);
    return registration;
  }
}
