package org.saphan.repatriation.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.saphan.alerts.scenario.ServiceFederation;
import org.saphan.alerts.scenario.ServiceFederation.Response;
import org.saphan.platform.kafka.KafkaAccess;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.text.TextDraft;
import org.saphan.repatriation.RepatriationServiceApplication;
import org.saphan.repatriation.input.ActionInput;
import org.saphan.repatriation.input.ActionInput.EscortInput;
import org.saphan.repatriation.input.ActionInput.HandoverPlanInput;
import org.saphan.repatriation.input.ActionInput.VerificationInput;
import org.saphan.repatriation.input.ReferralInput;
import org.saphan.repatriation.input.ReferralInput.ConsentInput;
import org.saphan.repatriation.input.ReferralInput.DocumentInput;
import org.saphan.repatriation.input.ReferralInput.IdentityInput;
import org.saphan.repatriation.sealing.CaseKeyStore;
import org.saphan.repatriation.sealing.IdentitySealer;
import org.saphan.repatriation.sealing.SealedIdentityException;
import org.saphan.repatriation.sealing.SealingKeys;
import org.saphan.repatriation.service.RepatriationService;
import org.saphan.sandbox.inspect.ClusterScan;
import org.saphan.schema.common.Role;
import org.saphan.schema.repatriation.ActionKind;
import org.saphan.schema.repatriation.CaseAction;
import org.saphan.schema.repatriation.CaseActionType;
import tools.jackson.databind.JsonNode;

/**
 * Repatriation cases between Chiang Rai and Tachileik (and one with Houayxay), through REST, Kafka,
 * MirrorMaker 2 and both parties' case boards. One federation for all scenarios.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RepatriationScenariosTest {

  private static final String CHIANG_RAI = "th-cei";
  private static final String TACHILEIK = "mm-tcl";
  private static final String HOUAYXAY = "la-hxy";
  private static final Duration DELIVERY = Duration.ofSeconds(30);
  // Fictitious test persons.
  private static final String NAME_TH = "นางสาว ทดสอบ ตัวอย่าง";
  private static final String NAME_MY = "မ ဥပမာ စမ်းသပ်";
  private static final String SUMMARY = "ผู้เสียหายจากการค้ามนุษย์ สัญชาติเมียนมาร์ พบที่อำเภอแม่สาย ประสงค์กลับบ้าน";

  private static ServiceFederation federation;
  private static final Map<String, SealingKeys.GeneratedKeys> keys = new HashMap<>();
  @TempDir
  static Path caseKeyStores;

  @BeforeAll
  static void start() {
    Map<String, List<String>> perNode = new HashMap<>();
    List<String> publicKeys = new ArrayList<>(List.of("--logging.config=classpath:logback-capture.xml"));
    for (String node : List.of(CHIANG_RAI, TACHILEIK, HOUAYXAY)) {
      SealingKeys.GeneratedKeys generated = SealingKeys.generate(node);
      keys.put(node, generated);
      perNode.put(node, List.of("--saphan.sealing.private-key=" + generated.privateKeysetBase64(),
          "--" + CaseKeyStore.DIRECTORY_PROPERTY + "=" + caseKeyStores.resolve(node), "--" + CaseKeyStore.STORE_KEY_PROPERTY + "="
              + CaseKeyStore.newStoreKey()));
      publicKeys.add("--saphan.sealing.public-keys." + node + "=" + generated.publicKeysetBase64());
    }
    federation = ServiceFederation.start(RepatriationServiceApplication.class, perNode, publicKeys);
  }

  @AfterAll
  static void stop() {
    if (federation != null) {
      federation.close();
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static ReferralInput referral(String reference, String to, Integer ageEstimate, String dateOfBirth, String consentBy) {
    return new ReferralInput(reference, to, TextDraft.of("th", SUMMARY), to.equals(HOUAYXAY) ? "LA" : "MM", "IN_PROGRESS",
        new IdentityInput(List.of(NAME_TH, NAME_MY), dateOfBirth, ageEstimate,
            List.of(new DocumentInput("CERTIFICATE_OF_IDENTITY", "CI-77-1234", "MM")), "photo://shelter-cei/2562/0012.jpg"),
        ageEstimate != null && ageEstimate < 18, new ConsentInput(consentBy, "2019-09-20T10:00:00+07:00", "share identity and case with "
            + to + " for safe return"));
  }

  private static String newReference() {
    return "SH-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Response refer(ReferralInput referral) {
    return federation.postJson(CHIANG_RAI, "/api/cases", referral, "repatriation-cei-021");
  }

  /** A GET by a repatriation officer of {@code node}: the cases are theirs (and the auditors') to read. */
  private static Response read(String node, String path) {
    return federation.getAs(node, path, "repatriation-" + node + "-1");
  }

  private static Response act(String node, String caseId, ActionInput action) {
    return federation.postJson(node, "/api/cases/" + caseId + "/actions", action, "repatriation-" + node + "-1");
  }

  private static ActionInput action(String action) {
    return new ActionInput(action, null, null, null, null);
  }

  private static HandoverPlanInput plan(List<EscortInput> escorts) {
    return new HandoverPlanInput("Mae Sai-Tachileik Friendship Bridge No. 1", "2019-10-01T10:00:00+07:00", escorts, "CERTIFICATE_OF_IDENTITY",
        "2019-09-26T10:00:00+07:00");
  }

  private static JsonNode awaitState(String node, String caseId, String state) {
    return await().atMost(DELIVERY).until(() -> read(node, "/api/cases/" + caseId),
        r -> r.status() == 200 && r.json().get("state").asString().equals(state) && r.json().get("pending").isEmpty()).json();
  }

  private static String referAndAwaitReceived(ReferralInput referral) {
    Response referred = refer(referral);
    assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
    String caseId = referred.json().get("caseId").asString();
    awaitState(CHIANG_RAI, caseId, "RECEIVED");
    awaitState(referral.receivingNode(), caseId, "RECEIVED");
    return caseId;
  }

  private static List<String> history(JsonNode kase) {
    List<String> steps = new ArrayList<>();
    kase.get("history").forEach(s -> steps.add(s.get("kind").asString() + ":" + s.get("action").asString() + "->" + s.get("to").asString()));
    return steps;
  }

  // ---- scenarios -----------------------------------------------------------------------------

  @Test
  void theWholeHandoverFromReferralToClosure() {
    // given a case referred by Chiang Rai to Tachileik with consent; Tachileik confirms receipt by itself
    String caseId = referAndAwaitReceived(referral(newReference(), TACHILEIK, 24, null, "PERSON"));

    // then Tachileik's preview shows what it needs to decide, and what it may do
    JsonNode preview = read(TACHILEIK, "/api/cases/" + caseId).json();
    assertThat(preview.at("/summary/text").asString()).isEqualTo(SUMMARY);
    assertThat(preview.get("nationalityVerification").asString()).isEqualTo("IN_PROGRESS");
    assertThat(preview.get("child").asBoolean()).isFalse();
    assertThat(preview.get("yourSide").asString()).isEqualTo("RECEIVING");
    assertThat(preview.get("allowedActions")).extracting(JsonNode::asString).containsExactly("ACCEPT", "REJECT", "RECORD_VERIFICATION");
    assertThat(preview.toString()).as("no identity in the case itself").doesNotContain(NAME_TH).doesNotContain(NAME_MY);

    // when Tachileik verifies nationality, traces the family and accepts
    assertThat(act(TACHILEIK, caseId, new ActionInput("RECORD_VERIFICATION", null, TextDraft.of("my", "နိုင်ငံသားဖြစ်ကြောင်း အတည်ပြုပြီး"), null,
        new VerificationInput("NATIONALITY_VERIFICATION", "CONFIRMED"))).status()).isEqualTo(202);
    awaitState(TACHILEIK, caseId, "RECEIVED");
    act(TACHILEIK, caseId, new ActionInput("RECORD_VERIFICATION", null, null, null, new VerificationInput("FAMILY_TRACING", "FAMILY_FOUND")));
    awaitState(TACHILEIK, caseId, "RECEIVED");
    act(TACHILEIK, caseId, action("ACCEPT"));
    awaitState(CHIANG_RAI, caseId, "ACCEPTED");

    // and Chiang Rai schedules the handover at the Friendship Bridge and hands the person over
    Response scheduled = act(CHIANG_RAI, caseId, new ActionInput("SCHEDULE_HANDOVER", null, null,
        plan(List.of(new EscortInput("Ms. Escort Officer", "OFFICER", "Chiang Rai Provincial Office of Social Development and Human Security"))),
        null));
    assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
    JsonNode ready = awaitState(TACHILEIK, caseId, "READY");
    assertThat(ready.at("/handoverPlan/localTimes/th-cei").asString()).isEqualTo("2019-10-01T10:00:00+07:00");
    assertThat(ready.at("/handoverPlan/localTimes/mm-tcl").asString()).isEqualTo("2019-10-01T09:30:00+06:30");
    act(CHIANG_RAI, caseId, action("START_HANDOVER"));
    awaitState(TACHILEIK, caseId, "IN_PROGRESS");

    // and Tachileik confirms reception, reports follow-up and closes
    act(TACHILEIK, caseId, action("CONFIRM_RECEPTION"));
    awaitState(TACHILEIK, caseId, "COMPLETED");
    act(TACHILEIK, caseId, new ActionInput("REPORT_FOLLOW_UP", null, TextDraft.of("en", "Back with family in Tachileik; vocational training started"),
        null, null));
    awaitState(TACHILEIK, caseId, "FOLLOW_UP");
    act(TACHILEIK, caseId, action("CLOSE"));

    // then both parties hold the same closed case, with the same history
    JsonNode atChiangRai = awaitState(CHIANG_RAI, caseId, "CLOSED");
    JsonNode atTachileik = awaitState(TACHILEIK, caseId, "CLOSED");
    assertThat(history(atTachileik)).isEqualTo(history(atChiangRai)).containsExactly(
        "RECORD:REFER->REQUESTED", "RECORD:RECEIVE->RECEIVED", "RECORD:RECORD_VERIFICATION->RECEIVED", "RECORD:RECORD_VERIFICATION->RECEIVED",
        "RECORD:ACCEPT->ACCEPTED", "RECORD:SCHEDULE_HANDOVER->READY", "RECORD:START_HANDOVER->IN_PROGRESS", "RECORD:CONFIRM_RECEPTION->COMPLETED",
        "RECORD:REPORT_FOLLOW_UP->FOLLOW_UP", "RECORD:CLOSE->CLOSED");
    assertThat(atTachileik.get("verifications")).extracting(v -> v.get("outcome").asString()).containsExactly("CONFIRMED", "FAMILY_FOUND");
    // and both parties, and only they, can read the identity
    for (String party : List.of(CHIANG_RAI, TACHILEIK)) {
      JsonNode identity = read(party, "/api/cases/" + caseId + "/identity").json();
      assertThat(identity.get("names")).extracting(JsonNode::asString).containsExactly(NAME_TH, NAME_MY);
    }
  }

  @Test
  void aRejectionNeedsAReasonAndTheSenderIsToldIt() {
    String caseId = referAndAwaitReceived(referral(newReference(), TACHILEIK, 30, null, "PERSON"));

    Response noReason = act(TACHILEIK, caseId, action("REJECT"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().at("/errors/0/field").asString()).isEqualTo("reason");

    act(TACHILEIK, caseId, new ActionInput("REJECT", TextDraft.of("en", "Nationality not confirmed: no record in Tachileik registry"), null, null,
        null));

    JsonNode atChiangRai = awaitState(CHIANG_RAI, caseId, "REJECTED");
    assertThat(atChiangRai.at("/history/2/reason/text").asString()).isEqualTo("Nationality not confirmed: no record in Tachileik registry");
    assertThat(atChiangRai.get("allowedActions")).isEmpty();
  }

  @Test
  void theSenderMayRevokeBeforeAcceptanceButNotAfter() {
    String revoked = referAndAwaitReceived(referral(newReference(), TACHILEIK, 30, null, "PERSON"));
    assertThat(act(CHIANG_RAI, revoked, action("REVOKE")).status()).isEqualTo(200);
    awaitState(TACHILEIK, revoked, "CANCELLED");

    String accepted = referAndAwaitReceived(referral(newReference(), TACHILEIK, 30, null, "PERSON"));
    act(TACHILEIK, accepted, action("ACCEPT"));
    awaitState(CHIANG_RAI, accepted, "ACCEPTED");
    Response tooLate = act(CHIANG_RAI, accepted, action("REVOKE"));
    assertThat(tooLate.status()).isEqualTo(409);
    assertThat(tooLate.json().get("message").asString()).contains("is ACCEPTED").contains("th-cei (sheltering side) may not REVOKE")
        .contains("only before the case is accepted");
  }

  @Test
  void referringTheSameShelterFileTwiceMakesOneCase() {
    String reference = newReference();
    String caseId = referAndAwaitReceived(referral(reference, TACHILEIK, 30, null, "PERSON"));

    Response again = refer(referral(reference, TACHILEIK, 30, null, "PERSON"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("message").asString()).contains("already referred as case " + caseId);
    long copies = read(TACHILEIK, "/api/cases").json().valueStream().filter(c -> c.get("caseId").asString().equals(caseId)).count();
    assertThat(copies).isEqualTo(1);
  }

  @Test
  void whenBothSidesActAtOnceOneWinsAndBothAgree() throws Exception {
    // given a received case
    String caseId = referAndAwaitReceived(referral(newReference(), TACHILEIK, 30, null, "PERSON"));

    // when Chiang Rai revokes while Tachileik accepts, and a second Tachileik officer accepts too
    CompletableFuture<Response> revoke = CompletableFuture.supplyAsync(() -> act(CHIANG_RAI, caseId, action("REVOKE")));
    CompletableFuture<Response> accept = CompletableFuture.supplyAsync(() -> act(TACHILEIK, caseId, action("ACCEPT")));
    CompletableFuture<Response> acceptAgain = CompletableFuture.supplyAsync(
        () -> federation.postJson(TACHILEIK, "/api/cases/" + caseId + "/actions", action("ACCEPT"), "repatriation-mm-tcl-2"));
    CompletableFuture.allOf(revoke, accept, acceptAgain).get();

    // then the case has one outcome, the same on both sides, and every other attempt was refused with its rule
    JsonNode atChiangRai = await().atMost(DELIVERY).until(() -> read(CHIANG_RAI, "/api/cases/" + caseId).json(),
        c -> c.get("pending").isEmpty() && !c.get("state").asString().equals("RECEIVED"));
    String outcome = atChiangRai.get("state").asString();
    assertThat(outcome).isIn("CANCELLED", "ACCEPTED");
    JsonNode atTachileik = awaitState(TACHILEIK, caseId, outcome);
    assertThat(history(atTachileik)).isEqualTo(history(atChiangRai));
    long recordedOutcomes = history(atChiangRai).stream().filter(s -> s.equals("RECORD:REVOKE->CANCELLED") || s.equals("RECORD:ACCEPT->ACCEPTED")).count();
    assertThat(recordedOutcomes).isEqualTo(1);
    long refusedAccepts = history(atChiangRai).stream().filter(s -> s.startsWith("REFUSAL:ACCEPT")).count();
    long localRefusals = List.of(revoke.get(), accept.get(), acceptAgain.get()).stream().filter(r -> r.status() == 409).count();
    assertThat(refusedAccepts + localRefusals).as("two of the three attempts lose").isEqualTo(2);
  }

  @Test
  void anOutOfOrderOrReplayedStepChangesNothingTwice() {
    // given an accepted case
    String caseId = referAndAwaitReceived(referral(newReference(), TACHILEIK, 30, null, "PERSON"));
    act(TACHILEIK, caseId, action("ACCEPT"));
    JsonNode accepted = awaitState(TACHILEIK, caseId, "ACCEPTED");
    long seq = accepted.get("sequence").asLong();

    // when Chiang Rai's node publishes step seq+2 before step seq+1, then seq+1 twice
    PlatformNode chiangRai = federation.bean(CHIANG_RAI, PlatformNode.class);
    CaseAction schedule = step(chiangRai, caseId, seq + 1, CaseActionType.SCHEDULE_HANDOVER, "ACCEPTED", "READY");
    CaseAction start = step(chiangRai, caseId, seq + 2, CaseActionType.START_HANDOVER, "READY", "IN_PROGRESS");
    chiangRai.publisher().publish(start, List.of(TACHILEIK));
    chiangRai.publisher().publish(schedule, List.of(TACHILEIK));
    chiangRai.publisher().publish(schedule, List.of(TACHILEIK));

    // then Tachileik applies them in their order, once each
    JsonNode inProgress = awaitState(TACHILEIK, caseId, "IN_PROGRESS");
    assertThat(history(inProgress)).endsWith("RECORD:SCHEDULE_HANDOVER->READY", "RECORD:START_HANDOVER->IN_PROGRESS");
    assertThat(inProgress.get("sequence").asLong()).isEqualTo(seq + 2);
    assertThat(inProgress.get("history").size()).isEqualTo(accepted.get("history").size() + 2);
  }

  private static CaseAction step(PlatformNode node, String caseId, long sequence, CaseActionType action, String from, String to) {
    return CaseAction.newBuilder()
        .setEnvelope(node.envelopes().envelope(CaseAction.getClassSchema(), caseId, sequence, "repatriation-cei-021", Role.REPATRIATION_OFFICER,
            org.saphan.platform.envelope.Causation.start()))
        .setCaseId(caseId).setKind(ActionKind.RECORD).setAction(action).setActorNode(CHIANG_RAI).setBasedOnSequence(sequence - 1)
        .setFromState(from).setToState(to).build();
  }

  @Test
  void aChildNeedsAGuardiansConsentAndAGuardianOrSocialWorkerEscort() {
    // a child referred with her own consent is refused
    Response ownConsent = refer(referral(newReference(), TACHILEIK, 15, null, "PERSON"));
    assertThat(ownConsent.status()).isEqualTo(400);
    assertThat(ownConsent.json().at("/errors/0/rule").asString()).contains("consent must be given by a guardian");

    // given an unaccompanied 15-year-old referred with a guardian's consent
    String caseId = referAndAwaitReceived(referral(newReference(), TACHILEIK, 15, null, "GUARDIAN"));
    JsonNode preview = read(TACHILEIK, "/api/cases/" + caseId).json();
    assertThat(preview.get("child").asBoolean()).isTrue();
    assertThat(preview.get("unaccompaniedMinor").asBoolean()).isTrue();
    assertThat(preview.get("ageYears").asInt()).isEqualTo(15);
    act(TACHILEIK, caseId, action("ACCEPT"));
    awaitState(CHIANG_RAI, caseId, "ACCEPTED");

    // when the handover plan has only a police officer as escort, it is refused
    Response officerOnly = act(CHIANG_RAI, caseId, new ActionInput("SCHEDULE_HANDOVER", null, null,
        plan(List.of(new EscortInput("Pol. Capt. Example", "OFFICER", "Mae Sai Police"))), null));
    assertThat(officerOnly.status()).isEqualTo(400);
    assertThat(officerOnly.json().at("/errors/0/rule").asString()).contains("GUARDIAN or SOCIAL_WORKER");

    // and with a social worker it is scheduled
    Response withSocialWorker = act(CHIANG_RAI, caseId, new ActionInput("SCHEDULE_HANDOVER", null, null,
        plan(List.of(new EscortInput("Ms. Social Worker", "SOCIAL_WORKER", "Chiang Rai Shelter for Children and Families"))), null));
    assertThat(withSocialWorker.status()).as(withSocialWorker.toString()).isEqualTo(200);
    awaitState(TACHILEIK, caseId, "READY");
  }

  @Test
  void theListOfPersonsMustBeSharedDaysBeforeTheHandover() {
    String caseId = referAndAwaitReceived(referral(newReference(), TACHILEIK, 30, null, "PERSON"));
    act(TACHILEIK, caseId, action("ACCEPT"));
    awaitState(CHIANG_RAI, caseId, "ACCEPTED");

    Response tooSoon = act(CHIANG_RAI, caseId, new ActionInput("SCHEDULE_HANDOVER", null, null, new HandoverPlanInput(
        "Mae Sai-Tachileik Friendship Bridge No. 1", "2019-10-01T10:00:00+07:00", List.of(new EscortInput("Escort", "OFFICER", "PSDHS")),
        "PASSPORT", "2019-09-30T10:00:00+07:00"), null));

    assertThat(tooSoon.status()).isEqualTo(400);
    assertThat(tooSoon.json().at("/errors/0/rule").asString()).contains("at least 3 days before");
  }

  @Test
  void houayxayHoldsNoTraceOfAThaiMyanmarCaseAndCouldNotReadItsIdentity() {
    String caseId = referAndAwaitReceived(referral(newReference(), TACHILEIK, 30, null, "PERSON"));
    act(TACHILEIK, caseId, action("ACCEPT"));
    awaitState(CHIANG_RAI, caseId, "ACCEPTED");
    // a later case to Houayxay proves Houayxay's flow is live
    String laoCase = referAndAwaitReceived(referral(newReference(), HOUAYXAY, 30, null, "PERSON"));

    KafkaAccess houayxay = federation.sandbox().administratorAccess(NodeId.of(HOUAYXAY));
    assertThat(ClusterScan.find(houayxay, caseId).hits()).isEmpty();
    assertThat(ClusterScan.find(houayxay, laoCase).hits()).isNotEmpty();
    assertThat(read(HOUAYXAY, "/api/cases/" + caseId).status()).isEqualTo(404);
    // names never travel in clear, not even to the parties
    for (String node : List.of(CHIANG_RAI, TACHILEIK, HOUAYXAY)) {
      assertThat(ClusterScan.find(federation.sandbox().administratorAccess(NodeId.of(node)), NAME_TH.getBytes(StandardCharsets.UTF_8)).hits())
          .as("clear names on " + node).isEmpty();
    }
    // and even holding the sealed bytes, Houayxay's key does not open them
    var sealed = federation.bean(TACHILEIK, RepatriationService.class).get(caseId).referral().getSealedIdentity();
    var k = keys.get(HOUAYXAY);
    Map<String, String> publicKeys = new HashMap<>();
    keys.forEach((n, g) -> publicKeys.put(n, g.publicKeysetBase64()));
    IdentitySealer houayxaySealer = new IdentitySealer(SealingKeys.of(HOUAYXAY, k.privateKeysetBase64(), publicKeys));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> houayxaySealer.open(sealed, caseId)).isInstanceOf(SealedIdentityException.class)
        .hasMessageNotContaining(NAME_TH);
  }

  /**
   * After every other scenario of the class (referrals, identities opened by both parties, refusals,
   * dead letters, restarts): no byte of any topic of any node, dead-letter topics included, and no
   * line any application logged (Saphan's own code at DEBUG), holds any part of a victim's identity.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void noIdentityInAnyTopicByteOrLogLineAfterTheWholeRun() {
    List<String> identity = List.of(NAME_TH, NAME_MY, "CI-77-1234", "shelter-cei/2562/0012");
    List<String> lines = CapturedLogLines.lines();
    assertThat(lines).as("the capture works").anySatisfy(l -> assertThat(l).contains("dead-lettering"));
    for (String part : identity) {
      assertThat(lines).as("log lines holding " + part).noneSatisfy(l -> assertThat(l).contains(part));
      for (String node : List.of(CHIANG_RAI, TACHILEIK, HOUAYXAY)) {
        assertThat(ClusterScan.find(federation.sandbox().administratorAccess(NodeId.of(node)), part.getBytes(StandardCharsets.UTF_8)).hits())
            .as(part + " on " + node).isEmpty();
      }
    }
  }

  @Test
  void aCaseIsFoundBySearchAtItsTwoPartiesOnlyAndNeverByTheVictimsName() {
    String caseId = referAndAwaitReceived(referral(newReference(), TACHILEIK, 30, null, "PERSON"));

    // "แม่สาย" (Mae Sai) is a word inside the unspaced Thai summary
    for (String node : List.of(CHIANG_RAI, TACHILEIK)) {
      List<String> found = await().atMost(DELIVERY).until(() -> casesFound(node, "แม่สาย"), ids -> ids.contains(caseId));
      assertThat(found).as(node).contains(caseId);
    }
    assertThat(casesFound(HOUAYXAY, "แม่สาย")).doesNotContain(caseId);
    // an alert officer of a party finds nothing of it: the texts of cases are for those who handle, audit or translate them
    assertThat(found(CHIANG_RAI, "แม่สาย", "officer-cei-017")).doesNotContain(caseId);
    assertThat(found(CHIANG_RAI, "แม่สาย", "translator-cei-2")).contains(caseId);
    assertThat(federation.getAs(CHIANG_RAI, "/api/texts?aggregate=" + caseId, "officer-cei-017").json()).isEmpty();
    assertThat(federation.getAs(CHIANG_RAI, "/api/texts?aggregate=" + caseId, "auditor-cei-1").json()).isNotEmpty();
    // the name is sealed: no index holds it
    for (String node : List.of(CHIANG_RAI, TACHILEIK, HOUAYXAY)) {
      assertThat(casesFound(node, NAME_TH)).as(node).isEmpty();
      assertThat(casesFound(node, NAME_MY)).as(node).isEmpty();
    }
  }

  private static List<String> casesFound(String node, String query) {
    return found(node, query, "repatriation-" + node + "-1");
  }

  private static List<String> found(String node, String query, String officer) {
    Response response = federation.getAs(node, "/api/search?limit=200&q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8), officer);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    response.json().forEach(hit -> ids.add(hit.at("/text/aggregateId").asString()));
    return ids;
  }

  @Test
  void aCaseBetweenChiangRaiAndHouayxayLeavesNoTraceInTachileik() {
    String caseId = referAndAwaitReceived(referral(newReference(), HOUAYXAY, 30, null, "PERSON"));
    act(HOUAYXAY, caseId, action("ACCEPT"));
    awaitState(CHIANG_RAI, caseId, "ACCEPTED");
    assertThat(read(HOUAYXAY, "/api/cases/" + caseId + "/identity").json().get("names").get(0).asString()).isEqualTo(NAME_TH);

    assertThat(ClusterScan.find(federation.sandbox().administratorAccess(NodeId.of(TACHILEIK)), caseId).hits()).isEmpty();
    assertThat(read(TACHILEIK, "/api/cases/" + caseId).status()).isEqualTo(404);
  }

  @Test
  void badInputGetsAPrecise400AndNothingIsSent() {
    int before = read(TACHILEIK, "/api/cases").json().size();
    ReferralInput noConsent = new ReferralInput(newReference(), TACHILEIK, TextDraft.of("th", SUMMARY), "MM", null,
        new IdentityInput(List.of(NAME_TH), "1999-01-01", null, List.of(), null), false, null);
    Response refused = refer(noConsent);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asString()).containsExactly("consent");

    Response unknownNode = refer(referral(newReference(), "mm-mwd", 30, null, "PERSON"));
    assertThat(unknownNode.status()).isEqualTo(400);
    assertThat(unknownNode.json().at("/errors/0/rule").asString()).contains("unknown node");

    Response malformed = federation.post(CHIANG_RAI, "/api/cases", "application/json", "{\"shelterReference\": ", "repatriation-cei-021");
    assertThat(malformed.status()).isEqualTo(400);

    Response unknownCase = act(CHIANG_RAI, "TH-CEI-RP-NOPE", action("ACCEPT"));
    assertThat(unknownCase.status()).isEqualTo(404);
    String received = referAndAwaitReceived(referral(newReference(), TACHILEIK, 30, null, "PERSON"));
    Response unknownAction = act(TACHILEIK, received, action("TELEPORT"));
    assertThat(unknownAction.status()).isEqualTo(400);
    assertThat(unknownAction.json().at("/errors/0/field").asString()).isEqualTo("action");
    assertThat(read(TACHILEIK, "/api/cases").json().size()).as("only the one valid referral arrived").isEqualTo(before + 1);
  }

  @Test
  void aRequestMadeWhileTheShelteringNodeIsDownIsDecidedWhenItReturns() {
    // given a received case, and Chiang Rai's service stopped
    String caseId = referAndAwaitReceived(referral(newReference(), TACHILEIK, 30, null, "PERSON"));
    federation.stopNode(CHIANG_RAI);
    try {
      // when Tachileik accepts meanwhile
      assertThat(act(TACHILEIK, caseId, action("ACCEPT")).status()).isEqualTo(202);
      assertThat(read(TACHILEIK, "/api/cases/" + caseId).json().get("pending")).hasSize(1);
    } finally {
      federation.startNode(CHIANG_RAI);
    }

    // then Chiang Rai, rebuilt from its log, records it once and both sides agree
    JsonNode atChiangRai = awaitState(CHIANG_RAI, caseId, "ACCEPTED");
    awaitState(TACHILEIK, caseId, "ACCEPTED");
    assertThat(history(atChiangRai).stream().filter(s -> s.equals("RECORD:ACCEPT->ACCEPTED")).count()).isEqualTo(1);
  }

  @Test
  void aRequestFromANodeThatIsNotAPartyGoesToTheDeadLetterTopic() {
    // given a Thai-Myanmar case
    String caseId = referAndAwaitReceived(referral(newReference(), TACHILEIK, 30, null, "PERSON"));

    // when Houayxay, bypassing its API, sends Chiang Rai a request to accept it
    PlatformNode houayxay = federation.bean(HOUAYXAY, PlatformNode.class);
    CaseAction forged = CaseAction.newBuilder()
        .setEnvelope(houayxay.envelopes().envelope(CaseAction.getClassSchema(), caseId, 2, "repatriation-hxy-1", Role.REPATRIATION_OFFICER,
            org.saphan.platform.envelope.Causation.start()))
        .setCaseId(caseId).setKind(ActionKind.REQUEST).setAction(CaseActionType.ACCEPT).setActorNode(HOUAYXAY).setBasedOnSequence(2).build();
    houayxay.publisher().publish(forged, List.of(CHIANG_RAI));

    // then Chiang Rai parks it with its reason, the case is untouched, and the service goes on
    String dlt = "la-hxy.bcc.th-cei.repatriation.v1-dlt";
    await().atMost(DELIVERY).until(() -> ClusterScan.find(federation.sandbox().administratorAccess(NodeId.of(CHIANG_RAI)),
        forged.getEnvelope().getEventId()).hits(), hits -> hits.stream().anyMatch(h -> h.startsWith(dlt)));
    assertThat(ClusterScan.find(federation.sandbox().administratorAccess(NodeId.of(CHIANG_RAI)), "NOT_A_PARTY").hits())
        .anyMatch(h -> h.startsWith(dlt));
    assertThat(read(CHIANG_RAI, "/api/cases/" + caseId).json().get("state").asString()).isEqualTo("RECEIVED");
    act(TACHILEIK, caseId, action("ACCEPT"));
    awaitState(CHIANG_RAI, caseId, "ACCEPTED");
  }
}
