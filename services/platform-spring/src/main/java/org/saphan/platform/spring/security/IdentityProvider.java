package org.saphan.platform.spring.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Where this node's officers sign in: the identity provider whose tokens the node accepts, and how
 * it checks them (signature, {@code iss}, {@code exp}, {@link OfficerClaims}). Exactly one source
 * of keys: the provider's JWK set (production: {@code jwkSetUri}, or {@code issuerUri} to discover
 * it), or static RSA public keys (sandboxes, tests, a small centre without a provider of its own).
 *
 * @param issuer the {@code iss} every token must carry ({@code saphan.security.jwt.issuer}; required)
 * @param audience what every token's {@code aud} must include ({@code saphan.security.jwt.audience}; required): the
 *     provider's client for Saphan, so that a token the same provider issued for another application is refused
 * @param publicKeys base64 X.509 RSA public keys, comma-separated ({@code saphan.security.jwt.public-key}); several while a key is rotated
 * @param issuerUri {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 * @param jwkSetUri {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}
 */
public record IdentityProvider(String issuer, String audience, String publicKeys, String issuerUri, String jwkSetUri) {

  static final String ISSUER = "saphan.security.jwt.issuer";
  static final String AUDIENCE = "saphan.security.jwt.audience";
  static final String PUBLIC_KEY = "saphan.security.jwt.public-key";
  static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
  static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

  /**
   * The decoder that verifies and validates every bearer token.
   *
   * @throws IllegalStateException when the configuration names no issuer or no single source of keys:
   *     a node never starts accepting tokens it cannot check
   */
  public JwtDecoder decoder() {
    if (blank(issuer)) {
      throw new IllegalStateException(ISSUER + " is not set: give the iss of the tokens this centre's identity provider issues "
          + "(see docs/security.md)");
    }
    if (blank(audience)) {
      throw new IllegalStateException(AUDIENCE + " is not set: give the audience (aud) of the tokens the centre's identity provider "
          + "issues for Saphan, its client id (see docs/security.md)");
    }
    int sources = (blank(publicKeys) ? 0 : 1) + (blank(issuerUri) && blank(jwkSetUri) ? 0 : 1);
    if (sources != 1) {
      throw new IllegalStateException((sources == 0 ? "no identity provider is configured, so no officer could sign in: set "
          : "set only one source of token keys: ") + JWK_SET_URI + " or " + ISSUER_URI + " (the centre's identity provider), or "
          + PUBLIC_KEY + " (static RSA keys, for a sandbox); see docs/security.md");
    }
    NimbusJwtDecoder decoder = !blank(publicKeys) ? NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(new JWKSet(staticKeys()))).build()
        : !blank(jwkSetUri) ? NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build()
        : NimbusJwtDecoder.withIssuerLocation(issuerUri).build();
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audienceValidator(),
        OfficerClaims.validator()));
    return decoder;
  }

  /** Refuses a token whose {@code aud} does not include {@link #audience}: one issued for another application. */
  private OAuth2TokenValidator<Jwt> audienceValidator() {
    OAuth2Error notForSaphan = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "the token is not for Saphan: its audience (aud) does not "
        + "include " + audience, null);
    return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience) ? OAuth2TokenValidatorResult.success()
        : OAuth2TokenValidatorResult.failure(notForSaphan);
  }

  private List<JWK> staticKeys() {
    return Arrays.stream(publicKeys.split(",")).map(String::strip).filter(key -> !key.isEmpty())
        .map(key -> (JWK) new RSAKey.Builder(rsaPublicKey(key)).build()).toList();
  }

  private static RSAPublicKey rsaPublicKey(String base64) {
    try {
      return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
      throw new IllegalStateException(PUBLIC_KEY + " holds a key that is not a base64 X.509 RSA public key: " + e.getMessage(), e);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
