package org.saphan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.io.TempDir;
import org.saphan.audit.cli.AuditCli;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.alerts.draft.AreaDraft;
import org.saphan.alerts.draft.InfoDraft;
import org.saphan.alerts.scenario.ServiceFederation;
import org.saphan.alerts.scenario.ServiceFederation.Response;
import org.saphan.meetings.input.MeetingInputs.ActionItemInput;
import org.saphan.meetings.input.MeetingInputs.AgendaInput;
import org.saphan.meetings.input.MeetingInputs.DecisionInput;
import org.saphan.meetings.input.MeetingInputs.MeetingInput;
import org.saphan.meetings.input.MeetingInputs.ParticipantInput;
import org.saphan.meetings.input.MeetingInputs.ProgressInput;
import org.saphan.platform.text.TextDraft;
import org.saphan.repatriation.input.ActionInput;
import org.saphan.repatriation.input.ActionInput.EscortInput;
import org.saphan.repatriation.input.ActionInput.HandoverPlanInput;
import org.saphan.repatriation.input.ErasureInput;
import org.saphan.repatriation.input.ReferralInput;
import org.saphan.repatriation.input.ReferralInput.ConsentInput;
import org.saphan.repatriation.input.ReferralInput.DocumentInput;
import org.saphan.repatriation.input.ReferralInput.IdentityInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Replay and as-of on nodes running all their services in one application: the audit service
 * rebuilds alerts, cases and meetings from each node's log exactly as the live services show them,
 * and shows a case as it stood at three moments of its life. One federation for all scenarios.
 */
class AuditHistoryScenariosTest {

  private static final String CHIANG_RAI = "th-cei";
  private static final String TACHILEIK = "mm-tcl";
  private static final String HOUAYXAY = "la-hxy";
  private static final Duration DELIVERY = Duration.ofSeconds(30);
  private static final String CROSSING_TH = "การลักลอบเข้าเมืองบริเวณชายแดนที่เป็นส่วนหนึ่งในขบวนการค้ามนุษย์";
  private static final String BRIDGE_TH = "สะพานมิตรภาพไทย–เมียนมาร์ แม่สาย–ท่าขี้เหล็ก";
  private static final ZoneOffset BANGKOK = ZoneOffset.ofHours(7);

  /** Every audit read names its auditor (and is recorded). */
  private static final String AUDITOR = "auditor-1";

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

  // ---- inputs, as the services' own scenarios give them ----------------------------------------

  private static AlertDraft alert(String identifier, String severity, List<String> addresses) {
    InfoDraft info = new InfoDraft("th", List.of("Security", "Rescue"), TextDraft.of("th", CROSSING_TH), List.of("Monitor"), "Immediate",
        severity, "Likely", TextDraft.of("th", "เฝ้าระวังการลักลอบเข้าเมืองบริเวณ" + BRIDGE_TH), null, null, null, null,
        List.of(new AreaDraft(TextDraft.of("th", BRIDGE_TH), List.of(), List.of("20.4487,99.8812 1.0"), List.of())));
    return new AlertDraft(identifier, null, "2019-09-24T09:00:00+07:00", "Actual", "Alert", addresses.isEmpty() ? "Public" : "Private", null,
        addresses, List.of(), List.of(), null, List.of(info));
  }

  private static ReferralInput referral() {
    return new ReferralInput("SH-" + UUID.randomUUID().toString().substring(0, 8), TACHILEIK,
        TextDraft.of("th", "ผู้เสียหายจากการค้ามนุษย์ สัญชาติเมียนมาร์ พบที่อำเภอแม่สาย ประสงค์กลับบ้าน"), "MM", "IN_PROGRESS",
        new IdentityInput(List.of("นางสาว ทดสอบ ตัวอย่าง"), null, 24, List.of(new DocumentInput("CERTIFICATE_OF_IDENTITY", "CI-77-1234", "MM")),
            "photo://shelter-cei/2562/0012.jpg"),
        false, new ConsentInput("PERSON", "2019-09-20T10:00:00+07:00", "share identity and case with mm-tcl for safe return"));
  }

  private static MeetingInput meeting(int number) {
    return new MeetingInput("BCC-MM-TH", TextDraft.of("en", "Myanmar–Thai Border Coordination Centre against trafficking"), number,
        TextDraft.of("en", "Emerald Room, Wangcome Hotel, Chiang Rai"), "2019-09-24T09:00:00+07:00",
        List.of(new ParticipantInput(CHIANG_RAI, TextDraft.of("en", "Chiang Rai PSDHS")),
            new ParticipantInput(TACHILEIK, TextDraft.of("en", "Tachileik Anti-Trafficking Border Coordination Office"))),
        List.of("th", "my", "en"), List.of(new AgendaInput(1, TextDraft.of("en", "Alerts between border towns"), List.of())),
        List.of(new DecisionInput(1, TextDraft.of("en", "Border towns send each other alerts on the day they learn of a crossing"))));
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static JsonNode await200(String node, String path) {
    return await().atMost(DELIVERY).until(() -> federation.get(node, path), r -> r.status() == 200).json();
  }

  private static JsonNode awaitCase(String node, String caseId, String state) {
    return await().atMost(DELIVERY).until(() -> federation.getAs(node, "/api/cases/" + caseId, AUDITOR),
        r -> r.status() == 200 && r.json().get("state").asString().equals(state) && r.json().get("pending").isEmpty()).json();
  }

  private static String deliveryStatus(String node, String alertId, String addressee) {
    for (JsonNode d : federation.get(node, "/api/alerts/" + alertId).json().get("deliveries")) {
      if (d.get("node").asString().equals(addressee)) {
        return d.get("status").asString();
      }
    }
    return "NOT_ADDRESSED";
  }

  private static Response caseAction(String node, String caseId, ActionInput action) {
    return federation.postJson(node, "/api/cases/" + caseId + "/actions", action, "repatriation-" + node + "-1");
  }

  private static Response replay(String node, Map<String, ?> body) {
    return federation.postJson(node, "/api/audit/replays", body, AUDITOR);
  }

  private static Response asOf(String node, String model, String id, Instant at) {
    String local = at.atOffset(BANGKOK).toString();
    return federation.getAs(node, "/api/audit/" + model + "/" + id + "?asOf=" + URLEncoder.encode(local, StandardCharsets.UTF_8), AUDITOR);
  }

  /** What the live service lists on the node: for alerts, operational ones then exercises, as a replay lists them. */
  private static JsonNode liveList(String node, String model) {
    return switch (model) {
      case "alerts" -> {
        ArrayNode all = federation.json().createArrayNode();
        federation.get(node, "/api/alerts").json().forEach(all::add);
        federation.get(node, "/api/alerts?mode=exercise").json().forEach(all::add);
        yield all;
      }
      case "cases" -> federation.getAs(node, "/api/cases", AUDITOR).json();
      case "meetings" -> federation.get(node, "/api/meetings").json();
      default -> throw new IllegalArgumentException(model);
    };
  }

  private static List<String> ids(JsonNode views, String field) {
    List<String> ids = new ArrayList<>();
    views.forEach(v -> ids.add(v.get(field).asString()));
    return ids;
  }

  private static List<String> typesAndOrigins(JsonNode events) {
    List<String> list = new ArrayList<>();
    events.forEach(e -> list.add(e.get("eventType").asString().replaceFirst(".*\\.", "") + "@" + e.get("origin").asString()));
    return list;
  }

  // ---- scenarios -----------------------------------------------------------------------------

  @Test
  void aReplayOfEachReadModelEqualsWhatTheLiveServiceShows() {
    // given two alerts from Chiang Rai, one to Tachileik only (which acknowledges it), one to all
    String toTachileik = "TH-CEI-2562-" + UUID.randomUUID().toString().substring(0, 8);
    String toAll = "TH-CEI-2562-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(federation.postJson(CHIANG_RAI, "/api/alerts", alert(toTachileik, "Severe", List.of(TACHILEIK)), "officer-cei-011").status())
        .isEqualTo(201);
    assertThat(federation.postJson(CHIANG_RAI, "/api/alerts", alert(toAll, "Moderate", List.of()), "officer-cei-011").status()).isEqualTo(201);
    await200(TACHILEIK, "/api/alerts/" + toTachileik);
    Response ack = federation.postJson(TACHILEIK, "/api/alerts/" + toTachileik + "/acknowledgements",
        Map.of("note", Map.of("language", "en", "text", "Received; patrol informed")), "officer-tcl-004");
    assertThat(ack.status()).as(ack.toString()).isEqualTo(200);

    // and a case referred by Chiang Rai and accepted by Tachileik
    Response referred = federation.postJson(CHIANG_RAI, "/api/cases", referral(), "repatriation-cei-021");
    assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
    String caseId = referred.json().get("caseId").asString();
    awaitCase(TACHILEIK, caseId, "RECEIVED");
    assertThat(caseAction(TACHILEIK, caseId, new ActionInput("ACCEPT", null, null, null, null)).status()).isEqualTo(202);

    // and a meeting with an action item for Tachileik, on which Tachileik records progress
    Response recorded = federation.postJson(CHIANG_RAI, "/api/meetings", meeting(21), "secretariat-cei-1");
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    String meetingId = recorded.json().get("meetingId").asString();
    Response assigned = federation.postJson(CHIANG_RAI, "/api/meetings/" + meetingId + "/actions", new ActionItemInput(1,
        TextDraft.of("en", "Send the list of duty officers for alerts"), TACHILEIK,
        TextDraft.of("en", "Tachileik Anti-Trafficking Border Coordination Office"), "2019-10-08", List.of()), "secretariat-cei-1");
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
    String actionId = assigned.json().get("actionId").asString();
    await200(TACHILEIK, "/api/actions/" + actionId);
    assertThat(federation.postJson(TACHILEIK, "/api/actions/" + actionId + "/progress",
        new ProgressInput("IN_PROGRESS", TextDraft.of("en", "Compiling the list")), "secretariat-tcl-4").status()).isEqualTo(200);

    // when everything has reached both parties
    await().atMost(DELIVERY).until(() -> deliveryStatus(CHIANG_RAI, toTachileik, TACHILEIK), "ACKNOWLEDGED"::equals);
    await().atMost(DELIVERY).until(() -> deliveryStatus(CHIANG_RAI, toAll, HOUAYXAY), "DELIVERED"::equals);
    await().atMost(DELIVERY).until(() -> deliveryStatus(CHIANG_RAI, toAll, TACHILEIK), "DELIVERED"::equals);
    awaitCase(CHIANG_RAI, caseId, "ACCEPTED");
    awaitCase(TACHILEIK, caseId, "ACCEPTED");
    await().atMost(DELIVERY).until(() -> federation.get(CHIANG_RAI, "/api/actions/" + actionId).json().get("status").asString(),
        "IN_PROGRESS"::equals);

    // then on both nodes, each model replayed from the log equals the live service's list, field for field
    Map<String, String> idField = Map.of("alerts", "id", "cases", "caseId", "meetings", "meetingId");
    Map<String, String> expectedId = Map.of("alerts", toTachileik, "cases", caseId, "meetings", meetingId);
    for (String node : List.of(CHIANG_RAI, TACHILEIK)) {
      for (String model : List.of("alerts", "cases", "meetings")) {
        await().atMost(DELIVERY).untilAsserted(() -> {
          JsonNode report = replay(node, Map.of("model", model)).json();
          assertThat(report.get("views")).as(model + " on " + node).isEqualTo(liveList(node, model));
        });
        JsonNode report = replay(node, Map.of("model", model)).json();
        System.out.printf("replay of %s on %s: %d records, %d events read, %d applied in %d ms (%.1f events/s)%n", model, node,
            report.get("recordsRead").asInt(), report.get("eventsRead").asInt(), report.get("eventsApplied").asInt(),
            report.get("millis").asLong(), report.get("eventsPerSecond").asDouble());
        assertThat(report.get("model").asString()).isEqualTo(model);
        assertThat(ids(report.get("views"), idField.get(model))).contains(expectedId.get(model));
        assertThat(report.get("eventsRejected").asInt()).as(report.get("rejections").toString()).isZero();
        assertThat(report.get("undecodable").asInt()).as(report.get("undecodableRecords").toString()).isZero();
        assertThat(report.get("eventsApplied").asInt()).isPositive().isLessThanOrEqualTo(report.get("eventsRead").asInt());
        assertThat(report.get("eventsRead").asInt()).isEqualTo(report.get("recordsRead").asInt());
      }
    }
    // and Houayxay, which was sent only the public alert, rebuilds that one and not the private one
    JsonNode atHouayxay = replay(HOUAYXAY, Map.of("model", "alerts")).json();
    assertThat(ids(atHouayxay.get("views"), "id")).contains(toAll).doesNotContain(toTachileik);

    // and a replay from a time after all of it feeds nothing and rebuilds nothing
    Instant later = federation.clock().instant().plus(Duration.ofDays(1));
    JsonNode fromLater = replay(CHIANG_RAI, Map.of("model", "cases", "from", later.atOffset(BANGKOK).toString())).json();
    assertThat(fromLater.get("from").asString()).isEqualTo(later.toString());
    assertThat(fromLater.get("eventsRead").asInt()).isZero();
    assertThat(fromLater.get("eventsBeforeFrom").asInt()).isPositive();
    assertThat(fromLater.get("views")).isEmpty();
  }

  /**
   * The chain covers the sealed identity's ciphertext, never the identity: an export of a case
   * whose identity was erased verifies with no sealing key at all, and holds no identity in the
   * clear: destroying the keys that open an identity (erasure) changes no byte the chain covers.
   */
  @Test
  void aCaseExportVerifiesWithoutAnySealingKeyAndHoldsNoIdentityInTheClear(@TempDir Path dir) throws Exception {
    Response referred = federation.postJson(CHIANG_RAI, "/api/cases", referral(), "repatriation-cei-021");
    assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
    String caseId = referred.json().get("caseId").asString();
    awaitCase(CHIANG_RAI, caseId, "RECEIVED");
    Response erasure = federation.postJson(TACHILEIK, "/api/cases/" + caseId + "/identity/erasure",
        new ErasureInput(TextDraft.of("en", "consent withdrawn")), "repatriation-tcl-1");
    assertThat(erasure.status()).as(erasure.toString()).isEqualTo(200);
    await().atMost(DELIVERY).until(() -> federation.getAs(CHIANG_RAI, "/api/cases/" + caseId + "/identity", "repatriation-cei-1").status(),
        status -> status == 410);

    Response export = federation.getAs(TACHILEIK, "/api/audit/export?streams=repatriation&aggregate=" + caseId, AUDITOR);

    assertThat(export.status()).isEqualTo(200);
    assertThat(export.body()).contains(caseId).contains("org.saphan.schema.repatriation.IdentityErased")
        .doesNotContain("ทดสอบ", "CI-77-1234", "shelter-cei/2562");
    byte[] bytes = export.body().getBytes(StandardCharsets.UTF_8);
    assertThat(new String(bytes, StandardCharsets.UTF_8).lines().map(l -> federation.json().readTree(l))
        .filter(l -> l.get("selected").asBoolean()).map(l -> new String(Base64.getDecoder().decode(l.get("valueBase64").asString()),
            StandardCharsets.UTF_8))).isNotEmpty().noneMatch(value -> value.contains("ทดสอบ") || value.contains("CI-77-1234"));
    Path file = dir.resolve("case.jsonl");
    Files.write(file, bytes);
    StringWriter out = new StringWriter();
    int verdict = AuditCli.run(new PrintWriter(out, true), new PrintWriter(out, true), "verify", file.toString(), "--keys",
        AuditedFederation.registryKeys(federation, dir).toString());
    assertThat(verdict).as(out.toString()).isEqualTo(AuditCli.VERIFIED);
    assertThat(out.toString()).contains("lane th-cei>mm-tcl").contains("VERDICT: INTACT");
  }

  @Test
  void aCaseAsOfThreeMomentsShowsTheStateAndTheEventsOfEach() {
    // given a case referred at T1 while Tachileik's services are down, so that its automatic receipt comes 10 minutes later
    federation.stopNode(TACHILEIK);
    Instant t1 = federation.clock().instant();
    Response referred = federation.postJson(CHIANG_RAI, "/api/cases", referral(), "repatriation-cei-021");
    assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
    String caseId = referred.json().get("caseId").asString();
    federation.clock().advance(Duration.ofMinutes(10));
    federation.startNode(TACHILEIK);
    awaitCase(CHIANG_RAI, caseId, "RECEIVED");
    // and accepted by Tachileik at T2
    federation.clock().advance(Duration.ofHours(1));
    Instant t2 = federation.clock().instant();
    assertThat(caseAction(TACHILEIK, caseId, new ActionInput("ACCEPT", null, null, null, null)).status()).isEqualTo(202);
    awaitCase(CHIANG_RAI, caseId, "ACCEPTED");
    // and its handover scheduled by Chiang Rai at T3
    federation.clock().advance(Duration.ofHours(1));
    Instant t3 = federation.clock().instant();
    Response scheduled = caseAction(CHIANG_RAI, caseId, new ActionInput("SCHEDULE_HANDOVER", null, null,
        new HandoverPlanInput("Mae Sai-Tachileik Friendship Bridge No. 1", "2019-10-01T10:00:00+07:00",
            List.of(new EscortInput("Ms. Escort Officer", "OFFICER", "Chiang Rai PSDHS")), "CERTIFICATE_OF_IDENTITY",
            "2019-09-26T10:00:00+07:00"), null));
    assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
    JsonNode live = awaitCase(CHIANG_RAI, caseId, "READY");
    federation.clock().advance(Duration.ofHours(1));
    Duration epsilon = Duration.ofSeconds(1);

    // then as of T1+ε: the referral only
    Response atT1 = asOf(CHIANG_RAI, "cases", caseId, t1.plus(epsilon));
    assertThat(atT1.status()).as(atT1.toString()).isEqualTo(200);
    assertThat(atT1.json().get("asOf").asString()).isEqualTo(t1.plus(epsilon).toString());
    assertThat(atT1.json().at("/view/state").asString()).isEqualTo("REQUESTED");
    assertThat(typesAndOrigins(atT1.json().get("events"))).containsExactly("CaseReferred@th-cei");
    JsonNode referral = atT1.json().at("/events/0");
    assertThat(referral.get("occurredAt").asString()).isEqualTo(t1.toString());
    assertThat(referral.get("aggregateId").asString()).isEqualTo(caseId);
    assertThat(referral.get("authorOfficerId").asString()).isEqualTo("repatriation-cei-021");
    assertThat(referral.get("where").asString()).matches("bcc\\.mm-tcl\\.repatriation\\.v1-\\d+@\\d+");

    // and as of T2+ε: received (Tachileik's request, recorded by Chiang Rai) and accepted, no later
    JsonNode atT2 = asOf(CHIANG_RAI, "cases", caseId, t2.plus(epsilon)).json();
    assertThat(atT2.at("/view/state").asString()).isEqualTo("ACCEPTED");
    assertThat(atT2.at("/view/handoverPlan").isNull()).isTrue();
    assertThat(typesAndOrigins(atT2.get("events"))).containsExactly("CaseReferred@th-cei", "CaseAction@mm-tcl", "CaseAction@th-cei",
        "CaseAction@mm-tcl", "CaseAction@th-cei");
    assertThat(atT2.at("/events/1/occurredAt").asString()).as("Tachileik's receipt, when it came back")
        .isEqualTo(t1.plus(Duration.ofMinutes(10)).toString());

    // and as of T3+ε: ready, with the handover plan, and the view is the live one
    JsonNode atT3 = asOf(CHIANG_RAI, "cases", caseId, t3.plus(epsilon)).json();
    assertThat(atT3.at("/view/state").asString()).isEqualTo("READY");
    assertThat(atT3.at("/view/handoverPlan/checkpoint").asString()).isEqualTo("Mae Sai-Tachileik Friendship Bridge No. 1");
    assertThat(atT3.get("view")).isEqualTo(live);
    assertThat(atT3.get("events")).hasSize(6);
    assertThat(atT3.get("events").get(5).get("occurredAt").asString()).isEqualTo(t3.toString());
    for (JsonNode e : atT3.get("events")) {
      assertThat(Instant.parse(e.get("occurredAt").asString())).isBeforeOrEqualTo(t3.plus(epsilon));
    }
    // the earlier answers are the prefix of the later ones
    assertThat(atT3.get("events").get(0)).isEqualTo(atT1.json().at("/events/0"));
    for (int i = 0; i < 5; i++) {
      assertThat(atT3.get("events").get(i)).isEqualTo(atT2.get("events").get(i));
    }
    // and without asOf it is now: the same as the live case
    assertThat(federation.getAs(CHIANG_RAI, "/api/audit/cases/" + caseId, AUDITOR).json().get("view")).isEqualTo(live);

    // and before T1 the case did not exist yet
    Response before = asOf(CHIANG_RAI, "cases", caseId, t1.minus(epsilon));
    assertThat(before.status()).isEqualTo(404);
    assertThat(before.json().get("message").asString()).contains(caseId).contains("no event").contains("first occurred at " + t1);
  }

  @Test
  void badInputIsRefusedWithTheRuleItBreaks() {
    Response noOffset = federation.getAs(CHIANG_RAI, "/api/audit/cases/TH-CEI-RP-X?asOf=2019-09-24T10:00:00", AUDITOR);
    assertThat(noOffset.status()).isEqualTo(400);
    assertThat(noOffset.json().at("/errors/0/field").asString()).isEqualTo("asOf");
    assertThat(noOffset.json().at("/errors/0/rule").asString()).contains("with an offset");

    Response notADate = federation.getAs(CHIANG_RAI, "/api/audit/alerts/X?asOf=yesterday", AUDITOR);
    assertThat(notADate.status()).isEqualTo(400);
    assertThat(notADate.json().at("/errors/0/value").asString()).isEqualTo("yesterday");

    Response unknownModel = replay(CHIANG_RAI, Map.of("model", "passports"));
    assertThat(unknownModel.status()).isEqualTo(400);
    assertThat(unknownModel.json().at("/errors/0/field").asString()).isEqualTo("model");
    assertThat(unknownModel.json().at("/errors/0/rule").asString()).contains("alerts").contains("cases").contains("meetings");

    Response badFrom = replay(CHIANG_RAI, Map.of("model", "alerts", "from", "24/09/2019"));
    assertThat(badFrom.status()).isEqualTo(400);
    assertThat(badFrom.json().at("/errors/0/field").asString()).isEqualTo("from");

    Response unknownMeeting = federation.getAs(CHIANG_RAI, "/api/audit/meetings/BCC-MM-TH-999", AUDITOR);
    assertThat(unknownMeeting.status()).isEqualTo(404);
    assertThat(unknownMeeting.json().get("message").asString()).contains("BCC-MM-TH-999").contains("th-cei");
  }
}
