package org.saphan.platform.spring.security;

import java.util.Optional;
import java.util.Set;
import org.saphan.schema.common.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The officer who sent the request, as their centre's identity provider vouches for them in the
 * bearer token ({@link OfficerClaims}). A controller takes it as a parameter; the services record
 * {@link #id()} as the author of what it sends.
 *
 * @param id the token's subject, e.g. {@code officer-cei-017}
 * @param node the node the officer belongs to ({@code saphan_node}); only that node admits them
 * @param roles the Saphan roles the token grants (others it carries are ignored)
 */
public record Officer(String id, String node, Set<Role> roles) {

  public Officer {
    roles = Set.copyOf(roles);
  }

  /** True when the officer holds at least one of {@code allowed}. */
  public boolean holdsAny(Set<Role> allowed) {
    return roles.stream().anyMatch(allowed::contains);
  }

  /** The officer an authentication stands for; empty for an anonymous request. */
  public static Optional<Officer> of(Authentication authentication) {
    return authentication instanceof JwtAuthenticationToken token ? Optional.of(OfficerClaims.officer(token.getToken())) : Optional.empty();
  }

  /**
   * The officer of the request being served, for code that is not a controller method (a servlet
   * filter running after the security filter chain).
   *
   * @throws IllegalStateException outside an authenticated request: every endpoint's rule requires one
   */
  public static Officer current() {
    return of(SecurityContextHolder.getContext().getAuthentication())
        .orElseThrow(() -> new IllegalStateException("no authenticated officer: is this path in AccessRules?"));
  }
}
