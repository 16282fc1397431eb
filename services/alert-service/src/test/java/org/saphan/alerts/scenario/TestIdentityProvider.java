package org.saphan.alerts.scenario;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.saphan.platform.spring.security.OfficerClaims;
import org.saphan.schema.common.Role;

/**
 * The centres' identity providers in a test federation or the demo: one per node, each with its own
 * RSA key pair (made per federation) and issuer, as each centre's own Keycloak would be. A node
 * trusts its own provider only ({@link #nodeArguments}); tokens are signed with nimbus-jose-jwt and
 * valid by the wall clock (not the federation's hand-moved one) for {@link #LIFETIME}.
 *
 * <p>A test officer's role is read from their id, in {@link #roleOf}: {@code officer-…},
 * {@code repatriation-…}, {@code secretariat-…}, {@code translator-…}, {@code auditor-…},
 * {@code operator-…}.
 */
public final class TestIdentityProvider {

  /** How long a token is valid. */
  public static final Duration LIFETIME = Duration.ofHours(1);

  private static final Map<String, Role> ROLES_BY_PREFIX = roleNaming();

  private final Map<String, KeyPair> keysByNode = new LinkedHashMap<>();

  /** A provider for each of {@code nodes}, each with a fresh key pair. */
  public TestIdentityProvider(Collection<String> nodes) {
    nodes.forEach(node -> keysByNode.put(node, newKeyPair()));
  }

  /** The audience every centre's provider gives Saphan's tokens: its client id. */
  public static final String AUDIENCE = "saphan";

  /** The {@code iss} of {@code node}'s provider (a reserved domain: nothing is ever fetched from it). */
  public static String issuer(String node) {
    return "https://idp." + node + ".saphan.invalid";
  }

  /** What tells {@code node}'s application to trust its provider: its public key and issuer. */
  public List<String> nodeArguments(String node) {
    return List.of("--saphan.security.jwt.public-key=" + Base64.getEncoder().encodeToString(keys(node).getPublic().getEncoded()),
        "--saphan.security.jwt.issuer=" + issuer(node), "--saphan.security.jwt.audience=" + AUDIENCE);
  }

  /** The role a test officer holds, from the start of their id ({@code translator-tcl-3} is a TRANSLATOR). */
  public static Role roleOf(String officer) {
    return ROLES_BY_PREFIX.entrySet().stream().filter(e -> officer.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("name test officer '" + officer + "' by role: one of " + ROLES_BY_PREFIX.keySet()));
  }

  /** A token of {@code node}'s provider for one of its officers, with the role their id names. */
  public String token(String node, String officer) {
    return token(node, officer, Set.of(roleOf(officer)));
  }

  /** A token of {@code node}'s provider for one of its officers, with the given roles. */
  public String token(String node, String officer, Set<Role> roles) {
    return sign(node, claims(node, officer, roles).build());
  }

  /**
   * The claims a centre's provider puts in a token: issuer, audience, officer, node, roles, issued now, expiring
   * after {@link #LIFETIME}; a test may change any of them before {@link #sign}ing.
   */
  public JWTClaimsSet.Builder claims(String node, String officer, Set<Role> roles) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer(node))
        .audience(AUDIENCE)
        .subject(officer)
        .claim(OfficerClaims.NODE, node)
        .claim(OfficerClaims.ROLES, roles.stream().map(Enum::name).sorted().toList())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(LIFETIME)))
        .jwtID(UUID.randomUUID().toString());
  }

  /** {@code claims} signed by {@code node}'s provider. */
  public String sign(String node, JWTClaimsSet claims) {
    return sign(keys(node), claims);
  }

  /** {@code claims} signed with a key pair of one's own: a forgery no node trusts. */
  public static String sign(KeyPair keys, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
      jwt.sign(new RSASSASigner(keys.getPrivate()));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a test token", e);
    }
  }

  /** A fresh RSA 2048 key pair. */
  public static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has RSA", e);
    }
  }

  private KeyPair keys(String node) {
    KeyPair keys = keysByNode.get(node);
    if (keys == null) {
      throw new IllegalArgumentException("no identity provider for node " + node + ": " + keysByNode.keySet());
    }
    return keys;
  }

  private static Map<String, Role> roleNaming() {
    Map<String, Role> naming = new LinkedHashMap<>();
    naming.put("officer-", Role.OFFICER);
    naming.put("repatriation-", Role.REPATRIATION_OFFICER);
    naming.put("secretariat-", Role.SECRETARIAT);
    naming.put("translator-", Role.TRANSLATOR);
    naming.put("auditor-", Role.AUDITOR);
    naming.put("operator-", Role.OPERATOR);
    return naming;
  }
}
