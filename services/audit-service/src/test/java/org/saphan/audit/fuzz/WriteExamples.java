package org.saphan.audit.fuzz;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.saphan.alerts.scenario.ServiceFederation;
import org.saphan.alerts.scenario.ServiceFederation.Response;
import org.saphan.audit.fuzz.WriteExample.BodyUse;
import org.saphan.platform.spring.security.AccessRules;
import org.saphan.platform.spring.security.AccessRules.AccessRule;
import tools.jackson.databind.JsonNode;

/**
 * A valid request for every write endpoint of {@link AccessRules}, with the alerts, cases, meeting,
 * action item and translation their paths name, made first through the API: the Chiang Rai –
 * Tachileik exchange of the scenario tests (an exercise alert about illegal crossings at the
 * Friendship Bridge, a referral of a trafficking victim, a meeting of the border coordination
 * centre), in Thai, Burmese, Lao and English.
 */
public final class WriteExamples {

  /** The methods that write; every rule with one of them needs an example here. */
  public static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

  static final String CHIANG_RAI = "th-cei";
  static final String TACHILEIK = "mm-tcl";
  private static final Duration DELIVERY = Duration.ofSeconds(30);

  private final List<WriteExample> examples;

  private WriteExamples(List<WriteExample> examples) {
    this.examples = List.copyOf(examples);
  }

  public List<WriteExample> all() {
    return examples;
  }

  /** The write rules of {@link AccessRules}, in its order. */
  public static List<AccessRule> writeRules() {
    return AccessRules.all().stream().filter(rule -> WRITE_METHODS.contains(rule.method())).toList();
  }

  /** Makes what the examples' paths name, through the API, and returns the examples. */
  public static WriteExamples prepare(ServiceFederation federation) {
    // Three exercise alerts to Tachileik: one to acknowledge and translate, one for each phase of fuzzed acknowledgements.
    List<String> alerts = List.of("TH-CEI-FUZZ-A1", "TH-CEI-FUZZ-A2", "TH-CEI-FUZZ-A3");
    alerts.forEach(id -> created(federation.post(CHIANG_RAI, "/api/alerts", "application/json", alert(id), "officer-cei-017"), "alert " + id));
    alerts.forEach(id -> await().atMost(DELIVERY).until(() -> federation.get(TACHILEIK, "/api/alerts/" + id).status() == 200));
    String headline = textRef(federation, TACHILEIK, alerts.get(0), "infos/0/headline");
    // Its headline translated into Burmese at Tachileik, for Chiang Rai to review.
    created(federation.post(TACHILEIK, "/api/texts/" + headline + "/translations", "application/json",
        "{\"language\": \"my\", \"text\": \"မိတ်ဆွေတံတားအနီး တရားမဝင် ဝင်ရောက်မှုကို စောင့်ကြည့်ပါ\"}", "translator-tcl-3"), "translation");
    await().atMost(DELIVERY).until(() -> federation.get(CHIANG_RAI, "/api/texts/" + headline).body().contains("\"language\":\"my\""));
    // Two cases referred by Chiang Rai to Tachileik: one to act on at Tachileik once received, one to erase the identity of.
    String actedOn = created(federation.post(CHIANG_RAI, "/api/cases", "application/json", referral("SH-FUZZ-C1"), "repatriation-cei-1"),
        "case").get("caseId").asString();
    String erased = created(federation.post(CHIANG_RAI, "/api/cases", "application/json", referral("SH-FUZZ-C2"), "repatriation-cei-1"),
        "case").get("caseId").asString();
    await().atMost(DELIVERY).until(() -> federation.getAs(TACHILEIK, "/api/cases/" + actedOn, "repatriation-tcl-1"),
        r -> r.status() == 200 && r.json().get("state").asString().equals("RECEIVED") && r.json().get("pending").isEmpty());
    // A meeting hosted by Chiang Rai, with an action item Chiang Rai owns.
    String meeting = created(federation.post(CHIANG_RAI, "/api/meetings", "application/json", meeting(1), "secretariat-cei-1"), "meeting")
        .get("meetingId").asString();
    String action = created(federation.post(CHIANG_RAI, "/api/meetings/" + meeting + "/actions", "application/json", ACTION_ITEM,
        "secretariat-cei-1"), "action item").get("actionId").asString();

    // An auditor's first read at Chiang Rai announces the audit stream's schema: now, not during the fuzzing, where each refused
    // replay is recorded on that stream too.
    created(federation.getAs(CHIANG_RAI, "/api/audit/reads", "auditor-cei-1"), "first audit read");

    return new WriteExamples(List.of(
        WriteExample.of(rule("POST", "/api/alerts"), CHIANG_RAI, Map.of(), BodyUse.REQUIRED, alert("TH-CEI-FUZZ-0"))
            .fresh("/identifier", n -> "TH-CEI-FUZZ-" + n)
            .required("/status", "/msgType", "/scope", "/addresses", "/addresses/0", "/infos", "/infos/0", "/infos/0/language",
                "/infos/0/categories", "/infos/0/event", "/infos/0/urgency", "/infos/0/severity", "/infos/0/certainty",
                "/infos/0/areas/0/areaDesc")
            .vocabulary("/status", "/msgType", "/scope", "/addresses/0", "/infos/0/categories/0", "/infos/0/categories/1",
                "/infos/0/responseTypes/0", "/infos/0/urgency", "/infos/0/severity", "/infos/0/certainty", "/infos/0/areas/0/circles/0")
            .identifiers("/identifier", "/sender", "/incidents/0"),
        // An acknowledgement is taken once: each phase acknowledges an alert of its own, so that it is refused for its body.
        WriteExample.of(rule("POST", "/api/alerts/{id}/acknowledgements"), TACHILEIK, Map.of("id", alerts.get(0)), BodyUse.OPTIONAL,
                "{\"note\": {\"language\": \"my\", \"text\": \"လက်ခံရရှိပါသည်\"}}")
            .fuzzing(Expected.REFUSAL, Map.of("id", alerts.get(1)))
            .fuzzing(Expected.ANSWER, Map.of("id", alerts.get(2))),
        WriteExample.of(rule("POST", "/api/cases"), CHIANG_RAI, Map.of(), BodyUse.REQUIRED, referral("SH-FUZZ-0"))
            .fresh("/shelterReference", n -> "SH-FUZZ-" + n)
            .required("/shelterReference", "/receivingNode", "/summary", "/nationalityClaimed", "/identity", "/identity/names",
                "/identity/ageEstimate", "/consent", "/consent/givenBy", "/consent/givenAt", "/consent/scope")
            .vocabulary("/receivingNode", "/nationalityClaimed", "/nationalityVerification", "/consent/givenBy")
            .identifiers("/shelterReference")
            .number("/identity/ageEstimate", 0, 120),
        WriteExample.of(rule("POST", "/api/cases/{id}/identity/erasure"), CHIANG_RAI, Map.of("id", erased), BodyUse.REQUIRED,
                "{\"reason\": {\"language\": \"en\", \"text\": \"The person withdrew consent to share their identity\"}}")
            .required("/reason"),
        WriteExample.of(rule("POST", "/api/cases/{id}/actions"), TACHILEIK, Map.of("id", actedOn), BodyUse.REQUIRED, """
                {"action": "RECORD_VERIFICATION", "note": {"language": "my", "text": "နိုင်ငံသားဖြစ်ကြောင်း အတည်ပြုပြီး"},
                 "verification": {"step": "NATIONALITY_VERIFICATION", "outcome": "CONFIRMED"}}""")
            .required("/action", "/verification", "/verification/step", "/verification/outcome")
            .vocabulary("/action", "/verification/step", "/verification/outcome"),
        WriteExample.of(rule("POST", "/api/meetings"), CHIANG_RAI, Map.of(), BodyUse.REQUIRED, meeting(2))
            .fresh("/number", n -> n)
            .required("/seriesCode", "/series", "/number", "/venue", "/startsAt", "/participants", "/participants/0", "/participants/1",
                "/participants/0/node", "/participants/1/node", "/participants/0/organisation", "/participants/1/organisation", "/languages",
                "/agenda/0", "/agenda/0/number", "/agenda/0/title", "/agenda/1/number", "/agenda/1/title", "/decisions/0/agendaNumber",
                "/decisions/0/text")
            .vocabulary("/participants/0/node", "/participants/1/node", "/agenda/0/links/0")
            .identifiers("/seriesCode")
            .number("/number", 1, Integer.MAX_VALUE).number("/agenda/0/number", 1, Integer.MAX_VALUE)
            .number("/agenda/1/number", 1, Integer.MAX_VALUE).number("/decisions/0/agendaNumber", 1, 2),
        WriteExample.of(rule("POST", "/api/meetings/{id}/actions"), CHIANG_RAI, Map.of("id", meeting), BodyUse.REQUIRED, ACTION_ITEM)
            .required("/agendaNumber", "/title", "/ownerNode", "/ownerOrganisation", "/dueDate")
            .vocabulary("/ownerNode", "/links/0")
            .number("/agendaNumber", 1, 2),
        WriteExample.of(rule("POST", "/api/actions/{actionId}/progress"), CHIANG_RAI, Map.of("actionId", action), BodyUse.REQUIRED,
                "{\"status\": \"IN_PROGRESS\", \"note\": {\"language\": \"th\", \"text\": \"กำลังรวบรวมรายชื่อเจ้าหน้าที่ประสานงาน\"}}")
            .required("/status")
            .vocabulary("/status"),
        WriteExample.of(rule("POST", "/api/texts/{ref}/translations"), TACHILEIK, Map.of("ref", headline), BodyUse.REQUIRED,
                "{\"language\": \"en\", \"text\": \"Watch for illegal crossings at the Friendship Bridge\", \"provenance\": \"HUMAN\"}")
            .required("/language"),
        WriteExample.withoutBody(rule("POST", "/api/texts/{ref}/translations/{language}/review"), CHIANG_RAI,
            Map.of("ref", headline, "language", "my")),
        WriteExample.of(rule("POST", "/api/texts/machine-translations"), TACHILEIK, Map.of(), BodyUse.REQUIRED,
                "{\"aggregateId\": \"" + alerts.get(0) + "\", \"languages\": [\"my\", \"en\"]}")
            .required("/aggregateId")
            .identifiers("/aggregateId"),
        WriteExample.of(rule("POST", "/api/texts/analysis"), CHIANG_RAI, Map.of(), BodyUse.REQUIRED,
                "{\"language\": \"my\", \"text\": \"ရေဘေးရှောင်ပြည်သူများကို တွေ့ဆုံ အားပေးစကားပြောကြားကာ\"}")
            .required("/language"),
        WriteExample.of(rule("POST", "/api/glossary/terms"), CHIANG_RAI, Map.of(), BodyUse.REQUIRED, """
                {"termId": "fuzz-term-0", "terms": {"th": "ด่านพรมแดน", "my": "နယ်စပ်ဂိတ်", "lo": "ດ່ານຊາຍແດນ", "en": "border checkpoint"},
                 "note": "the centres' word for a border checkpoint", "replaces": 0}""")
            .fresh("/termId", n -> "fuzz-term-" + n)
            .required("/termId", "/terms")
            .map("/terms")
            .identifiers("/termId")
            .number("/replaces", 0, 0),
        WriteExample.of(rule("POST", "/api/audit/replays"), CHIANG_RAI, Map.of(), BodyUse.REQUIRED,
                "{\"model\": \"alerts\", \"from\": \"2019-09-24T00:00:00+07:00\"}")
            .required("/model")
            .vocabulary("/model")));
  }

  private static AccessRule rule(String method, String pattern) {
    return AccessRules.all().stream().filter(r -> r.method().equals(method) && r.pattern().equals(pattern)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("AccessRules has no rule " + method + " " + pattern));
  }

  private static JsonNode created(Response response, String what) {
    if (response.status() / 100 != 2) {
      throw new IllegalStateException("could not make the " + what + " the examples need: " + response);
    }
    return response.json();
  }

  /** The ref of the text at {@code path} (e.g. infos/0/headline) of an alert, case or meeting, as {@code node} holds it. */
  private static String textRef(ServiceFederation federation, String node, String aggregate, String path) {
    return await().atMost(DELIVERY).until(() -> StreamSupport.stream(federation.get(node, "/api/texts?aggregate=" + aggregate).json().spliterator(),
            false).filter(t -> t.get("path").asString().equals(path)).map(t -> t.get("ref").asString()).findFirst().orElse(null),
        ref -> ref != null);
  }

  /** An exercise alert from Chiang Rai to Tachileik about illegal crossings at the Friendship Bridge. */
  private static String alert(String identifier) {
    return """
        {"identifier": "%s", "sender": "bcc@th-cei.saphan", "sent": "2019-09-24T09:00:00+07:00", "status": "Exercise",
         "msgType": "Alert", "scope": "Private", "addresses": ["mm-tcl"], "incidents": ["TH-CEI-FUZZ-INCIDENT"],
         "note": {"language": "en", "text": "Exercise of the alert chain between Mae Sai and Tachileik"},
         "infos": [{"language": "th", "categories": ["Security", "Rescue"],
           "event": {"language": "th", "text": "การลักลอบเข้าเมืองบริเวณชายแดนที่เป็นส่วนหนึ่งในขบวนการค้ามนุษย์",
             "translations": [{"language": "my", "text": "လူကုန်ကူးမှု ကွန်ရက်၏ အစိတ်အပိုင်းဖြစ်သော နယ်စပ် တရားမဝင် ဝင်ရောက်မှု",
               "provenance": "HUMAN", "translator": "saphan-fixtures", "reviewed": false}]},
           "responseTypes": ["Monitor"], "urgency": "Immediate", "severity": "Severe", "certainty": "Likely",
           "headline": {"language": "th", "text": "เฝ้าระวังการลักลอบเข้าเมืองบริเวณสะพานมิตรภาพ"},
           "expires": "2019-09-25T09:00:00+07:00",
           "areas": [{"areaDesc": {"language": "th", "text": "สะพานมิตรภาพไทย–เมียนมาร์ แม่สาย–ท่าขี้เหล็ก"},
             "circles": ["20.4487,99.8812 1.0"], "geocodes": [{"valueName": "TIS1099", "value": "570300"}]}]}]}""".formatted(identifier);
  }

  /** Chiang Rai refers a (fictitious) adult victim of trafficking to Tachileik, with her consent. */
  private static String referral(String shelterReference) {
    return """
        {"shelterReference": "%s", "receivingNode": "mm-tcl",
         "summary": {"language": "th", "text": "ผู้เสียหายจากการค้ามนุษย์ สัญชาติเมียนมาร์ พบที่อำเภอแม่สาย ประสงค์กลับบ้าน"},
         "nationalityClaimed": "MM", "nationalityVerification": "IN_PROGRESS",
         "identity": {"names": ["นางสาว ทดสอบ ตัวอย่าง", "မ ဥပမာ စမ်းသပ်"], "ageEstimate": 24,
           "documents": [{"type": "CERTIFICATE_OF_IDENTITY", "number": "CI-77-1234", "issuingCountry": "MM"}],
           "photoReference": "photo://shelter-cei/2562/0012.jpg"},
         "unaccompaniedMinor": false,
         "consent": {"givenBy": "PERSON", "givenAt": "2019-09-20T10:00:00+07:00", "scope": "share identity and case with mm-tcl for safe return"}}"""
        .formatted(shelterReference);
  }

  /** A meeting of the border coordination centre hosted by Chiang Rai with Tachileik: two agenda items, one decision. */
  private static String meeting(int number) {
    return """
        {"seriesCode": "BCC-FUZZ",
         "series": {"language": "th", "text": "ศูนย์ประสานงานชายแดนเพื่อการต่อต้านการค้ามนุษย์ เมียนมาร์ – ไทย (ท่าขี้เหล็ก – เชียงราย)",
           "translations": [{"language": "en", "text": "Myanmar–Thai Border Coordination Centre against trafficking (Tachileik–Chiang Rai)",
             "provenance": "HUMAN", "translator": "saphan-fixtures", "reviewed": false}]},
         "number": %d, "venue": {"language": "th", "text": "ห้องมรกต โรงแรมวังคำ อำเภอเมืองเชียงราย"},
         "startsAt": "2019-09-24T09:00:00+07:00",
         "participants": [
           {"node": "th-cei", "organisation": {"language": "th", "text": "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงราย"}},
           {"node": "mm-tcl", "organisation": {"language": "en", "text": "Tachileik Anti-Trafficking Border Coordination Office"}}],
         "languages": ["th", "my", "en"],
         "agenda": [
           {"number": 1, "title": {"language": "th", "text": "การส่งข่าวสารแจ้งเตือนระหว่างเมืองชายแดน"}, "links": ["alert:TH-CEI-2562-0924-01"]},
           {"number": 2, "title": {"language": "th", "text": "การคุ้มครองและส่งกลับผู้เสียหายจากการค้ามนุษย์ในเขตเมืองชายแดน"}, "links": []}],
         "decisions": [{"agendaNumber": 1,
           "text": {"language": "th", "text": "ส่งข่าวสารแจ้งเตือนระหว่างเมืองชายแดนผ่านระบบสะพานภายในวันเดียวกันที่ได้รับข้อมูล"}}]}"""
        .formatted(number);
  }

  /** An action item of the meeting's first agenda item, for Chiang Rai itself. */
  private static final String ACTION_ITEM = """
      {"agendaNumber": 1,
       "title": {"language": "th", "text": "จัดทำแผนการส่งกลับผู้เสียหายร่วมกัน",
         "translations": [{"language": "en", "text": "Draft a joint plan for returning victims", "provenance": "HUMAN",
           "translator": "saphan-fixtures", "reviewed": false}]},
       "ownerNode": "th-cei", "ownerOrganisation": {"language": "th", "text": "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงราย"},
       "dueDate": "2030-01-31", "links": ["case:TH-CEI-RP-SH-0012"]}""";
}
