package org.saphan.audit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saphan.alerts.scenario.ServiceFederation;
import org.saphan.alerts.scenario.ServiceFederation.Response;
import org.saphan.audit.AuditedFederation;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.text.TextDraft;
import org.saphan.repatriation.input.ActionInput;
import org.saphan.repatriation.input.ActionInput.VerificationInput;
import org.saphan.repatriation.input.ReferralInput;
import org.saphan.repatriation.input.ReferralInput.ConsentInput;
import org.saphan.repatriation.input.ReferralInput.DocumentInput;
import org.saphan.repatriation.input.ReferralInput.IdentityInput;
import tools.jackson.databind.JsonNode;

/**
 * Fault: the link between Chiang Rai (sheltering) and Tachileik (receiving) is cut while both work
 * on repatriation cases. Chiang Rai refers new cases to Tachileik and to Houayxay; Tachileik accepts
 * or records verifications on cases it already holds (requests that Chiang Rai, the case's single
 * writer, must decide). Houayxay's cases go through during the cut; Tachileik's wait in each side's
 * own cluster. Once the link is back, every case step arrives exactly once, both parties hold the
 * same history in the same order, and each request was decided once. Counts in
 * {@code target/reliability/case-link-cut.txt}.
 */
class CaseLinkCutFaultTest {

  private static final String CHIANG_RAI = "th-cei";
  private static final String TACHILEIK = "mm-tcl";
  private static final String HOUAYXAY = "la-hxy";
  private static final int CASES_EACH = 4;
  private static final Duration DELIVERY = Duration.ofSeconds(60);

  private static ServiceFederation federation;

  @BeforeAll
  static void start() {
    federation = AuditedFederation.start();
  }

  @AfterAll
  static void stop() {
    if (federation != null) {
      federation.close();
    }
  }

  @Test
  void caseStepsOnBothSidesOfACutLinkArriveOnceAndInTheSameOrderWhenItReturns() throws IOException {
    // given cases Tachileik already holds
    List<String> held = new ArrayList<>();
    for (int i = 0; i < CASES_EACH; i++) {
      held.add(refer(TACHILEIK));
    }
    held.forEach(caseId -> awaitSteps(TACHILEIK, caseId, 2));

    // when the link is cut, and both sides go on working
    long cutAt = System.nanoTime();
    federation.sandbox().cutLink(NodeId.of(CHIANG_RAI), NodeId.of(TACHILEIK));
    List<String> newForTachileik = new ArrayList<>();
    List<String> forHouayxay = new ArrayList<>();
    try {
      for (int i = 0; i < CASES_EACH; i++) {
        newForTachileik.add(refer(TACHILEIK));
        forHouayxay.add(refer(HOUAYXAY));
      }
      for (int i = 0; i < held.size(); i++) {
        ActionInput request = i % 2 == 0
            ? new ActionInput("ACCEPT", null, null, null, null)
            : new ActionInput("RECORD_VERIFICATION", null, null, null, new VerificationInput("FAMILY_TRACING", "FAMILY_FOUND"));
        Response asked = act(TACHILEIK, held.get(i), request);
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
      }
      // Houayxay's link is up: its cases are referred and received meanwhile
      forHouayxay.forEach(caseId -> awaitSteps(HOUAYXAY, caseId, 2));
      // nothing crosses the cut link
      newForTachileik.forEach(caseId -> assertThat(read(TACHILEIK, caseId).status()).as(caseId).isEqualTo(404));
      held.forEach(caseId -> assertThat(history(read(CHIANG_RAI, caseId).json())).as(caseId).hasSize(2));
    } finally {
      federation.sandbox().restoreLink(NodeId.of(CHIANG_RAI), NodeId.of(TACHILEIK));
    }
    long restoredAt = System.nanoTime();

    // then every step arrives once, in the same order on both sides, and every request was decided once
    Map<String, Integer> expectedSteps = new LinkedHashMap<>();
    newForTachileik.forEach(caseId -> expectedSteps.put(caseId, 2));
    held.forEach(caseId -> expectedSteps.put(caseId, 3));
    int sent = 0;
    int received = 0;
    int lost = 0;
    int duplicated = 0;
    for (Map.Entry<String, Integer> expected : expectedSteps.entrySet()) {
      List<String> atTachileik = awaitSteps(TACHILEIK, expected.getKey(), expected.getValue());
      List<String> atChiangRai = awaitSteps(CHIANG_RAI, expected.getKey(), expected.getValue());
      sent += expected.getValue();
      received += atTachileik.size();
      lost += Math.max(0, expected.getValue() - atTachileik.size());
      duplicated += Math.max(0, atTachileik.size() - expected.getValue());
      assertThat(atTachileik).as(expected.getKey()).isEqualTo(atChiangRai).doesNotHaveDuplicates();
    }
    for (int i = 0; i < held.size(); i++) {
      assertThat(history(read(TACHILEIK, held.get(i)).json()).get(2))
          .isEqualTo(i % 2 == 0 ? "RECORD:ACCEPT->ACCEPTED" : "RECORD:RECORD_VERIFICATION->RECEIVED");
    }
    String report = String.format("case link cut th-cei <-> mm-tcl for %d ms: %d cases referred across it and %d requests made across"
            + " it during the cut, %d referred to la-hxy meanwhile;%n  case steps at mm-tcl: expected %d, received %d, lost %d,"
            + " duplicated %d; both sides agree, all there %d ms after the link returned%n",
        Duration.ofNanos(restoredAt - cutAt).toMillis(), newForTachileik.size(), held.size(), forHouayxay.size(), sent, received, lost,
        duplicated, Duration.ofNanos(System.nanoTime() - restoredAt).toMillis());
    Path file = Path.of("target/reliability/case-link-cut.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
    System.out.print(report);
    assertThat(lost).isZero();
    assertThat(duplicated).isZero();
  }

  private static String refer(String to) {
    ReferralInput referral = new ReferralInput("SH-" + UUID.randomUUID().toString().substring(0, 8), to,
        TextDraft.of("th", "ผู้เสียหายจากการค้ามนุษย์ ประสงค์กลับบ้าน"), to.equals(HOUAYXAY) ? "LA" : "MM", "IN_PROGRESS",
        new IdentityInput(List.of("นางสาว ทดสอบ ลิงก์"), null, 24, List.of(new DocumentInput("CERTIFICATE_OF_IDENTITY", "CI-55-0001", "MM")),
            null),
        false, new ConsentInput("PERSON", "2019-09-20T10:00:00+07:00", "share identity and case with " + to + " for safe return"));
    Response referred = federation.postJson(CHIANG_RAI, "/api/cases", referral, "repatriation-cei-021");
    assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
    return referred.json().get("caseId").asString();
  }

  private static Response act(String node, String caseId, ActionInput action) {
    return federation.postJson(node, "/api/cases/" + caseId + "/actions", action, "repatriation-" + node + "-1");
  }

  private static Response read(String node, String caseId) {
    return federation.getAs(node, "/api/cases/" + caseId, "repatriation-" + node + "-1");
  }

  /** The case's history at {@code node} once it has {@code steps} steps and no request pending. */
  private static List<String> awaitSteps(String node, String caseId, int steps) {
    JsonNode kase = await().atMost(DELIVERY).until(() -> read(node, caseId), r -> r.status() == 200
        && r.json().get("history").size() >= steps && r.json().get("pending").isEmpty()).json();
    return history(kase);
  }

  private static List<String> history(JsonNode kase) {
    List<String> steps = new ArrayList<>();
    kase.get("history").forEach(s -> steps.add(s.get("kind").asString() + ":" + s.get("action").asString() + "->" + s.get("to").asString()));
    return steps;
  }
}
