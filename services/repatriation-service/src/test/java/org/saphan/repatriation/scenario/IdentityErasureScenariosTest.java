package org.saphan.repatriation.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.saphan.alerts.scenario.ServiceFederation;
import org.saphan.alerts.scenario.ServiceFederation.Response;
import org.saphan.platform.text.TextDraft;
import org.saphan.repatriation.RepatriationServiceApplication;
import org.saphan.repatriation.input.ErasureInput;
import org.saphan.repatriation.input.ReferralInput;
import org.saphan.repatriation.input.ReferralInput.ConsentInput;
import org.saphan.repatriation.input.ReferralInput.DocumentInput;
import org.saphan.repatriation.input.ReferralInput.IdentityInput;
import org.saphan.repatriation.sealing.CaseKeyStore;
import org.saphan.repatriation.sealing.DataKeys;
import org.saphan.repatriation.sealing.SealedIdentityException;
import org.saphan.repatriation.sealing.SealingKeys;
import org.saphan.repatriation.service.RepatriationService;
import org.saphan.schema.repatriation.SealedIdentity;
import tools.jackson.databind.JsonNode;

/**
 * Erasing a victim's identity by destroying its case key (crypto-shredding), through REST, Kafka,
 * MirrorMaker 2 and both parties' case key stores: Chiang Rai refers two cases to Tachileik,
 * Tachileik erases the identity of one; both parties answer 410 for it while the case goes on;
 * restarts rebuild the views from Kafka without bringing the key back; and once both parties have
 * rotated their sealing keys and destroyed the old ones, the other case still opens from the
 * stores while nothing anywhere opens the erased one. One federation, scenarios in order.
 *
 * <p>Each node reads its sealing configuration from a file, as an operator keeps it, so that a
 * rotation is a new file and a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityErasureScenariosTest {

  private static final String CHIANG_RAI = "th-cei";
  private static final String TACHILEIK = "mm-tcl";
  private static final String HOUAYXAY = "la-hxy";
  private static final List<String> NODES = List.of(CHIANG_RAI, TACHILEIK, HOUAYXAY);
  private static final Duration DELIVERY = Duration.ofSeconds(30);
  // A fictitious test person.
  private static final String NAME_TH = "นางสาว ลบได้ ทดสอบ";
  private static final String NAME_MY = "မ ဖျက် စမ်းသပ်";
  private static final String DOCUMENT = "CI-99-4321";
  private static final String PHOTO = "photo://shelter-cei/2562/0099.jpg";
  private static final String REASON = "The person withdrew consent to keep her identity on file";

  @TempDir
  static Path dir;
  private static ServiceFederation federation;
  private static final Map<String, SealingKeys.GeneratedKeys> sealingKeys = new HashMap<>();
  private static final Map<String, String> storeKeys = new HashMap<>();
  /** The case whose identity Tachileik erases, and one that stays. */
  private static String erased;
  private static String kept;
  private static final Map<String, SealedIdentity> sealed = new HashMap<>();
  private static final List<byte[]> dataKeys = new ArrayList<>();

  @BeforeAll
  static void start() {
    Map<String, List<String>> perNode = new HashMap<>();
    for (String node : NODES) {
      sealingKeys.put(node, SealingKeys.generate(node));
      storeKeys.put(node, CaseKeyStore.newStoreKey());
      perNode.put(node, List.of("--spring.config.additional-location=file:" + configuration(node)));
    }
    writeConfigurations();
    federation = ServiceFederation.start(RepatriationServiceApplication.class, perNode, List.of());
  }

  @AfterAll
  static void stop() {
    if (federation != null) {
      federation.close();
    }
  }

  // ---- the operator's files ----------------------------------------------------------------

  private static Path configuration(String node) {
    return dir.resolve(node + "-sealing.properties");
  }

  private static Path store(String node) {
    return dir.resolve("case-keys").resolve(node);
  }

  /** Every node's sealing configuration: its private key and store, every node's public key. */
  private static void writeConfigurations() {
    for (String node : NODES) {
      Properties properties = new Properties();
      properties.setProperty(SealingKeys.PRIVATE_KEY_PROPERTY, sealingKeys.get(node).privateKeysetBase64());
      NODES.forEach(n -> properties.setProperty(SealingKeys.PUBLIC_KEYS_PROPERTY + "." + n, sealingKeys.get(n).publicKeysetBase64()));
      properties.setProperty(CaseKeyStore.DIRECTORY_PROPERTY, store(node).toString());
      properties.setProperty(CaseKeyStore.STORE_KEY_PROPERTY, storeKeys.get(node));
      try (Writer out = Files.newBufferedWriter(configuration(node))) {
        properties.store(out, "sealing configuration of " + node);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void restart(String... nodes) {
    for (String node : nodes) {
      federation.stopNode(node);
      federation.startNode(node);
    }
  }

  // ---- requests --------------------------------------------------------------------------------

  private static String refer() {
    ReferralInput referral = new ReferralInput("SH-" + UUID.randomUUID().toString().substring(0, 8), TACHILEIK,
        TextDraft.of("th", "ผู้เสียหายจากการค้ามนุษย์ สัญชาติเมียนมาร์ ประสงค์กลับบ้าน"), "MM", "IN_PROGRESS",
        new IdentityInput(List.of(NAME_TH, NAME_MY), "1996-02-29", null, List.of(new DocumentInput("CERTIFICATE_OF_IDENTITY", DOCUMENT, "MM")),
            PHOTO),
        false, new ConsentInput("PERSON", "2019-09-20T10:00:00+07:00", "share identity and case with mm-tcl for safe return"));
    Response referred = federation.postJson(CHIANG_RAI, "/api/cases", referral, "repatriation-cei-021");
    assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
    String caseId = referred.json().get("caseId").asString();
    for (String party : List.of(CHIANG_RAI, TACHILEIK)) {
      await().atMost(DELIVERY).until(() -> read(party, "/api/cases/" + caseId),
          r -> r.status() == 200 && r.json().get("state").asString().equals("RECEIVED") && r.json().get("pending").isEmpty());
    }
    return caseId;
  }

  private static Response read(String node, String path) {
    return federation.getAs(node, path, "repatriation-" + node + "-1");
  }

  private static Response identity(String node, String caseId) {
    return read(node, "/api/cases/" + caseId + "/identity");
  }

  private static Response erase(String node, String caseId, ErasureInput erasure) {
    return federation.postJson(node, "/api/cases/" + caseId + "/identity/erasure", erasure, "repatriation-" + node + "-1");
  }

  private static void assertOpens(String node, String caseId) {
    Response identity = identity(node, caseId);
    assertThat(identity.status()).as(node + ": " + identity).isEqualTo(200);
    assertThat(identity.json().get("names")).extracting(JsonNode::asString).containsExactly(NAME_TH, NAME_MY);
  }

  private static void assertErased(String node, String caseId) {
    Response identity = identity(node, caseId);
    assertThat(identity.status()).as(node + ": " + identity).isEqualTo(410);
    assertThat(identity.json().get("message").asString())
        .contains("the identity of case " + caseId + " was erased at the request of mm-tcl at " + ServiceFederation.START)
        .contains(REASON)
        .doesNotContain(NAME_TH, DOCUMENT);
  }

  // ---- scenarios -------------------------------------------------------------------------------

  @Test
  @Order(1)
  void whenTachileikErasesAnIdentityBothPartiesAnswerGoneAndTheCaseGoesOn() {
    // given two cases Chiang Rai referred to Tachileik, whose identities both parties read
    erased = refer();
    kept = refer();
    for (String caseId : List.of(erased, kept)) {
      sealed.put(caseId, federation.bean(TACHILEIK, RepatriationService.class).get(caseId).referral().getSealedIdentity());
      dataKeys.add(DataKeys.unwrap(TACHILEIK, sealingKeys.get(TACHILEIK).privateKeysetBase64(), sealed.get(caseId), caseId));
      assertOpens(CHIANG_RAI, caseId);
      assertOpens(TACHILEIK, caseId);
    }

    // when a Tachileik officer erases the first case's identity
    Response erasure = erase(TACHILEIK, erased, new ErasureInput(TextDraft.of("en", REASON)));

    // then Tachileik has destroyed its key and answers 410 at once; Chiang Rai once the erasure arrives
    assertThat(erasure.status()).as(erasure.toString()).isEqualTo(200);
    assertThat(erasure.json().get("requestedBy").asString()).isEqualTo(TACHILEIK);
    assertThat(erasure.json().at("/reason/text").asString()).isEqualTo(REASON);
    assertErased(TACHILEIK, erased);
    await().atMost(DELIVERY).until(() -> identity(CHIANG_RAI, erased).status() == 410);
    assertErased(CHIANG_RAI, erased);
    // and both keep the case, its state and history, showing who erased its identity
    for (String party : List.of(CHIANG_RAI, TACHILEIK)) {
      JsonNode kase = read(party, "/api/cases/" + erased).json();
      assertThat(kase.get("state").asString()).isEqualTo("RECEIVED");
      assertThat(kase.get("history")).hasSize(2);
      assertThat(kase.at("/identityErasure/byNode").asString()).isEqualTo(TACHILEIK);
      assertThat(kase.at("/identityErasure/officerId").asString()).isEqualTo("repatriation-mm-tcl-1");
      assertThat(read(party, "/api/cases").json().valueStream().map(c -> c.get("caseId").asString())).contains(erased, kept);
    }
    // and the other case still opens at both
    assertOpens(CHIANG_RAI, kept);
    assertOpens(TACHILEIK, kept);
  }

  @Test
  @Order(2)
  void erasingIsIdempotentAndRefusedClearlyWhereThereIsNothingToErase() {
    // erasing again, at either party, answers the erasure in force
    Response again = erase(TACHILEIK, erased, new ErasureInput(TextDraft.of("en", "again")));
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().get("reason").get("text").asString()).isEqualTo(REASON);
    Response atChiangRai = erase(CHIANG_RAI, erased, new ErasureInput(TextDraft.of("th", "ลบซ้ำ")));
    assertThat(atChiangRai.status()).as(atChiangRai.toString()).isEqualTo(200);
    assertThat(atChiangRai.json().get("requestedBy").asString()).isEqualTo(TACHILEIK);
    assertThat(read(TACHILEIK, "/api/cases/" + erased).json().at("/identityErasure/byNode").asString()).isEqualTo(TACHILEIK);

    // a case unknown here (Houayxay is no party to it) or anywhere is a 404; no reason is a 400
    Response notAParty = erase(HOUAYXAY, kept, new ErasureInput(TextDraft.of("lo", "ລຶບ")));
    assertThat(notAParty.status()).isEqualTo(404);
    assertThat(notAParty.json().get("message").asString()).isEqualTo("no case " + kept + " is known on node la-hxy");
    assertThat(erase(CHIANG_RAI, "TH-CEI-RP-NO-SUCH-CASE", new ErasureInput(TextDraft.of("en", REASON))).status()).isEqualTo(404);
    Response noReason = erase(CHIANG_RAI, kept, new ErasureInput(null));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().at("/errors/0/field").asString()).isEqualTo("reason");
    // and an auditor, who reads cases, may not erase
    assertThat(federation.postJson(CHIANG_RAI, "/api/cases/" + kept + "/identity/erasure", new ErasureInput(TextDraft.of("en", REASON)),
        "auditor-cei-1").status()).isEqualTo(403);
    assertOpens(CHIANG_RAI, kept);
  }

  @Test
  @Order(3)
  void aRestartRebuildsTheViewsFromKafkaWithoutBringingTheErasedKeyBack() throws IOException {
    // given Chiang Rai's store lost the other case's key (Chiang Rai still holds the sealing key both were wrapped for)
    Files.delete(store(CHIANG_RAI).resolve(kept + ".json"));

    // when Chiang Rai's repatriation service restarts and replays both referrals
    restart(CHIANG_RAI);

    // then the rebuild kept the other case's key again, but the erased case's tombstone stood
    await().atMost(DELIVERY).until(() -> Files.exists(store(CHIANG_RAI).resolve(kept + ".json")));
    assertThat(Files.readString(store(CHIANG_RAI).resolve(kept + ".json"))).contains("\"state\" : \"KEY\"");
    assertThat(Files.readString(store(CHIANG_RAI).resolve(erased + ".json"))).contains("\"state\" : \"ERASED\"")
        .doesNotContain("sealedDataKey");
    assertErased(CHIANG_RAI, erased);
    assertOpens(CHIANG_RAI, kept);
    assertThat(read(CHIANG_RAI, "/api/cases/" + erased).json().at("/identityErasure/byNode").asString()).isEqualTo(TACHILEIK);
  }

  @Test
  @Order(4)
  void afterBothPartiesDestroyTheirOldSealingKeysTheStoresAloneOpenAndNothingOpensTheErasedIdentity() throws IOException {
    Map<String, SealingKeys.GeneratedKeys> before = new HashMap<>(sealingKeys);

    // when both parties rotate their sealing keys and, every case sealed for the old ones being in their stores, destroy
    // the old keys; every node is given the new public keys
    for (String party : List.of(CHIANG_RAI, TACHILEIK)) {
      SealingKeys.GeneratedKeys rotated = SealingKeys.rotate(party, before.get(party).privateKeysetBase64());
      sealingKeys.put(party, SealingKeys.destroy(party, rotated.privateKeysetBase64(), before.get(party).keyId()));
    }
    writeConfigurations();
    restart(CHIANG_RAI, TACHILEIK);

    // then the case sealed under the destroyed keys still opens at both parties, from their stores
    for (String party : List.of(CHIANG_RAI, TACHILEIK)) {
      assertOpens(party, kept);
      assertErased(party, erased);
      // and no sealing key left opens either earlier case from the events: for the erased one, nothing does
      for (String caseId : List.of(erased, kept)) {
        assertThatThrownBy(() -> DataKeys.unwrap(party, sealingKeys.get(party).privateKeysetBase64(), sealed.get(caseId), caseId))
            .isInstanceOf(SealedIdentityException.class).hasMessageContaining("the key was destroyed after a rotation");
      }
    }
    // and a case referred now is sealed for the new keys and opens at both
    String referredAfterRotation = refer();
    SealedIdentity newEpoch = federation.bean(TACHILEIK, RepatriationService.class).get(referredAfterRotation).referral().getSealedIdentity();
    assertThat(newEpoch.getRecipients()).extracting(r -> r.getKeyId())
        .containsExactly(sealingKeys.get(CHIANG_RAI).keyId(), sealingKeys.get(TACHILEIK).keyId())
        .doesNotContain(before.get(CHIANG_RAI).keyId(), before.get(TACHILEIK).keyId());
    assertOpens(CHIANG_RAI, referredAfterRotation);
    assertOpens(TACHILEIK, referredAfterRotation);

    // and no file of any node's case key store holds the identity, or a case's data key, in the clear
    List<byte[]> secrets = new ArrayList<>();
    for (String text : List.of(NAME_TH, NAME_MY, "ลบได้", DOCUMENT, PHOTO, "1996-02-29")) {
      secrets.add(text.getBytes(StandardCharsets.UTF_8));
    }
    for (byte[] dataKey : dataKeys) {
      secrets.add(dataKey);
      secrets.add(Base64.getEncoder().encode(dataKey));
      secrets.add(HexFormat.of().formatHex(dataKey).getBytes(StandardCharsets.US_ASCII));
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir.resolve("case-keys"))) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).as("the kept cases' entries at both parties").hasSizeGreaterThanOrEqualTo(6);
    for (Path file : files) {
      // Latin-1 maps every byte to one char and back: a byte search as a string search.
      String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (byte[] secret : secrets) {
        assertThat(content).as("a secret in " + file).doesNotContain(new String(secret, StandardCharsets.ISO_8859_1));
      }
    }
  }
}
