package org.saphan.alerts.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.saphan.alerts.scenario.SeedAlerts.BRIDGE_TH;
import static org.saphan.alerts.scenario.SeedAlerts.alert;
import static org.saphan.alerts.scenario.SeedAlerts.followUp;
import static org.saphan.alerts.scenario.SeedAlerts.newIdentifier;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.alerts.draft.AreaDraft;
import org.saphan.alerts.draft.InfoDraft;
import org.saphan.alerts.scenario.ServiceFederation.Response;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.text.TextDraft;
import org.saphan.sandbox.inspect.ClusterScan;
import tools.jackson.databind.JsonNode;

/**
 * Translators at work across the border, through the real path: a Thai alert sent from Chiang Rai
 * to Tachileik, translated into Burmese at Tachileik through REST, the translation an event that
 * MirrorMaker 2 carries back to Chiang Rai (and never to Houayxay), reviewed there, made stale by
 * an update of the alert, filled in from the shared glossary; and the glossary amended at one node
 * and the same on all three.
 */
class TranslationScenariosTest {

  private static final String CHIANG_RAI = "th-cei";
  private static final String TACHILEIK = "mm-tcl";
  private static final String HOUAYXAY = "la-hxy";
  private static final Duration DELIVERY = Duration.ofSeconds(30);
  private static final String HEADLINE = "เฝ้าระวังการลักลอบเข้าเมืองบริเวณ" + BRIDGE_TH;
  private static final String HEADLINE_MY = "မယ်ဆိုင်–တာချီလိတ် ချစ်ကြည်ရေးတံတား အနီး တရားမဝင် ဝင်ရောက်မှုကို စောင့်ကြည့်ပါ";

  /** A real Zawgyi-typed line and its Unicode form (myanmar-tools' mmgov_zawgyi_src.txt line 7; see the platform's text corpus). */
  static final String RELIEF_CAMPS_ZAWGYI = "ေရေဘးကယ္ဆယ္ေရးစခန္းမ်ားသို႔ သြားေရာက္ၿပီး ေရေဘး ေရွာင္ျပည္သူမ်ားအား ေတြ႕ဆံု အားေပးစကားေျပာၾကားကာ";
  static final String RELIEF_CAMPS_UNICODE = "ရေဘေးကယ်ဆယ်ရေးစခန်းများသို့ သွားရောက်ပြီး ရေဘေး ရှောင်ပြည်သူများအား တွေ့ဆုံ အားပေးစကားပြောကြားကာ";

  private static ServiceFederation federation;

  @BeforeAll
  static void start() {
    federation = ServiceFederation.start();
  }

  @AfterAll
  static void stop() {
    if (federation != null) {
      federation.close();
    }
  }

  /** A Thai alert whose only translated text is the event; its headline and area (Mae Sai, a glossary term) are Thai only. */
  private static AlertDraft thaiAlert(String id, String headline) {
    InfoDraft info = new InfoDraft("th", List.of("Security"), SeedAlerts.crossing(), List.of("Monitor"), "Immediate", "Severe", "Likely",
        TextDraft.of("th", headline), null, null, null, null, List.of(new AreaDraft(TextDraft.of("th", "แม่สาย"), List.of(),
        List.of("20.4487,99.8812 1.0"), List.of())));
    AlertDraft draft = alert(id, "Actual", "Severe", List.of(TACHILEIK));
    return new AlertDraft(draft.identifier(), draft.sender(), draft.sent(), draft.status(), draft.msgType(), draft.scope(), draft.restriction(),
        draft.addresses(), draft.references(), draft.incidents(), draft.note(), List.of(info));
  }

  private static JsonNode awaitText(String node, String aggregate, String path) {
    return await().atMost(DELIVERY).until(() -> textAt(node, aggregate, path), t -> t != null);
  }

  private static JsonNode textAt(String node, String aggregate, String path) {
    Response texts = federation.get(node, "/api/texts?aggregate=" + aggregate);
    return StreamSupport.stream(texts.json().spliterator(), false).filter(t -> t.get("path").asString().equals(path)).findFirst().orElse(null);
  }

  private static JsonNode translation(JsonNode text, String language) {
    return StreamSupport.stream(text.get("translations").spliterator(), false).filter(t -> t.get("language").asString().equals(language))
        .findFirst().orElse(null);
  }

  private static Response translate(String node, String ref, Map<String, Object> body, String officer) {
    return federation.postJson(node, "/api/texts/" + ref + "/translations", body, officer);
  }

  @Test
  void aTranslationMadeInTachileikReachesChiangRaiIsReviewedThereAndNeverReachesHouayxay() {
    String id = newIdentifier();
    assertThat(federation.postJson(CHIANG_RAI, "/api/alerts", thaiAlert(id, HEADLINE), "officer-cei-017").status()).isEqualTo(201);
    JsonNode headline = awaitText(TACHILEIK, id, "infos/0/headline");
    assertThat(headline.get("normalized").asString()).isEqualTo(HEADLINE);
    assertThat(translation(headline, "my")).isNull();
    String ref = headline.get("ref").asString();

    // a Tachileik translator translates the headline into Burmese
    Response added = translate(TACHILEIK, ref, Map.of("language", "my", "text", HEADLINE_MY), "translator-tcl-3");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    JsonNode mine = translation(added.json(), "my");
    assertThat(mine.get("provenance").asString()).isEqualTo("HUMAN");
    assertThat(mine.get("translator").asString()).isEqualTo("translator-tcl-3");
    assertThat(mine.get("sourceSha256").asString()).isEqualTo(headline.get("sourceSha256").asString());
    assertThat(mine.get("stale").asBoolean()).isFalse();
    assertThat(mine.get("reviewed").asBoolean()).isFalse();

    // Chiang Rai gets it through MirrorMaker 2, under the same ref
    JsonNode atChiangRai = await().atMost(DELIVERY).until(() -> federation.get(CHIANG_RAI, "/api/texts/" + ref),
        r -> r.status() == 200 && translation(r.json(), "my") != null).json();
    assertThat(translation(atChiangRai, "my").get("text").asString()).isEqualTo(HEADLINE_MY);
    assertThat(atChiangRai.get("history").get(0).get("origin").asString()).isEqualTo(TACHILEIK);
    // and the alert itself, and its CAP export, now carry the Burmese headline
    JsonNode alertHeadline = federation.get(CHIANG_RAI, "/api/alerts/" + id).json().at("/current/cap/infos/0/headline");
    assertThat(alertHeadline.toString()).contains(HEADLINE_MY);
    assertThat(federation.get(CHIANG_RAI, "/api/alerts/" + id + "/cap?identifier=" + id).body()).contains(HEADLINE_MY);

    // the translator cannot review their own work; a Chiang Rai reviewer can, and Tachileik sees it
    Response selfReview = federation.postJson(TACHILEIK, "/api/texts/" + ref + "/translations/my/review", Map.of(), "translator-tcl-3");
    assertThat(selfReview.status()).isEqualTo(409);
    assertThat(selfReview.body()).contains("second person");
    Response reviewed = federation.postJson(CHIANG_RAI, "/api/texts/" + ref + "/translations/my/review", Map.of(), "translator-cei-2");
    assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
    JsonNode reviewedAtTachileik = await().atMost(DELIVERY).until(() -> federation.get(TACHILEIK, "/api/texts/" + ref),
        r -> translation(r.json(), "my").get("reviewed").asBoolean()).json();
    assertThat(translation(reviewedAtTachileik, "my").get("reviewer").asString()).isEqualTo("translator-cei-2");

    // Houayxay was not addressed: it has neither the text nor its translation, on its API or anywhere in its cluster
    assertThat(federation.get(HOUAYXAY, "/api/texts/" + ref).status()).isEqualTo(404);
    assertThat(ClusterScan.find(federation.sandbox().administratorAccess(NodeId.of(HOUAYXAY)), HEADLINE_MY).hits()).isEmpty();
    assertThat(ClusterScan.find(federation.sandbox().administratorAccess(NodeId.of(CHIANG_RAI)), HEADLINE_MY).hits()).isNotEmpty();
  }

  @Test
  void anUpdateOfTheSourceMakesItsTranslationStaleUntilItIsTranslatedAgain() {
    String id = newIdentifier();
    AlertDraft first = thaiAlert(id, HEADLINE);
    assertThat(federation.postJson(CHIANG_RAI, "/api/alerts", first, "officer-cei-017").status()).isEqualTo(201);
    JsonNode headline = awaitText(TACHILEIK, id, "infos/0/headline");
    String ref = headline.get("ref").asString();
    String oldSha = headline.get("sourceSha256").asString();
    assertThat(translate(TACHILEIK, ref, Map.of("language", "my", "text", HEADLINE_MY, "sourceSha256", oldSha), "translator-tcl-3").status())
        .isEqualTo(201);

    // Chiang Rai corrects the headline in an update
    String corrected = HEADLINE + " ตั้งแต่เวลา 18.00 น.";
    AlertDraft update = followUp(first, "Update", newIdentifier(), "2019-09-24T10:00:00+07:00", thaiAlert(id, corrected).infos());
    Response updated = federation.postJson(CHIANG_RAI, "/api/alerts", update, "officer-cei-017");
    assertThat(updated.status()).as(updated.toString()).isEqualTo(201);

    // the same text (same ref) now has the new wording, and its Burmese translation shows as stale
    JsonNode stale = await().atMost(DELIVERY).until(() -> federation.get(TACHILEIK, "/api/texts/" + ref),
        r -> r.json().get("normalized").asString().equals(corrected)).json();
    assertThat(translation(stale, "my").get("stale").asBoolean()).isTrue();
    assertThat(translation(stale, "my").get("sourceSha256").asString()).isEqualTo(oldSha);

    // a translation of the old wording is refused; reviewing the stale one too; a new one is current again
    Response late = translate(TACHILEIK, ref, Map.of("language", "my", "text", HEADLINE_MY, "sourceSha256", oldSha), "translator-tcl-3");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body()).contains("source text changed");
    assertThat(federation.postJson(TACHILEIK, "/api/texts/" + ref + "/translations/my/review", Map.of(), "translator-tcl-1").status())
        .isEqualTo(409);
    Response again = translate(TACHILEIK, ref, Map.of("language", "my", "text", HEADLINE_MY + " ည ၆ နာရီမှစ၍",
        "sourceSha256", stale.get("sourceSha256").asString()), "translator-tcl-3");
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    assertThat(translation(again.json(), "my").get("stale").asBoolean()).isFalse();
    assertThat(again.json().get("history")).hasSize(2);
  }

  @Test
  void theGlossaryFillsInTermsAndAnAmendmentMadeAtOneNodeIsTheSameGlossaryEverywhere() {
    String id = newIdentifier();
    assertThat(federation.postJson(CHIANG_RAI, "/api/alerts", thaiAlert(id, HEADLINE), "officer-cei-017").status()).isEqualTo(201);
    JsonNode area = awaitText(TACHILEIK, id, "infos/0/areas/0/areaDesc");

    Response filled = federation.postJson(TACHILEIK, "/api/texts/machine-translations", Map.of("aggregateId", id, "languages", List.of("my", "en")),
        "translator-tcl-3");
    assertThat(filled.status()).as(filled.toString()).isEqualTo(200);
    JsonNode areaNow = federation.get(TACHILEIK, "/api/texts/" + area.get("ref").asString()).json();
    assertThat(translation(areaNow, "my").get("text").asString()).isEqualTo("မယ်ဆိုင်");
    assertThat(translation(areaNow, "my").get("provenance").asString()).isEqualTo("GLOSSARY");
    assertThat(translation(areaNow, "my").get("translator").asString()).startsWith("saphan-glossary r");
    assertThat(translation(areaNow, "en").get("text").asString()).isEqualTo("Mae Sai");
    // a sentence is not a term: the glossary leaves the headline for a person
    assertThat(translation(textAt(TACHILEIK, id, "infos/0/headline"), "my")).isNull();

    // Houayxay amends the Lao wording of a term; every node ends with the same glossary
    JsonNode before = federation.get(HOUAYXAY, "/api/glossary").json();
    JsonNode term = StreamSupport.stream(before.get("terms").spliterator(), false).filter(t -> t.get("id").asString().equals("friendship-bridge"))
        .findFirst().orElseThrow();
    long revision = term.get("revision").asLong();
    Map<String, String> wording = Map.of("th", "สะพานมิตรภาพ", "my", "ချစ်ကြည်ရေးတံတား", "lo", "ຂົວມິດຕະພາບ ໄທ-ລາວ", "en", "Friendship Bridge");
    Response stale = federation.postJson(HOUAYXAY, "/api/glossary/terms", Map.of("termId", "friendship-bridge", "terms", wording,
        "replaces", revision - 1), "translator-hxy-1");
    assertThat(stale.status()).isEqualTo(409);
    Response amended = federation.postJson(HOUAYXAY, "/api/glossary/terms", Map.of("termId", "friendship-bridge", "terms", wording,
        "replaces", revision), "translator-hxy-1");
    assertThat(amended.status()).as(amended.toString()).isEqualTo(201);
    assertThat(amended.json().get("revision").asLong()).isEqualTo(revision + 1);
    String sha = federation.get(HOUAYXAY, "/api/glossary").json().get("sha256").asString();
    assertThat(sha).isNotEqualTo(before.get("sha256").asString());
    for (String node : List.of(CHIANG_RAI, TACHILEIK)) {
      await().atMost(DELIVERY).until(() -> federation.get(node, "/api/glossary").json().get("sha256").asString(), sha::equals);
    }
  }

  @Test
  void eachReaderSeesTextsDatesAndTheGlossaryInTheirOwnLanguageCalendarAndOrder() {
    String id = newIdentifier();
    assertThat(federation.postJson(CHIANG_RAI, "/api/alerts", thaiAlert(id, HEADLINE), "officer-cei-017").status()).isEqualTo(201);
    String ref = awaitText(TACHILEIK, id, "infos/0/headline").get("ref").asString();
    assertThat(translate(TACHILEIK, ref, Map.of("language", "my", "text", HEADLINE_MY), "translator-tcl-3").status()).isEqualTo(201);

    // a Burmese reader in Tachileik: the Burmese translation, its status in Burmese, the time in Asia/Yangon (UTC+06:30)
    Response burmese = federation.get(TACHILEIK, "/api/texts/" + ref, "my-MM,my;q=0.9,en;q=0.5");
    JsonNode shown = burmese.json().get("shown");
    assertThat(shown.get("readerLanguage").asString()).isEqualTo("my");
    assertThat(shown.get("text").asString()).isEqualTo(HEADLINE_MY);
    assertThat(shown.get("status").asString()).isEqualTo("HUMAN");
    assertThat(shown.get("statusLabel").asString()).isEqualTo("လူဘာသာပြန် (မစစ်ဆေးရသေး)");
    String clock = federation.clock().instant().atZone(java.time.ZoneId.of("Asia/Yangon")).toLocalTime().toString().substring(0, 5);
    assertThat(translation(burmese.json(), "my").get("translatedAtLocal").asString())
        .as("Myanmar digits, Yangon time").contains(clock.replace('0', '၀').replace('1', '၁').replace('2', '၂').replace('3', '၃')
            .replace('4', '၄').replace('5', '၅').replace('6', '၆').replace('7', '၇').replace('8', '၈').replace('9', '၉'));

    // a Thai reader in Chiang Rai: the Thai original, and the translation's date in the Buddhist era (2019 = 2562)
    JsonNode thai = await().atMost(DELIVERY).until(() -> federation.get(CHIANG_RAI, "/api/texts/" + ref, "th"),
        r -> r.status() == 200 && translation(r.json(), "my") != null).json();
    assertThat(thai.get("shown").get("status").asString()).isEqualTo("ORIGINAL");
    assertThat(thai.get("shown").get("text").asString()).isEqualTo(HEADLINE);
    assertThat(translation(thai, "my").get("translatedAtLocal").asString()).contains("2562");
    // a Lao reader with no Lao translation is shown the original, marked as missing
    JsonNode lao = federation.get(CHIANG_RAI, "/api/texts/" + ref, "lo").json().get("shown");
    assertThat(lao.get("status").asString()).isEqualTo("MISSING");

    // the glossary in Thai alphabetical order: by consonant, a leading vowel aside (เชียงราย files under ช,
    // after ชายแดน, and before ท่าขี้เหล็ก although its first code point, เ, sorts after ท)
    List<String> thaiOrder = StreamSupport.stream(federation.get(CHIANG_RAI, "/api/glossary", "th").json().get("terms").spliterator(), false)
        .map(t -> t.at("/terms/th").asString()).toList();
    assertThat(thaiOrder).containsSubsequence("การแจ้งเตือน", "ชายแดน", "เชียงราย", "ท่าขี้เหล็ก");
    assertThat(thaiOrder).containsSubsequence("แม่น้ำโขง", "แม่สาย");
  }

  @Test
  void searchFindsWordsInsideThaiLaoAndBurmeseSentencesAndZawgyiByItsUnicodeForm() {
    String id = newIdentifier();
    assertThat(federation.postJson(CHIANG_RAI, "/api/alerts", thaiAlert(id, HEADLINE), "officer-cei-017").status()).isEqualTo(201);
    await().atMost(DELIVERY).until(() -> federation.get(TACHILEIK, "/api/alerts/" + id).status() == 200);
    // Tachileik acknowledges with a note typed in Zawgyi
    Response ack = federation.postJson(TACHILEIK, "/api/alerts/" + id + "/acknowledgements",
        Map.of("note", Map.of("language", "my", "text", RELIEF_CAMPS_ZAWGYI)), "officer-tcl-004");
    assertThat(ack.status()).as(ack.toString()).isIn(200, 201);

    // Thai: a word inside an unspaced sentence (the event is "...ในขบวนการค้ามนุษย์")
    assertThat(aggregatesFound(TACHILEIK, "ค้ามนุษย์")).contains(id);
    // Lao: the event's Lao translation, "...ຂອງຂະບວນການຄ້າມະນຸດ"
    assertThat(aggregatesFound(TACHILEIK, "ຄ້າມະນຸດ")).contains(id);
    // English, any case
    assertThat(aggregatesFound(TACHILEIK, "HUMAN TRAFFICKING")).contains(id);
    // Burmese typed in Zawgyi, found at Chiang Rai (the acknowledgement's receiver) with a Unicode word from it
    String unicodeWord = "ကယ်ဆယ်ရေးစခန်း";
    assertThat(RELIEF_CAMPS_UNICODE).contains(unicodeWord);
    assertThat(RELIEF_CAMPS_ZAWGYI).doesNotContain(unicodeWord);
    List<String> found = await().atMost(DELIVERY).until(() -> aggregatesFound(CHIANG_RAI, unicodeWord), ids -> ids.contains(id));
    assertThat(found).contains(id);
    JsonNode hit = StreamSupport.stream(federation.get(CHIANG_RAI, "/api/search?q=" + encode(unicodeWord)).json().spliterator(), false)
        .filter(h -> h.at("/text/aggregateId").asString().equals(id)).findFirst().orElseThrow();
    assertThat(hit.at("/text/stream").asString()).isEqualTo("receipt");
    assertThat(hit.at("/text/encoding").asString()).isEqualTo("ZAWGYI");
    assertThat(hit.at("/text/text").asString()).as("kept as typed").isEqualTo(RELIEF_CAMPS_ZAWGYI);
    assertThat(hit.get("matched").asString().substring(hit.get("start").asInt(), hit.get("end").asInt())).isEqualTo(unicodeWord);
    // Houayxay was sent none of it
    assertThat(aggregatesFound(HOUAYXAY, unicodeWord)).doesNotContain(id);

    assertRefused(federation.get(TACHILEIK, "/api/search?q=" + encode(" ")), 400, "must not be empty");
    assertRefused(federation.get(TACHILEIK, "/api/search?q=x&limit=0"), 400, "between 1 and 200");
  }

  private static List<String> aggregatesFound(String node, String query) {
    Response response = federation.get(node, "/api/search?limit=200&q=" + encode(query));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return StreamSupport.stream(response.json().spliterator(), false).map(h -> h.at("/text/aggregateId").asString()).toList();
  }

  private static String encode(String query) {
    return java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void aTextTypedInZawgyiIsRecognisedBeforeItIsSent() {
    Response zawgyi = federation.postJson(TACHILEIK, "/api/texts/analysis", Map.of("language", "my", "text", RELIEF_CAMPS_ZAWGYI), "officer-tcl-004");
    assertThat(zawgyi.status()).as(zawgyi.toString()).isEqualTo(200);
    assertThat(zawgyi.json().get("encoding").asString()).isEqualTo("ZAWGYI");
    assertThat(zawgyi.json().get("zawgyiProbability").asDouble()).isGreaterThan(0.95);
    assertThat(zawgyi.json().get("normalized").asString()).isEqualTo(RELIEF_CAMPS_UNICODE);

    JsonNode unicode = federation.postJson(TACHILEIK, "/api/texts/analysis", Map.of("language", "my", "text", RELIEF_CAMPS_UNICODE), "officer-tcl-004").json();
    assertThat(unicode.get("encoding").asString()).isEqualTo("UNICODE");
    assertThat(unicode.get("normalized").asString()).isEqualTo(RELIEF_CAMPS_UNICODE);
    assertThat(unicode.get("changedByNormalisation").asBoolean()).isFalse();
    // a lone surrogate, escaped in the JSON as a client would send it
    assertRefused(federation.post(TACHILEIK, "/api/texts/analysis", "application/json", "{\"language\": \"my\", \"text\": \"a\\ud800b\"}", "officer-tcl-004"),
        400, "unpaired high surrogate at index 1");
  }

  @Test
  void badTranslationRequestsAreRefusedWithTheReason() {
    String id = newIdentifier();
    assertThat(federation.postJson(CHIANG_RAI, "/api/alerts", thaiAlert(id, HEADLINE), "officer-cei-017").status()).isEqualTo(201);
    String ref = awaitText(TACHILEIK, id, "infos/0/headline").get("ref").asString();

    assertThat(federation.get(TACHILEIK, "/api/texts/0123456789abcdef01234567").status()).isEqualTo(404);
    assertRefused(translate(TACHILEIK, ref, Map.of("language", "th", "text", "ซ้ำ"), "translator-tcl-3"), 400, "original's language th");
    assertRefused(translate(TACHILEIK, ref, Map.of("language", "my", "text", "bell\u0007"), "translator-tcl-3"), 400, "control character U+0007");
    assertRefused(translate(TACHILEIK, ref, Map.of("language", "not a tag!", "text", "x"), "translator-tcl-3"), 400, "BCP 47");
    assertRefused(translate(TACHILEIK, ref, Map.of("language", "my", "text", HEADLINE_MY, "provenance", "ORACLE"), "translator-tcl-3"), 400,
        "HUMAN, MACHINE or GLOSSARY");
    assertRefused(translate(TACHILEIK, ref, Map.of("language", "my", "text", HEADLINE_MY), null), 401, "Authorization: Bearer");
    assertRefused(federation.post(TACHILEIK, "/api/texts/" + ref + "/translations", "application/json", "{\"language\": ", "translator-tcl-3"),
        400, "not valid JSON");
    assertRefused(federation.postJson(TACHILEIK, "/api/glossary/terms", Map.of("termId", "Bad Id", "terms", Map.of("th", "x")), "translator-tcl-1"), 400,
        "at least two languages");
    // nothing of that was recorded
    assertThat(federation.get(TACHILEIK, "/api/texts/" + ref).json().get("history")).isEmpty();
  }

  private static void assertRefused(Response response, int status, String reason) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.body()).contains(reason);
  }
}
