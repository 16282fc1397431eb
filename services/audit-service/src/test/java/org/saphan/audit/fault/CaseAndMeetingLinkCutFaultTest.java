package org.saphan.audit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saphan.alerts.scenario.DeliveryCount;
import org.saphan.alerts.scenario.ServiceFederation.Response;
import org.saphan.alerts.scenario.ServiceFederation;
import org.saphan.audit.AuditedFederation;
import org.saphan.meetings.input.MeetingInputs.ActionItemInput;
import org.saphan.meetings.input.MeetingInputs.AgendaInput;
import org.saphan.meetings.input.MeetingInputs.DecisionInput;
import org.saphan.meetings.input.MeetingInputs.MeetingInput;
import org.saphan.meetings.input.MeetingInputs.ParticipantInput;
import org.saphan.meetings.input.MeetingInputs.ProgressInput;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.text.TextDraft;
import org.saphan.repatriation.input.ActionInput.VerificationInput;
import org.saphan.repatriation.input.ActionInput;
import org.saphan.repatriation.input.ReferralInput.ConsentInput;
import org.saphan.repatriation.input.ReferralInput.DocumentInput;
import org.saphan.repatriation.input.ReferralInput.IdentityInput;
import org.saphan.repatriation.input.ReferralInput;
import tools.jackson.databind.JsonNode;

/**
 * Fault: the border link between Chiang Rai and Tachileik is cut (both MirrorMaker 2 flows between
 * them stop; Houayxay's links stay up) while both sides keep working, on the real path with every
 * service of each node (REST, Kafka, MirrorMaker 2, the views). Each test counts what crossed the
 * link once it returned (sent, received, lost, duplicated: {@link DeliveryCount}, reports in
 * {@code target/reliability/}) and asserts nothing was lost and nothing doubled, in the order written.
 *
 * <ul>
 *   <li>cases: Chiang Rai refers new cases to Tachileik and to Houayxay while Tachileik accepts or
 *       records verifications on cases it holds (requests Chiang Rai, the case's single writer,
 *       must decide);
 *   <li>meetings: Tachileik reports progress on the action items it owns while the host, Chiang
 *       Rai, assigns it new ones.
 * </ul>
 */
class CaseAndMeetingLinkCutFaultTest {

  private static final String CHIANG_RAI = "th-cei";
  private static final String TACHILEIK = "mm-tcl";
  private static final String HOUAYXAY = "la-hxy";
  private static final int CASES_EACH = 4;
  private static final String HOST_SECRETARIAT = "secretariat-cei-1";
  private static final String TACHILEIK_SECRETARIAT = "secretariat-tcl-4";
  private static final int ITEMS_EACH = 3;
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
  void caseStepsOnBothSidesOfACutLinkArriveOnceAndInTheSameOrderWhenItReturns() {
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
    DeliveryCount count = new DeliveryCount();
    for (Map.Entry<String, Integer> expected : expectedSteps.entrySet()) {
      List<String> atTachileik = awaitSteps(TACHILEIK, expected.getKey(), expected.getValue());
      List<String> atChiangRai = awaitSteps(CHIANG_RAI, expected.getKey(), expected.getValue());
      count.add(expected.getValue(), atTachileik.size());
      assertThat(atTachileik).as(expected.getKey()).isEqualTo(atChiangRai).doesNotHaveDuplicates();
    }
    for (int i = 0; i < held.size(); i++) {
      assertThat(history(read(TACHILEIK, held.get(i)).json()).get(2))
          .isEqualTo(i % 2 == 0 ? "RECORD:ACCEPT->ACCEPTED" : "RECORD:RECORD_VERIFICATION->RECEIVED");
    }
    DeliveryCount.report("case-link-cut", String.format("case link cut th-cei <-> mm-tcl for %d ms: %d cases referred across it and %d"
            + " requests made across it during the cut, %d referred to la-hxy meanwhile;%n  case steps at mm-tcl: %s; both sides agree,"
            + " all there %d ms after the link returned%n", Duration.ofNanos(restoredAt - cutAt).toMillis(), newForTachileik.size(),
        held.size(), forHouayxay.size(), count, Duration.ofNanos(System.nanoTime() - restoredAt).toMillis()));
    assertThat(count.lost()).isZero();
    assertThat(count.duplicated()).isZero();
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

  @Test
  void actionItemsAndProgressOnBothSidesOfACutLinkArriveOnceAndInOrderWhenItReturns() {
    // given a meeting hosted by Chiang Rai, with action items Tachileik owns
    Response recorded = federation.postJson(CHIANG_RAI, "/api/meetings", meeting(), HOST_SECRETARIAT);
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    String meetingId = recorded.json().get("meetingId").asString();
    List<String> owned = new ArrayList<>();
    for (int i = 0; i < ITEMS_EACH; i++) {
      owned.add(assign(meetingId, i));
    }
    owned.forEach(item -> awaitItem(TACHILEIK, item, 0));

    // when the link is cut and both sides go on
    long cutAt = System.nanoTime();
    federation.sandbox().cutLink(NodeId.of(CHIANG_RAI), NodeId.of(TACHILEIK));
    List<String> assignedDuringCut = new ArrayList<>();
    try {
      for (String item : owned) {
        for (String status : List.of("IN_PROGRESS", "DONE")) {
          Response progressed = federation.postJson(TACHILEIK, "/api/actions/" + item + "/progress",
              new ProgressInput(status, new TextDraft("en", status + " during the cut", List.of())), TACHILEIK_SECRETARIAT);
          assertThat(progressed.status()).as(progressed.toString()).isEqualTo(200);
        }
      }
      for (int i = 0; i < ITEMS_EACH; i++) {
        assignedDuringCut.add(assign(meetingId, ITEMS_EACH + i));
      }
      // Houayxay, a participant whose link is up, receives the new items meanwhile
      assignedDuringCut.forEach(item -> awaitItem(HOUAYXAY, item, 0));
      // nothing crosses the cut link
      assignedDuringCut.forEach(item -> assertThat(federation.get(TACHILEIK, "/api/actions/" + item).status()).isEqualTo(404));
      owned.forEach(item -> assertThat(federation.get(CHIANG_RAI, "/api/actions/" + item).json().get("progress")).isEmpty());
    } finally {
      federation.sandbox().restoreLink(NodeId.of(CHIANG_RAI), NodeId.of(TACHILEIK));
    }
    long restoredAt = System.nanoTime();

    // then every item and every progress note arrives once, in the order written
    DeliveryCount count = new DeliveryCount();
    for (String item : owned) {
      List<String> atHost = progress(awaitItem(CHIANG_RAI, item, 2));
      count.add(2, atHost.size());
      assertThat(atHost).as(item).containsExactly("IN_PROGRESS", "DONE");
      assertThat(federation.get(CHIANG_RAI, "/api/actions/" + item).json().get("status").asString()).isEqualTo("DONE");
      assertThat(progress(federation.get(TACHILEIK, "/api/actions/" + item).json())).isEqualTo(atHost);
    }
    for (String item : assignedDuringCut) {
      JsonNode atTachileik = awaitItem(TACHILEIK, item, 0);
      count.add(1, 1);
      assertThat(atTachileik.get("ownerNode").asString()).isEqualTo(TACHILEIK);
    }
    JsonNode ownList = federation.get(TACHILEIK, "/api/actions").json();
    List<String> listed = new ArrayList<>();
    ownList.forEach(a -> listed.add(a.get("actionId").asString()));
    List<String> all = new ArrayList<>(owned);
    all.addAll(assignedDuringCut);
    assertThat(listed).as("each item once in Tachileik's own list").containsAll(all).doesNotHaveDuplicates();

    DeliveryCount.report("meeting-link-cut", String.format("meeting link cut th-cei <-> mm-tcl for %d ms: %d progress notes written at"
            + " mm-tcl and %d items assigned at th-cei during the cut;%n  across the link: %s; all there %d ms after the link returned%n",
        Duration.ofNanos(restoredAt - cutAt).toMillis(), owned.size() * 2, assignedDuringCut.size(), count,
        Duration.ofNanos(System.nanoTime() - restoredAt).toMillis()));
    assertThat(count.lost()).isZero();
    assertThat(count.duplicated()).isZero();
  }

  private static MeetingInput meeting() {
    TextDraft title = new TextDraft("en", "Link cut drill", List.of());
    return new MeetingInput("BCC-MM-TH", new TextDraft("en", "Myanmar–Thai Border Coordination Centre", List.of()),
        1000 + ThreadLocalRandom.current().nextInt(1_000_000), new TextDraft("en", "Chiang Rai", List.of()), "2019-09-24T09:00:00+07:00",
        List.of(new ParticipantInput(CHIANG_RAI, new TextDraft("en", "Chiang Rai PSDHS", List.of())),
            new ParticipantInput(TACHILEIK, new TextDraft("en", "Tachileik office", List.of())),
            new ParticipantInput(HOUAYXAY, new TextDraft("en", "Bokeo committee", List.of()))),
        List.of("th", "my", "lo", "en"), List.of(new AgendaInput(1, title, List.of())), List.of(new DecisionInput(1, title)));
  }

  private static String assign(String meetingId, int index) {
    Response assigned = federation.postJson(CHIANG_RAI, "/api/meetings/" + meetingId + "/actions", new ActionItemInput(1,
        new TextDraft("en", "Item " + index + " of the drill", List.of()), TACHILEIK, new TextDraft("en", "Tachileik office", List.of()),
        "2019-10-08", List.of()), HOST_SECRETARIAT);
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
    return assigned.json().get("actionId").asString();
  }

  private static JsonNode awaitItem(String node, String item, int notes) {
    return await().atMost(DELIVERY).until(() -> federation.get(node, "/api/actions/" + item),
        r -> r.status() == 200 && r.json().get("progress").size() >= notes).json();
  }

  private static List<String> progress(JsonNode item) {
    List<String> statuses = new ArrayList<>();
    item.get("progress").forEach(note -> statuses.add(note.get("status").asString()));
    return statuses;
  }
}
