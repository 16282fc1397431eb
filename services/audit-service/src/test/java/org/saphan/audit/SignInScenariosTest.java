package org.saphan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.alerts.draft.AreaDraft;
import org.saphan.alerts.draft.InfoDraft;
import org.saphan.alerts.scenario.ServiceFederation;
import org.saphan.alerts.scenario.ServiceFederation.Response;
import org.saphan.alerts.scenario.TestIdentityProvider;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.spring.security.AccessRules;
import org.saphan.platform.spring.security.AccessRules.AccessRule;
import org.saphan.platform.spring.security.OfficerClaims;
import org.saphan.platform.text.TextDraft;
import org.saphan.sandbox.inspect.ClusterScan;
import org.saphan.schema.common.Role;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what at a node, through the running federation with every service of each node in one
 * application: each rule of {@link AccessRules} admits its roles and refuses every other one, and
 * nobody without a token; an auditor cannot send; an officer of one centre cannot act at another,
 * with their own centre's token or a token that names their centre; a forged, expired, unsigned or
 * incomplete token is refused; a request body past the limit is refused before it is read whole.
 */
class SignInScenariosTest {

  private static final String CHIANG_RAI = "th-cei";
  private static final String TACHILEIK = "mm-tcl";
  private static final int LIMIT = 1024 * 1024;

  private static ServiceFederation federation;
  private static TestIdentityProvider idp;

  @BeforeAll
  static void start() {
    federation = AuditedFederation.start();
    idp = federation.identityProvider();
  }

  @AfterAll
  static void stop() {
    if (federation != null) {
      federation.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRuleAdmitsItsRolesRefusesTheOthersAndAnyoneWithoutAToken() {
    return AccessRules.all().stream().map(rule -> DynamicTest.dynamicTest(rule.method() + " " + rule.pattern() + " for " + rule.roles(),
        () -> {
          Response anonymous = call(rule, null);
          assertThat(anonymous.status()).as("no token: " + anonymous).isEqualTo(401);
          assertThat(anonymous.json().get("status").asInt()).isEqualTo(401);
          for (Role role : AccessRules.TOKEN_ROLES) {
            Response answer = call(rule, idp.token(CHIANG_RAI, "someone-" + role, Set.of(role)));
            if (rule.roles().contains(role)) {
              assertThat(answer.status()).as(role + " is admitted: " + answer).isNotIn(401, 403);
            } else {
              assertThat(answer.status()).as(role + " is refused: " + answer).isEqualTo(403);
              assertThat(answer.json().get("message").asString()).contains("is for").contains("holds " + role);
            }
          }
        }));
  }

  @Test
  void aRequestNoRuleNamesIsRefusedToEveryone() {
    Set<Role> everyRole = AccessRules.TOKEN_ROLES;
    Response unlisted = federation.getAs(CHIANG_RAI, "/api/secrets", "officer-cei-017", everyRole);
    assertThat(unlisted.status()).isEqualTo(403);
    assertThat(unlisted.json().get("message").asString()).contains("no access rule admits GET /api/secrets");
    assertThat(federation.getWithoutToken(CHIANG_RAI, "/actuator/health").status()).isEqualTo(401);
    Response health = federation.getAs(CHIANG_RAI, "/actuator/health", "operator-cei-1");
    assertThat(health.status()).as(health.toString()).isEqualTo(200);
    assertThat(health.json().get("status").asString()).isEqualTo("UP");
  }

  @Test
  void anAuditorCannotSendAnAlertAndNothingIsPublished() {
    String id = newAlertId();

    Response sent = federation.postJson(CHIANG_RAI, "/api/alerts", alert(id, TACHILEIK), "auditor-cei-1");

    assertThat(sent.status()).as(sent.toString()).isEqualTo(403);
    assertThat(sent.json().get("message").asString()).contains("POST /api/alerts is for OFFICER").contains("holds AUDITOR");
    assertThat(federation.get(CHIANG_RAI, "/api/alerts/" + id).status()).isEqualTo(404);
    assertThat(ClusterScan.find(federation.sandbox().administratorAccess(NodeId.of(CHIANG_RAI)), id.getBytes(StandardCharsets.UTF_8)).hits())
        .as("no record on Chiang Rai's cluster names the alert").isEmpty();
    // an auditor reads: the same token is good for the audit API
    assertThat(federation.getAs(CHIANG_RAI, "/api/audit/reads", "auditor-cei-1").status()).isEqualTo(200);
  }

  @Test
  void anOfficerOfTachileikCannotAcknowledgeAtChiangRai() {
    String id = "MM-TCL-SIGNIN-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(federation.postJson(TACHILEIK, "/api/alerts", alert(id, CHIANG_RAI), "officer-tcl-004").status()).isEqualTo(201);
    JsonNode before = await().atMost(Duration.ofSeconds(30)).until(() -> federation.get(CHIANG_RAI, "/api/alerts/" + id),
        r -> r.status() == 200).json();
    String acknowledge = "{\"note\": {\"language\": \"en\", \"text\": \"received\"}}";

    // with their own centre's token: Chiang Rai does not trust Tachileik's identity provider
    Response ownCentre = federation.send(CHIANG_RAI, "POST", "/api/alerts/" + id + "/acknowledgements", "application/json", acknowledge,
        idp.token(TACHILEIK, "officer-tcl-004"));
    assertThat(ownCentre.status()).as(ownCentre.toString()).isEqualTo(401);
    assertThat(ownCentre.json().get("message").asString()).contains("bearer token was refused");
    // with a token Chiang Rai's provider signed, naming Tachileik as their node: an insider of the wrong centre
    String wrongNode = idp.sign(CHIANG_RAI, idp.claims(CHIANG_RAI, "officer-tcl-004", Set.of(Role.OFFICER))
        .claim(OfficerClaims.NODE, TACHILEIK).build());
    Response insider = federation.send(CHIANG_RAI, "POST", "/api/alerts/" + id + "/acknowledgements", "application/json", acknowledge,
        wrongNode);
    assertThat(insider.status()).as(insider.toString()).isEqualTo(403);
    assertThat(insider.json().get("message").asString()).contains("belongs to mm-tcl").contains("this is th-cei");
    assertThat(federation.get(CHIANG_RAI, "/api/alerts/" + id).json()).as("nothing acknowledged").isEqualTo(before);

    // Chiang Rai's own officer may
    Response own = federation.send(CHIANG_RAI, "POST", "/api/alerts/" + id + "/acknowledgements", "application/json", acknowledge,
        idp.token(CHIANG_RAI, "officer-cei-007"));
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
  }

  @Test
  void forgedExpiredUnsignedIncompleteAndOtherApplicationsTokensAreRefused() {
    String path = "/api/alerts";
    JWTClaimsSet good = idp.claims(CHIANG_RAI, "officer-cei-017", Set.of(Role.OFFICER)).build();
    assertThat(federation.getWithToken(CHIANG_RAI, path, idp.sign(CHIANG_RAI, good)).status()).isEqualTo(200);

    List<String> refused = new ArrayList<>();
    refused.add(TestIdentityProvider.sign(TestIdentityProvider.newKeyPair(), good)); // forged: a key nobody trusts
    Instant past = Instant.now().minus(Duration.ofHours(2));
    refused.add(idp.sign(CHIANG_RAI, new JWTClaimsSet.Builder(good).issueTime(Date.from(past))
        .expirationTime(Date.from(past.plus(Duration.ofHours(1)))).build())); // expired an hour ago
    refused.add(new PlainJWT(good).serialize()); // unsigned
    String otherIssuer = TestIdentityProvider.issuer(TACHILEIK);
    refused.add(idp.sign(CHIANG_RAI, new JWTClaimsSet.Builder(good).issuer(otherIssuer).build())); // the right key, another issuer
    refused.add(idp.sign(CHIANG_RAI, new JWTClaimsSet.Builder(good).claim(OfficerClaims.ROLES, null).build())); // no roles
    refused.add(idp.sign(CHIANG_RAI, new JWTClaimsSet.Builder(good).claim(OfficerClaims.NODE, null).build())); // no node
    refused.add(idp.sign(CHIANG_RAI, new JWTClaimsSet.Builder(good).expirationTime(null).build())); // never expires
    refused.add(idp.sign(CHIANG_RAI, new JWTClaimsSet.Builder(good).audience("payroll").build())); // for another application
    refused.add("not-a-token");
    for (String token : refused) {
      Response answer = federation.getWithToken(CHIANG_RAI, path, token);
      assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
      assertThat(answer.json().get("message").asString()).contains("bearer token was refused");
    }
    Response expired = federation.getWithToken(CHIANG_RAI, path, refused.get(1));
    assertThat(expired.json().get("message").asString()).contains("expired");
  }

  @Test
  void aBodyPastTheLimitIsRefusedWhetherItsLengthIsDeclaredOrNot() throws Exception {
    String token = idp.token(CHIANG_RAI, "officer-cei-017");
    byte[] tooLarge = jsonOfSize(LIMIT + 1);

    HttpResponse<String> declared = post(CHIANG_RAI, token, HttpRequest.BodyPublishers.ofByteArray(tooLarge));
    assertThat(declared.statusCode()).as(declared.body()).isEqualTo(413);
    JsonNode error = federation.json().readTree(declared.body());
    assertThat(error.get("message").asString()).contains("at most " + LIMIT + " bytes").contains("saphan.http.max-request-bytes");

    // chunked: no length declared; cut off as it passes the limit
    HttpResponse<String> chunked = post(CHIANG_RAI, token,
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge)));
    assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
    assertThat(federation.json().readTree(chunked.body()).get("message").asString()).contains("at most " + LIMIT + " bytes");

    // just under the limit, the same body is read, and refused for what it says
    HttpResponse<String> under = post(CHIANG_RAI, token, HttpRequest.BodyPublishers.ofInputStream(
        () -> new ByteArrayInputStream(jsonOfSize(LIMIT - 1))));
    assertThat(under.statusCode()).as(under.body()).isEqualTo(400);
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** The rule's example request, with a JSON body for a POST; the answer may be a 400 or 404 for the input: only 401 and 403 count. */
  private static Response call(AccessRule rule, String token) {
    boolean post = rule.method().equals("POST");
    return federation.send(CHIANG_RAI, rule.method(), rule.example(), post ? "application/json" : null, post ? "{}" : null, token);
  }

  private static HttpResponse<String> post(String node, String token, HttpRequest.BodyPublisher body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(federation.baseUrl(node) + "/api/alerts"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").POST(body).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** {@code {"padding": "xxx…"}}, {@code size} bytes long: valid JSON the alert API refuses for its unknown field. */
  private static byte[] jsonOfSize(int size) {
    String prefix = "{\"padding\": \"";
    String suffix = "\"}";
    return (prefix + "x".repeat(size - prefix.length() - suffix.length()) + suffix).getBytes(StandardCharsets.UTF_8);
  }

  private static String newAlertId() {
    return "TH-CEI-SIGNIN-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static AlertDraft alert(String id, String to) {
    InfoDraft info = new InfoDraft("th", List.of("Security"), TextDraft.of("th", "การลักลอบเข้าเมือง"), List.of("Monitor"), "Immediate",
        "Severe", "Likely", TextDraft.of("th", "เฝ้าระวังบริเวณสะพานมิตรภาพ"), null, null, null, null,
        List.of(new AreaDraft(TextDraft.of("th", "แม่สาย"), List.of(), List.of("20.4487,99.8812 1.0"), List.of())));
    return new AlertDraft(id, null, "2019-09-24T09:00:00+07:00", "Exercise", "Alert", "Private", null, List.of(to), List.of(), List.of(),
        null, List.of(info));
  }
}
