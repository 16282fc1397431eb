package org.saphan.platform.spring.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saphan.schema.common.Role;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** How a node checks bearer tokens with static keys, and that it will not start without a way to check them. */
class IdentityProviderTest {

  private static final String ISSUER = "https://idp.th-cei.saphan.invalid";
  private static final String AUDIENCE = "saphan";

  private final KeyPair current = rsa();
  private final KeyPair next = rsa();

  @Test
  void aNodeWithoutIssuerOrKeysDoesNotStart() {
    assertThatThrownBy(() -> new IdentityProvider("", AUDIENCE, base64(current), "", "").decoder())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("saphan.security.jwt.issuer is not set");
    assertThatThrownBy(() -> new IdentityProvider(ISSUER, AUDIENCE, "", "", "").decoder())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no identity provider is configured")
        .hasMessageContaining("jwk-set-uri").hasMessageContaining("saphan.security.jwt.public-key");
    assertThatThrownBy(() -> new IdentityProvider(ISSUER, AUDIENCE, base64(current), "", "https://idp.example/jwks").decoder())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("only one source");
    assertThatThrownBy(() -> new IdentityProvider(ISSUER, AUDIENCE, "bm90IGEga2V5", "", "").decoder())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a base64 X.509 RSA public key");
  }

  @Test
  void aTokenNamesTheOfficerTheirNodeAndTheirSaphanRoles() {
    JwtDecoder decoder = new IdentityProvider(ISSUER, AUDIENCE, base64(current), "", "").decoder();

    var jwt = decoder.decode(sign(current, claims().claim(OfficerClaims.ROLES, List.of("TRANSLATOR", "offline_access", "SYSTEM")).build()));

    assertThat(OfficerClaims.officer(jwt)).isEqualTo(new Officer("translator-cei-2", "th-cei", Set.of(Role.TRANSLATOR)));
  }

  @Test
  void whileAKeyIsRotatedBothKeysAreTrusted() {
    JwtDecoder decoder = new IdentityProvider(ISSUER, AUDIENCE, base64(current) + ", " + base64(next), "", "").decoder();

    assertThat(decoder.decode(sign(current, claims().build())).getSubject()).isEqualTo("translator-cei-2");
    assertThat(decoder.decode(sign(next, claims().build())).getSubject()).isEqualTo("translator-cei-2");
    assertThatThrownBy(() -> decoder.decode(sign(rsa(), claims().build()))).isInstanceOf(JwtException.class);
  }

  @Test
  void aTokenForAnotherApplicationOfTheSameProviderIsRefusedAndTheAudienceMustBeConfigured() {
    JwtDecoder decoder = new IdentityProvider(ISSUER, AUDIENCE, base64(current), "", "").decoder();

    assertThatThrownBy(() -> decoder.decode(sign(current, claims().audience("payroll").build()))).isInstanceOf(JwtException.class)
        .hasMessageContaining("not for Saphan");
    assertThatThrownBy(() -> decoder.decode(sign(current, claims().audience((String) null).build()))).hasMessageContaining("not for Saphan");
    assertThat(decoder.decode(sign(current, claims().audience(List.of("account", AUDIENCE)).build())).getSubject())
        .isEqualTo("translator-cei-2");
    assertThatThrownBy(() -> new IdentityProvider(ISSUER, " ", base64(current), "", "").decoder())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("saphan.security.jwt.audience is not set");
  }

  @Test
  void aTokenWithoutAnOfficersClaimsOrExpiryIsInvalid() {
    JwtDecoder decoder = new IdentityProvider(ISSUER, AUDIENCE, base64(current), "", "").decoder();

    assertThatThrownBy(() -> decoder.decode(sign(current, claims().subject(null).build()))).hasMessageContaining("officer's id (sub)");
    assertThatThrownBy(() -> decoder.decode(sign(current, claims().claim(OfficerClaims.NODE, " ").build())))
        .hasMessageContaining("officer's node (saphan_node)");
    assertThatThrownBy(() -> decoder.decode(sign(current, claims().claim(OfficerClaims.ROLES, "OFFICER").build())))
        .hasMessageContaining("roles as a list");
    assertThatThrownBy(() -> decoder.decode(sign(current, claims().expirationTime(null).build()))).hasMessageContaining("expiry (exp)");
    assertThatThrownBy(() -> decoder.decode(sign(current, claims().issuer("https://elsewhere.invalid").build())))
        .hasMessageContaining("iss");
  }

  private static JWTClaimsSet.Builder claims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject("translator-cei-2").claim(OfficerClaims.NODE, "th-cei")
        .claim(OfficerClaims.ROLES, List.of("TRANSLATOR")).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)));
  }

  private static String sign(KeyPair keys, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
      jwt.sign(new RSASSASigner(keys.getPrivate()));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String base64(KeyPair keys) {
    return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
