package org.saphan.platform.spring.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.saphan.schema.common.Role;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;

/**
 * The claims a Saphan bearer token must carry, besides a valid signature, {@code iss} and an
 * unexpired {@code exp}:
 *
 * <ul>
 *   <li>{@code sub} — the officer's id, recorded as the author of what they send;
 *   <li>{@value #NODE} — the node the officer belongs to, e.g. {@code th-cei};
 *   <li>{@value #ROLES} — a list of role names ({@code OFFICER}, {@code REPATRIATION_OFFICER},
 *       {@code SECRETARIAT}, {@code TRANSLATOR}, {@code AUDITOR}, {@code OPERATOR}); other names are ignored.
 * </ul>
 *
 * A token without them is invalid (401); which node and roles it names is decided by {@link AccessRules}.
 */
public final class OfficerClaims {

  /** The node the officer belongs to. */
  public static final String NODE = "saphan_node";
  /** The officer's roles. */
  public static final String ROLES = "roles";

  private OfficerClaims() {}

  /** Refuses a token that lacks an officer's claims, or an expiry: a token without one would be good forever. */
  public static OAuth2TokenValidator<Jwt> validator() {
    return jwt -> {
      String missing = jwt.getExpiresAt() == null ? "an expiry (exp)"
          : blank(jwt.getSubject()) ? "the officer's id (sub)"
          : blank(jwt.getClaimAsString(NODE)) ? "the officer's node (" + NODE + ")"
          : !(jwt.getClaims().get(ROLES) instanceof Collection<?>) ? "the officer's roles as a list (" + ROLES + ")"
          : null;
      return missing == null ? OAuth2TokenValidatorResult.success()
          : OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "the token does not name " + missing, null));
    };
  }

  /** The officer a validated token names. */
  static Officer officer(Jwt jwt) {
    return new Officer(jwt.getClaimAsString(JwtClaimNames.SUB), jwt.getClaimAsString(NODE), roles(jwt.getClaimAsStringList(ROLES)));
  }

  private static Set<Role> roles(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (names != null) {
      AccessRules.TOKEN_ROLES.stream().filter(role -> names.contains(role.name())).forEach(roles::add);
    }
    return roles;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
