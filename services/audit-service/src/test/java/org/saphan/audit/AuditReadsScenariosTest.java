package org.saphan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.saphan.audit.cli.AuditCli;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.saphan.platform.audit.ExportWriter;
import org.saphan.platform.audit.LoggedRecord;
import org.saphan.platform.kafka.KafkaAccess;
import org.saphan.platform.kafka.KafkaDefaults;
import java.nio.ByteBuffer;
import org.saphan.platform.chain.ChainHead;
import org.saphan.platform.chain.ChainLink;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.kafka.ChainHeaders;
import org.saphan.platform.kafka.DeadLetters;
import org.saphan.platform.kafka.EventSignatures;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.kafka.PublishedEvent;
import org.saphan.platform.signing.NodeKeys;
import org.saphan.platform.signing.SigningKey;
import org.saphan.platform.signing.Statements;
import org.saphan.platform.topic.Audience;
import org.saphan.schema.checkpoint.ChainCheckpointed;
import org.saphan.schema.common.Role;
import org.saphan.platform.kafka.NodeLog;
import org.saphan.platform.audit.ExportedEvent;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.alerts.draft.AreaDraft;
import org.saphan.alerts.draft.InfoDraft;
import org.saphan.alerts.scenario.ServiceFederation;
import org.saphan.alerts.scenario.ServiceFederation.Response;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.text.TextDraft;
import org.saphan.sandbox.inspect.ClusterScan;
import tools.jackson.databind.JsonNode;

/**
 * Auditors at Tachileik export what Chiang Rai sent them, through the real path; every read is
 * itself an event on Tachileik's own audit stream, which never leaves Tachileik.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditReadsScenariosTest {

  private static final String CHIANG_RAI = "th-cei";
  private static final String TACHILEIK = "mm-tcl";
  private static final String AUDITOR = "auditor-tcl-1";

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

  private static String sendAlertToTachileik() {
    String id = "TH-CEI-AUDIT-" + UUID.randomUUID().toString().substring(0, 8);
    InfoDraft info = new InfoDraft("th", List.of("Security"), TextDraft.of("th", "การลักลอบเข้าเมือง"), List.of("Monitor"), "Immediate",
        "Severe", "Likely", TextDraft.of("th", "เฝ้าระวังบริเวณสะพานมิตรภาพ"), null, null, null, null,
        List.of(new AreaDraft(TextDraft.of("th", "แม่สาย"), List.of(), List.of("20.4487,99.8812 1.0"), List.of())));
    AlertDraft draft = new AlertDraft(id, null, "2019-09-24T09:00:00+07:00", "Exercise", "Alert", "Private", null, List.of(TACHILEIK), List.of(),
        List.of(), null, List.of(info));
    Response sent = federation.postJson(CHIANG_RAI, "/api/alerts", draft, "officer-cei-017");
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    await().atMost(Duration.ofSeconds(30)).until(() -> federation.get(TACHILEIK, "/api/alerts/" + id).status() == 200);
    return id;
  }

  @Test
  void anExportIsAnsweredAndRecordedWithTheAuditorAndTheHashOfWhatTheyGot() throws Exception {
    String id = sendAlertToTachileik();

    Response export = federation.getAs(TACHILEIK, "/api/audit/export?streams=alert&aggregate=" + id, AUDITOR);

    assertThat(export.status()).as(export.toString()).isEqualTo(200);
    List<JsonNode> lines = export.body().lines().map(l -> federation.json().readTree(l)).toList();
    List<JsonNode> selected = lines.stream().filter(l -> l.get("selected").asBoolean()).toList();
    assertThat(selected).hasSize(1);
    JsonNode line = selected.get(0);
    // the rest of Chiang Rai's lane to Tachileik comes as links only: no key, no content, no bytes
    assertThat(lines).filteredOn(l -> !l.get("selected").asBoolean()).allSatisfy(link -> {
      assertThat(link.get("valueBase64").isNull()).isTrue();
      assertThat(link.get("eventJson").isNull()).isTrue();
      assertThat(link.get("valueSha256").asString()).hasSize(64);
      assertThat(link.get("origin").asString() + ">" + link.get("audience").asString()).isEqualTo("th-cei>mm-tcl");
    });
    assertThat(line.get("origin").asString()).isEqualTo(CHIANG_RAI);
    assertThat(line.get("aggregateId").asString()).isEqualTo(id);
    assertThat(line.get("valueBase64").asString()).isNotBlank();

    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(export.body().getBytes(StandardCharsets.UTF_8)));
    JsonNode reads = federation.getAs(TACHILEIK, "/api/audit/reads", AUDITOR).json();
    JsonNode recorded = StreamSupport.stream(reads.spliterator(), false)
        .filter(r -> r.get("request").asString().contains("aggregate=" + id)).findFirst().orElseThrow();
    assertThat(recorded.get("auditor").asString()).isEqualTo(AUDITOR);
    assertThat(recorded.get("kind").asString()).isEqualTo("EXPORT");
    assertThat(recorded.get("status").asInt()).isEqualTo(200);
    assertThat(recorded.get("resultCount").asLong()).isEqualTo(1);
    assertThat(recorded.get("resultSha256").asString()).isEqualTo(sha);

    // the record of the read stays at Tachileik: Chiang Rai's cluster holds no byte of it
    String readEventId = recorded.get("eventId").asString();
    assertThat(ClusterScan.find(federation.sandbox().administratorAccess(NodeId.of(TACHILEIK)), readEventId).hits()).isNotEmpty();
    assertThat(ClusterScan.find(federation.sandbox().administratorAccess(NodeId.of(CHIANG_RAI)), readEventId).hits()).isEmpty();
  }

  @Test
  void aReadWithoutAnAuditorIsRefusedAndBadSelectionsAreRefusedAndRecorded() {
    Response anonymous = federation.getWithoutToken(TACHILEIK, "/api/audit/export?streams=alert");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().get("message").asString()).contains("Authorization: Bearer");
    Response officer = federation.get(TACHILEIK, "/api/audit/export?streams=alert");
    assertThat(officer.status()).isEqualTo(403);
    assertThat(officer.json().get("message").asString()).contains("is for AUDITOR").contains("holds OFFICER");

    Response bad = federation.getAs(TACHILEIK, "/api/audit/export?streams=alert,gossip&from=yesterday&origin=mm-mwd&format=pdf", AUDITOR);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").findValues("field")).extracting(JsonNode::asString)
        .containsExactlyInAnyOrder("streams", "from", "origin", "format");

    JsonNode reads = federation.getAs(TACHILEIK, "/api/audit/reads", AUDITOR).json();
    assertThat(reads.findValues("request")).extracting(JsonNode::asString).anySatisfy(r -> assertThat(r).contains("gossip"));
    assertThat(reads.findValues("request")).extracting(JsonNode::asString).noneSatisfy(r -> assertThat(r).isEqualTo(
        "GET /api/audit/export?streams=alert"));
  }

  @Test
  void anExportTakenWithTheCommandLineVerifiesOfflineAndATamperedCopyIsPinpointed(@TempDir Path dir) throws Exception {
    String id = sendAlertToTachileik();
    Path file = dir.resolve("mm-tcl.jsonl");
    StringWriter out = new StringWriter();
    PrintWriter printer = new PrintWriter(out, true);
    PrintWriter errors = new PrintWriter(new StringWriter(), true);

    int exported = AuditCli.run(printer, errors, "export", "--url", federation.baseUrl(TACHILEIK), "--token-file",
        tokenFile(dir, TACHILEIK).toString(), "--streams", "alert", "--aggregate", id, "--out", file.toString());
    assertThat(exported).as(out.toString()).isEqualTo(AuditCli.VERIFIED);
    String keys = AuditedFederation.registryKeys(federation, dir).toString();
    assertThat(AuditCli.run(printer, errors, "verify", file.toString(), "--keys", keys)).as(out.toString()).isEqualTo(AuditCli.VERIFIED);
    assertThat(out.toString()).contains("lane th-cei>mm-tcl").contains("VERDICT: INTACT");

    // one byte of the alert changed in the auditor's copy: caught at its lane, sequence and line
    List<ExportedEvent> events = new ArrayList<>(ExportWriter.readJsonLines(Files.newBufferedReader(file, StandardCharsets.UTF_8)));
    int line = 0;
    while (!events.get(line).selected()) {
      line++;
    }
    ExportedEvent alert = events.get(line);
    byte[] value = alert.value();
    value[value.length - 1] ^= 1;
    events.set(line, new ExportedEvent(true, alert.topic(), alert.partition(), alert.offset(), alert.timestamp(), alert.origin(),
        alert.audience(), alert.stream(), alert.key(), alert.eventType(), alert.eventId(), alert.aggregateId(), alert.aggregateSequence(),
        alert.occurredAt(), alert.authorNode(), alert.authorOfficerId(), alert.headers(), alert.valueSha256(),
        Base64.getEncoder().encodeToString(value), alert.eventJson(), alert.decodeError()));
    Path tampered = dir.resolve("tampered.jsonl");
    try (var writer = Files.newBufferedWriter(tampered, StandardCharsets.UTF_8)) {
      ExportWriter.jsonLines(events, writer);
    }
    out.getBuffer().setLength(0);
    assertThat(AuditCli.run(printer, errors, "verify", tampered.toString(), "--keys", keys)).isEqualTo(AuditCli.FINDINGS);
    assertThat(out.toString()).contains("CHANGED th-cei>mm-tcl#" + alert.headers().get("saphan_chain_seq"))
        .contains("line " + (line + 1) + ",").contains("VERDICT: TAMPERED");
  }

  @Test
  @Order(Integer.MAX_VALUE - 3) // restarts every node
  void aRotatedSigningKeySignsWhatFollowsAndWhatTheOldKeySignedStillVerifies() {
    String before = sendAlertToTachileik();
    String oldKey = federation.platform(CHIANG_RAI).settings().keys().own().orElseThrow().keyId();

    federation.rotateSigningKey(CHIANG_RAI);
    for (String node : AuditedFederation.NODES) {
      federation.stopNode(node);
      federation.startNode(node);
    }
    String after = sendAlertToTachileik();

    // Tachileik rebuilt its views from its log at restart, verifying every record: the alert signed with the old key is there
    assertThat(federation.get(TACHILEIK, "/api/alerts/" + before).status()).isEqualTo(200);
    String newKey = federation.platform(CHIANG_RAI).settings().keys().own().orElseThrow().keyId();
    assertThat(newKey).isNotEqualTo(oldKey);
    JsonNode verified = federation.getAs(TACHILEIK, "/api/audit/verify", AUDITOR).json();
    assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
    List<String> keysOfChiangRai = NodeLog.read(federation.sandbox().access(NodeId.of(TACHILEIK)),
            List.of(org.saphan.platform.topic.Stream.ALERT), Duration.ofSeconds(30)).stream()
        .filter(r -> r.topic().startsWith("th-cei.")).map(r -> r.headers().get(EventSignatures.KEY_ID)).distinct().toList();
    assertThat(keysOfChiangRai).contains(oldKey, newKey);
    assertThat(federation.get(TACHILEIK, "/api/alerts/" + after).status()).isEqualTo(200);
  }

  @Test
  @Order(Integer.MAX_VALUE - 2) // before the forgeries
  void eachLaneCheckpointIsCosignedByEveryOtherNodeAndAnExportVerifiesItsSignaturesOffline(@TempDir Path dir) throws Exception {
    String id = sendAlertToTachileik();

    List<PublishedEvent> checkpoints = federation.platform(CHIANG_RAI).checkpoints().orElseThrow().checkpointNow();

    assertThat(checkpoints).extracting(PublishedEvent::topic).contains("bcc.all.checkpoint.v1", "bcc.mm-tcl.checkpoint.v1");
    // a lane that has not moved since its checkpoint is not checkpointed again
    assertThat(federation.platform(CHIANG_RAI).checkpoints().orElseThrow().checkpointNow()).isEmpty();
    // Chiang Rai's lane to all is cosigned by Tachileik and Houayxay, its lane to Tachileik by Tachileik alone
    JsonNode verified = await().atMost(Duration.ofSeconds(60)).until(() -> federation.getAs(CHIANG_RAI, "/api/audit/verify", AUDITOR).json(),
        v -> cosigners(v, "th-cei>all").equals(List.of("la-hxy", "mm-tcl")) && cosigners(v, "th-cei>mm-tcl").equals(List.of("mm-tcl")));
    assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
    assertThat(verified.get("checkpoints")).allSatisfy(c -> {
      assertThat(c.get("signed").asBoolean()).isTrue();
      assertThat(c.get("onChain").asBoolean()).isTrue();
    });
    // Tachileik checkpoints its lanes (its receipts went to Chiang Rai) and Chiang Rai cosigns them, announcing the cosignature
    // schema on its lane to all the first time; after one more checkpoint for that, only checkpoints and cosignatures move the
    // lanes, and the nodes fall quiet instead of checkpointing each other's cosignatures forever
    assertThat(federation.platform(TACHILEIK).checkpoints().orElseThrow().checkpointNow()).extracting(PublishedEvent::topic)
        .contains("bcc.th-cei.checkpoint.v1");
    await().atMost(Duration.ofSeconds(60)).until(() -> federation.getAs(TACHILEIK, "/api/audit/verify", AUDITOR).json(),
        v -> List.of("th-cei").equals(cosigners(v, "mm-tcl>th-cei")));
    assertThat(federation.platform(CHIANG_RAI).checkpoints().orElseThrow().checkpointNow()).extracting(PublishedEvent::topic)
        .isSubsetOf("bcc.all.checkpoint.v1");
    await().atMost(Duration.ofSeconds(60)).until(() -> federation.getAs(CHIANG_RAI, "/api/audit/verify", AUDITOR).json(),
        v -> List.of("la-hxy", "mm-tcl").equals(cosigners(v, "th-cei>all")));
    assertThat(federation.platform(CHIANG_RAI).checkpoints().orElseThrow().checkpointNow()).isEmpty();
    assertThat(federation.platform(TACHILEIK).checkpoints().orElseThrow().checkpointNow()).extracting(PublishedEvent::topic)
        .isSubsetOf("bcc.all.checkpoint.v1"); // its own first cosignature's announcement, if not checkpointed before
    assertThat(federation.platform(TACHILEIK).checkpoints().orElseThrow().checkpointNow()).isEmpty();

    // the auditors' command line gives the same verdict from the live node
    StringWriter live = new StringWriter();
    assertThat(AuditCli.run(new PrintWriter(live, true), new PrintWriter(live, true), "verify", "--url", federation.baseUrl(CHIANG_RAI),
        "--token", federation.identityProvider().token(CHIANG_RAI, AUDITOR))).as(live.toString()).isEqualTo(AuditCli.VERIFIED);
    assertThat(live.toString()).containsPattern("checkpoint th-cei>all +#[0-9]+ +signed by key [0-9a-f]{16}, on the chain +cosigned by "
        + "la-hxy, mm-tcl\n").contains("VERDICT: INTACT");
    // Houayxay holds the lane to all and its cosignatures, and nothing of the lane to Tachileik
    JsonNode houayxay = await().atMost(Duration.ofSeconds(30)).until(() -> federation.getAs("la-hxy", "/api/audit/verify", AUDITOR).json(),
        v -> cosigners(v, "th-cei>all").equals(List.of("la-hxy", "mm-tcl")));
    assertThat(houayxay.get("intact").asBoolean()).as(houayxay.toString()).isTrue();
    assertThat(cosigners(houayxay, "th-cei>mm-tcl")).isNull();

    // Tachileik's auditor exports the alert: the lane's checkpoint and Tachileik's cosignature come with it, and verify offline
    Path file = dir.resolve("mm-tcl.jsonl");
    StringWriter out = new StringWriter();
    PrintWriter printer = new PrintWriter(out, true);
    StringWriter errorText = new StringWriter();
    PrintWriter errors = new PrintWriter(errorText, true);
    assertThat(AuditCli.run(printer, errors, "export", "--url", federation.baseUrl(TACHILEIK), "--token-file",
        tokenFile(dir, TACHILEIK).toString(), "--streams", "alert", "--aggregate", id, "--out", file.toString())).as(out.toString())
        .isEqualTo(AuditCli.VERIFIED);
    assertThat(AuditCli.run(printer, errors, "verify", file.toString())).isEqualTo(AuditCli.USAGE);
    assertThat(errorText.toString()).contains("--keys");

    Path keys = AuditedFederation.registryKeys(federation, dir);
    out.getBuffer().setLength(0);
    assertThat(AuditCli.run(printer, errors, "verify", file.toString(), "--keys", keys.toString())).as(out.toString())
        .isEqualTo(AuditCli.VERIFIED);
    assertThat(out.toString()).containsPattern("checkpoint th-cei>mm-tcl +#[0-9]+ +signed by key [0-9a-f]{16}, on the chain +cosigned by mm-tcl")
        .contains("every checkpoint and cosignature validly signed and on the chain");
  }

  /** The cosigners of the latest checkpoint of {@code lane} in a verify answer; null if the node holds none. */
  private static List<String> cosigners(JsonNode verify, String lane) {
    List<JsonNode> ofLane = StreamSupport.stream(verify.get("checkpoints").spliterator(), false)
        .filter(c -> (c.at("/lane/origin").asString() + ">" + c.at("/lane/audience").asString()).equals(lane)).toList();
    return ofLane.isEmpty() ? null : StreamSupport.stream(ofLane.get(ofLane.size() - 1).get("cosigners").spliterator(), false)
        .map(JsonNode::asString).toList();
  }

  @Test
  @Order(Integer.MAX_VALUE) // last: it forges a checkpoint into Chiang Rai's lane to Tachileik
  void aCheckpointForgedWithAnotherKeyIsRefusedByTheCosignerAndPinpointedByVerify() throws Exception {
    // someone with write access to Chiang Rai's cluster appends a checkpoint, correctly chained, claiming Chiang Rai's key
    PlatformNode chiangRai = federation.platform(CHIANG_RAI);
    ChainHead head = chiangRai.publisher().chainHead(Audience.node(NodeId.of(TACHILEIK)));
    String realKeyId = chiangRai.settings().keys().own().orElseThrow().keyId();
    SigningKey forgersKey = SigningKey.generate();
    ChainCheckpointed forged = ChainCheckpointed.newBuilder()
        .setEnvelope(chiangRai.envelopes().envelope(ChainCheckpointed.getClassSchema(), head.lane().toString(), head.sequence() + 1,
            "saphan-platform", Role.SYSTEM, Causation.start()))
        .setLaneAudience(TACHILEIK)
        .setSequence(head.sequence())
        .setLinkSha256(head.linkHex())
        .setKeyId(realKeyId)
        .setSignature(ByteBuffer.wrap(forgersKey.sign(Statements.checkpoint(CHIANG_RAI, TACHILEIK, head.sequence(), head.linkHex()))))
        .build();
    byte[] value = chiangRai.codec().encode(forged);
    ChainLink link = head.next(value);
    ProducerRecord<String, byte[]> record = new ProducerRecord<>("bcc.mm-tcl.checkpoint.v1", head.lane().toString(), value);
    ChainHeaders.write(record.headers(), link);
    // the record's own signature, too, by the forger's key under Chiang Rai's key id
    EventSignatures.sign(record.headers(), forgersKey, CHIANG_RAI, TACHILEIK, value);
    record.headers().remove(EventSignatures.KEY_ID);
    record.headers().add(EventSignatures.KEY_ID, realKeyId.getBytes(StandardCharsets.UTF_8));
    try (var producer = new KafkaProducer<String, byte[]>(KafkaDefaults.producer(federation.sandbox().administratorAccess(NodeId.of(CHIANG_RAI)),
        "forger"))) {
      producer.send(record).get();
    }

    // Tachileik refuses it before even decoding it (the record's own signature is forged) and so never cosigns it
    KafkaAccess tachileik = federation.sandbox().access(NodeId.of(TACHILEIK));
    List<LoggedRecord> parked = await().atMost(Duration.ofSeconds(60)).until(
        () -> NodeLog.readTopics(tachileik, "th-cei.bcc.mm-tcl.checkpoint.v1-dlt"::equals, Duration.ofSeconds(30)), r -> !r.isEmpty());
    assertThat(parked.get(0).headers()).containsEntry(DeadLetters.REASON, "FORGED_SIGNATURE");
    assertThat(parked.get(0).headers().get(DeadLetters.DETAIL)).contains("th-cei").contains(realKeyId);

    // and verify pinpoints it: SIGNATURE findings at the forged record's place, for the record and for the checkpoint it states;
    // the chain itself is unbroken
    JsonNode verify = federation.getAs(TACHILEIK, "/api/audit/verify", AUDITOR).json();
    assertThat(verify.get("intact").asBoolean()).isFalse();
    assertThat(verify.get("findings")).anySatisfy(f -> {
      assertThat(f.get("kind").asString()).isEqualTo("SIGNATURE");
      assertThat(f.at("/lane/origin").asString() + ">" + f.at("/lane/audience").asString()).isEqualTo("th-cei>mm-tcl");
      assertThat(f.get("sequence").asLong()).isEqualTo(head.sequence());
      assertThat(f.get("expected").asString()).startsWith("checkpoint signed by th-cei");
      assertThat(f.get("found").asString()).contains("forged or altered");
      assertThat(f.get("where").asString()).startsWith("th-cei.bcc.mm-tcl.checkpoint.v1-");
    });
    assertThat(verify.get("findings")).anySatisfy(f -> {
      assertThat(f.get("kind").asString()).isEqualTo("SIGNATURE");
      assertThat(f.get("sequence").asLong()).isEqualTo(link.sequence());
      assertThat(f.get("expected").asString()).isEqualTo("event signed by th-cei");
      assertThat(f.get("found").asString()).startsWith("FORGED_SIGNATURE");
    });
    // (the copy forged by the test before is still found at its own place)
    assertThat(verify.get("findings")).noneSatisfy(f -> {
      assertThat(f.get("kind").asString()).isIn("GAP", "CHANGED", "BROKEN", "CONFLICT");
      assertThat(f.get("sequence").asLong()).isEqualTo(link.sequence());
    });
    StringWriter live = new StringWriter();
    assertThat(AuditCli.run(new PrintWriter(live, true), new PrintWriter(live, true), "verify", "--url", federation.baseUrl(TACHILEIK),
        "--token", federation.identityProvider().token(TACHILEIK, AUDITOR))).isEqualTo(AuditCli.FINDINGS);
    assertThat(live.toString()).contains("NOT VALIDLY SIGNED").contains("SIGNATURE th-cei>mm-tcl#" + head.sequence())
        .contains("VERDICT: TAMPERED");
  }

  @Test
  @Order(Integer.MAX_VALUE - 1) // after the checkpoints: it forges a record into Chiang Rai's lane to Tachileik
  void theNodeVerifiesEveryLaneItHoldsLiveAndPinpointsAForgedCopy() throws Exception {
    sendAlertToTachileik();
    JsonNode clean = federation.getAs(TACHILEIK, "/api/audit/verify", AUDITOR).json();
    assertThat(clean.get("intact").asBoolean()).as(clean.toString()).isTrue();
    assertThat(clean.get("lanes").findValues("origin")).isNotEmpty();
    List<String> lanes = StreamSupport.stream(clean.get("lanes").spliterator(), false)
        .map(l -> l.at("/lane/origin").asString() + ">" + l.at("/lane/audience").asString()).toList();
    assertThat(lanes).contains("th-cei>mm-tcl", "th-cei>all", "mm-tcl>th-cei", "mm-tcl>mm-tcl");

    // someone with write access to Chiang Rai's cluster copies a record of the lane, one byte changed, headers kept
    KafkaAccess chiangRai = federation.sandbox().administratorAccess(NodeId.of(CHIANG_RAI));
    LoggedRecord original = NodeLog.read(chiangRai, List.of(org.saphan.platform.topic.Stream.ALERT), Duration.ofSeconds(30)).stream()
        .filter(r -> r.topic().equals("bcc.mm-tcl.alert.v1")).findFirst().orElseThrow();
    byte[] forged = original.value().clone();
    forged[forged.length - 1] ^= 1;
    ProducerRecord<String, byte[]> copy = new ProducerRecord<>("bcc.mm-tcl.alert.v1", original.key(), forged);
    original.headers().forEach((k, v) -> copy.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
    try (var producer = new KafkaProducer<String, byte[]>(KafkaDefaults.producer(chiangRai, "forger"))) {
      producer.send(copy).get();
    }
    String sequence = original.headers().get("saphan_chain_seq");

    JsonNode tampered = await().atMost(Duration.ofSeconds(30)).until(() -> federation.getAs(TACHILEIK, "/api/audit/verify", AUDITOR).json(),
        v -> !v.get("intact").asBoolean());
    assertThat(tampered.get("findings")).anySatisfy(f -> {
      assertThat(f.get("kind").asString()).isIn("CHANGED", "CONFLICT");
      assertThat(f.at("/lane/origin").asString() + ">" + f.at("/lane/audience").asString()).isEqualTo("th-cei>mm-tcl");
      assertThat(f.get("sequence").asString()).isEqualTo(sequence);
      assertThat(f.get("where").asString()).contains("th-cei.bcc.mm-tcl.alert.v1");
    });
  }

  @Test
  void auditorsCannotChangeAnything() {
    Response write = federation.post(TACHILEIK, "/api/audit/export", "application/json", "{}", AUDITOR);
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.json().get("message").asString()).contains("no access rule admits POST /api/audit/export");
    Response csv = federation.getAs(TACHILEIK, "/api/audit/export?streams=alert&format=csv&origin=th-cei", AUDITOR);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("origin,audience,stream");
  }

  /** The auditor's token for {@code node}, in a file, as an auditor keeps it for the command line. */
  private static Path tokenFile(Path dir, String node) throws java.io.IOException {
    return java.nio.file.Files.writeString(dir.resolve(node + "-auditor.jwt"), federation.identityProvider().token(node, AUDITOR) + "\n");
  }

}
