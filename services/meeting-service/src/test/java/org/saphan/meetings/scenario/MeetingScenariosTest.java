package org.saphan.meetings.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saphan.alerts.scenario.ServiceFederation;
import org.saphan.alerts.scenario.ServiceFederation.Response;
import org.saphan.meetings.MeetingServiceApplication;
import org.saphan.meetings.input.MeetingInputs.ActionItemInput;
import org.saphan.meetings.input.MeetingInputs.AgendaInput;
import org.saphan.meetings.input.MeetingInputs.DecisionInput;
import org.saphan.meetings.input.MeetingInputs.MeetingInput;
import org.saphan.meetings.input.MeetingInputs.ParticipantInput;
import org.saphan.meetings.input.MeetingInputs.ProgressInput;
import org.saphan.meetings.minutes.ThirteenthMeeting;
import org.saphan.meetings.service.MeetingService;
import org.saphan.platform.text.TextDraft;
import org.saphan.platform.text.TranslationDraft;
import tools.jackson.databind.JsonNode;

/**
 * The 13th meeting of the Myanmar–Thai Border Coordination Centre (Tachileik–Chiang Rai), hosted by
 * Chiang Rai on 24 September 2019 (B.E. 2562) with Lao PDR invited, recreated from the seed text
 * (../shared/seeds/003_1e1009f17ced5cf6.txt): agenda items in Thai as the seed words them.
 */
class MeetingScenariosTest {

  private static final String CHIANG_RAI = "th-cei";
  private static final String TACHILEIK = "mm-tcl";
  private static final String HOUAYXAY = "la-hxy";
  private static final Duration DELIVERY = Duration.ofSeconds(30);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** The seed's five agenda items, in Thai as the seed words them, and in English. */
  static final List<String> AGENDA_TH = ThirteenthMeeting.AGENDA_TH;
  static final List<String> AGENDA_EN = ThirteenthMeeting.AGENDA_EN;

  private static ServiceFederation federation;

  @BeforeAll
  static void start() {
    federation = ServiceFederation.start(MeetingServiceApplication.class, Map.of(), List.of("--saphan.meetings.chase-interval=1h"));
  }

  @AfterAll
  static void stop() {
    if (federation != null) {
      federation.close();
    }
  }

  private static TextDraft thai(String text, String english) {
    return new TextDraft("th", text, List.of(new TranslationDraft("en", english, "HUMAN", "saphan-fixtures", false)));
  }

  static MeetingInput thirteenthMeeting(int number) {
    List<AgendaInput> agenda = new java.util.ArrayList<>();
    for (int i = 0; i < AGENDA_TH.size(); i++) {
      agenda.add(new AgendaInput(i + 1, thai(AGENDA_TH.get(i), AGENDA_EN.get(i)), i == 3 ? List.of("alert:TH-CEI-2562-0924-01") : List.of()));
    }
    return new MeetingInput("BCC-MM-TH", thai("ศูนย์ประสานงานชายแดนเพื่อการต่อต้านการค้ามนุษย์ เมียนมาร์ – ไทย (ท่าขี้เหล็ก – เชียงราย)",
        "Myanmar–Thai Border Coordination Centre against trafficking (Tachileik–Chiang Rai)"), number,
        thai("ห้องมรกต โรงแรมวังคำ ถนนเปมะวิภาต ตำบลเวียง อำเภอเมืองเชียงราย", "Emerald Room, Wangcome Hotel, Chiang Rai"),
        "2019-09-24T09:00:00+07:00",
        List.of(new ParticipantInput(CHIANG_RAI, thai("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงราย",
                "Chiang Rai Provincial Office of Social Development and Human Security")),
            new ParticipantInput(TACHILEIK, new TextDraft("en", "Tachileik Anti-Trafficking Border Coordination Office", List.of())),
            new ParticipantInput(HOUAYXAY, new TextDraft("en", "Bokeo Province anti-trafficking committee (invited)", List.of()))),
        List.of("th", "my", "lo", "en"), agenda,
        List.of(new DecisionInput(4, thai("ส่งข่าวสารแจ้งเตือนระหว่างเมืองชายแดนผ่านระบบสะพานภายในวันเดียวกันที่ได้รับข้อมูล",
            "Border towns send each other alerts through Saphan on the day the information is received"))));
  }

  private static JsonNode await200(String node, String path) {
    return await().atMost(DELIVERY).until(() -> federation.get(node, path), r -> r.status() == 200).json();
  }

  @Test
  void theThirteenthMeetingWithItsAgendaDecisionAndChasedActionItems() {
    // given the 13th meeting recorded by Chiang Rai's secretariat
    federation.clock().advance(Duration.ZERO);
    Response recorded = federation.postJson(CHIANG_RAI, "/api/meetings", thirteenthMeeting(13), "secretariat-cei-1");
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    String meetingId = recorded.json().get("meetingId").asString();
    assertThat(meetingId).isEqualTo("BCC-MM-TH-13");

    // then Tachileik and Houayxay hold it, with its five agenda items and the decision
    for (String node : List.of(TACHILEIK, HOUAYXAY)) {
      JsonNode meeting = await200(node, "/api/meetings/" + meetingId);
      assertThat(meeting.get("agenda")).extracting(a -> a.at("/title/text").asString()).containsExactlyElementsOf(AGENDA_TH);
      assertThat(meeting.at("/agenda/3/links/0").asString()).isEqualTo("alert:TH-CEI-2562-0924-01");
      assertThat(meeting.at("/decisions/0/agendaItemId").asString()).isEqualTo("BCC-MM-TH-13-A4");
      assertThat(meeting.get("startsAt").asString()).isEqualTo("2019-09-24T09:00:00+07:00");
    }

    // when the secretariat assigns one action item to Tachileik (due 8 October) and one to Chiang Rai (due 30 November)
    Response forTachileik = federation.postJson(CHIANG_RAI, "/api/meetings/" + meetingId + "/actions", new ActionItemInput(4,
        new TextDraft("my", "သတိပေးချက်ပေးပို့ရန် တာဝန်ခံအရာရှိစာရင်းကို ပေးပို့ရန်", List.of(new TranslationDraft("en",
            "Send the list of duty officers for alerts", "HUMAN", "saphan-fixtures", false))), TACHILEIK,
        new TextDraft("en", "Tachileik Anti-Trafficking Border Coordination Office", List.of()), "2019-10-08", List.of()), "secretariat-cei-1");
    assertThat(forTachileik.status()).as(forTachileik.toString()).isEqualTo(201);
    String tachileikItem = forTachileik.json().get("actionId").asString();
    Response forChiangRai = federation.postJson(CHIANG_RAI, "/api/meetings/" + meetingId + "/actions", new ActionItemInput(5,
        thai("จัดทำแผนการส่งกลับผู้เสียหายร่วมกัน", "Draft a joint plan for returning victims"), CHIANG_RAI,
        thai("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงราย", "Chiang Rai PSDHS"), "2019-11-30", List.of("case:TH-CEI-RP-SH-0012")),
        "secretariat-cei-1");
    String chiangRaiItem = forChiangRai.json().get("actionId").asString();
    await200(TACHILEIK, "/api/actions/" + tachileikItem);

    // and Tachileik starts work on its item
    Response started = federation.postJson(TACHILEIK, "/api/actions/" + tachileikItem + "/progress",
        new ProgressInput("IN_PROGRESS", new TextDraft("my", "စာရင်းပြုစုနေပါသည်", List.of())), "secretariat-tcl-4");
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    await().atMost(DELIVERY).until(() -> federation.get(CHIANG_RAI, "/api/actions/" + tachileikItem).json().get("status").asString(),
        "IN_PROGRESS"::equals);

    // when 5 October comes, Tachileik is reminded (due within 3 days); Chiang Rai's item is not yet due
    federation.clock().advance(Duration.ofDays(11));
    assertThat(federation.bean(TACHILEIK, MeetingService.class).chase()).containsExactly(tachileikItem);
    assertThat(federation.bean(CHIANG_RAI, MeetingService.class).chase()).isEmpty();

    // and on 9 October the item is overdue: an event, and first in Tachileik's own list
    federation.clock().advance(Duration.ofDays(4));
    assertThat(federation.bean(TACHILEIK, MeetingService.class).chase()).containsExactly(tachileikItem);
    assertThat(federation.bean(TACHILEIK, MeetingService.class).chase()).as("chased once").isEmpty();
    JsonNode own = federation.get(TACHILEIK, "/api/actions").json();
    assertThat(own.get(0).get("actionId").asString()).isEqualTo(tachileikItem);
    assertThat(own.get(0).get("overdue").asBoolean()).isTrue();

    // then Chiang Rai, the host, sees the chases and the overdue item, and its own item is not overdue
    JsonNode atHost = await().atMost(DELIVERY).until(() -> federation.get(CHIANG_RAI, "/api/actions/" + tachileikItem).json(),
        a -> a.get("chased").size() == 2);
    assertThat(atHost.get("chased")).extracting(JsonNode::asString).containsExactly("OVERDUE", "REMINDER");
    assertThat(atHost.get("overdue").asBoolean()).isTrue();
    assertThat(federation.get(CHIANG_RAI, "/api/actions/" + chiangRaiItem).json().get("overdue").asBoolean()).isFalse();

    // and once done, the item is no longer overdue and cannot be reopened
    federation.postJson(TACHILEIK, "/api/actions/" + tachileikItem + "/progress", new ProgressInput("DONE", null), "secretariat-tcl-4");
    Response reopen = federation.postJson(TACHILEIK, "/api/actions/" + tachileikItem + "/progress", new ProgressInput("IN_PROGRESS", null),
        "secretariat-tcl-4");
    assertThat(reopen.status()).isEqualTo(409);
    assertThat(reopen.json().get("message").asString()).contains("DONE is final");
    await().atMost(DELIVERY).until(() -> federation.get(CHIANG_RAI, "/api/actions/" + tachileikItem).json().get("overdue").asBoolean(), o -> !o);

    // and the minutes, at Tachileik, read in Thai (Buddhist era) and in English, as HTML and PDF
    Response thaiHtml = federation.get(TACHILEIK, "/api/meetings/" + meetingId + "/minutes?language=th");
    assertThat(thaiHtml.status()).isEqualTo(200);
    assertThat(thaiHtml.body()).contains(AGENDA_TH.get(0)).contains(AGENDA_TH.get(4)).contains("2562");
    Response englishHtml = federation.get(TACHILEIK, "/api/meetings/" + meetingId + "/minutes?language=en");
    assertThat(englishHtml.body()).contains(AGENDA_EN.get(3)).contains("2019");
    assertThat(federation.get(TACHILEIK, "/api/meetings/" + meetingId + "/minutes?language=fr").status()).isEqualTo(400);
    byte[] pdf = federation.getBytes(TACHILEIK, "/api/meetings/" + meetingId + "/minutes.pdf?language=th");
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(text.replaceAll("\\s+", "")).contains(AGENDA_TH.get(3).replaceAll("\\s+", ""));
    } catch (java.io.IOException e) {
      throw new AssertionError("the minutes PDF does not open", e);
    }
  }

  @Test
  void aMeetingsAgendaIsFoundBySearchAndTranslatedAtAnotherCentre() {
    String meetingId = federation.postJson(CHIANG_RAI, "/api/meetings", thirteenthMeeting(18), "secretariat-cei-1").json().get("meetingId")
        .asString();
    await200(HOUAYXAY, "/api/meetings/" + meetingId);

    // "แรงงาน" (workers) is one word inside the unspaced agenda title "ขั้นตอนการดำเนินการอนุญาตทำงานของแรงงาน"
    String query = java.net.URLEncoder.encode("แรงงาน", java.nio.charset.StandardCharsets.UTF_8);
    JsonNode hit = await().atMost(Duration.ofSeconds(30)).until(() -> federation.get(HOUAYXAY, "/api/search?limit=200&q=" + query).json(),
        hits -> hits.findValues("aggregateId").stream().anyMatch(a -> a.asString().equals(meetingId)));
    JsonNode agendaTitle = java.util.stream.StreamSupport.stream(hit.spliterator(), false)
        .map(h -> h.get("text")).filter(t -> t.get("aggregateId").asString().equals(meetingId)).findFirst().orElseThrow();
    assertThat(agendaTitle.get("stream").asString()).isEqualTo("meeting");
    assertThat(agendaTitle.get("path").asString()).isEqualTo("agenda/0/title");
    assertThat(agendaTitle.get("normalized").asString()).isEqualTo(AGENDA_TH.get(0));

    // a Lao translator translates it; Chiang Rai's secretariat sees the Lao translation, Tachileik too (the meeting went to all three)
    String lao = "ຂັ້ນຕອນການອະນຸຍາດເຮັດວຽກຂອງແຮງງານ";
    Response translated = federation.postJson(HOUAYXAY, "/api/texts/" + agendaTitle.get("ref").asString() + "/translations",
        Map.of("language", "lo", "text", lao), "translator-hxy-1");
    assertThat(translated.status()).as(translated.toString()).isEqualTo(201);
    for (String node : List.of(CHIANG_RAI, TACHILEIK)) {
      await().atMost(Duration.ofSeconds(30)).until(() -> federation.get(node, "/api/texts/" + agendaTitle.get("ref").asString()).body(),
          body -> body.contains(lao));
    }
    // the Lao minutes now show the translation, where they showed the English one before
    Response laoMinutes = federation.get(HOUAYXAY, "/api/meetings/" + meetingId + "/minutes?language=lo");
    assertThat(laoMinutes.status()).isEqualTo(200);
    assertThat(laoMinutes.body()).contains(lao).doesNotContain(AGENDA_EN.get(0));
    assertThat(federation.get(TACHILEIK, "/api/meetings/" + meetingId + "/minutes?language=my").body()).contains(AGENDA_EN.get(0));

    // and the Lao word is now found too, at Chiang Rai
    String laoQuery = java.net.URLEncoder.encode("ແຮງງານ", java.nio.charset.StandardCharsets.UTF_8);
    assertThat(federation.get(CHIANG_RAI, "/api/search?limit=200&q=" + laoQuery).json().findValues("aggregateId"))
        .anySatisfy(a -> assertThat(a.asString()).isEqualTo(meetingId));
  }

  @Test
  void onlyTheOwnerRecordsProgressAndOnlyTheHostAssigns() {
    String meetingId = federation.postJson(CHIANG_RAI, "/api/meetings", thirteenthMeeting(14), "secretariat-cei-1").json().get("meetingId")
        .asString();
    String item = federation.postJson(CHIANG_RAI, "/api/meetings/" + meetingId + "/actions", new ActionItemInput(1,
        thai("ทบทวนขั้นตอนการอนุญาตทำงาน", "Review work permit procedures"), TACHILEIK, new TextDraft("en", "Tachileik labour office", List.of()),
        "2030-01-31", List.of()), "secretariat-cei-1").json().get("actionId").asString();
    await200(TACHILEIK, "/api/meetings/" + meetingId);

    Response notOwner = federation.postJson(CHIANG_RAI, "/api/actions/" + item + "/progress", new ProgressInput("DONE", null), "secretariat-cei-9");
    assertThat(notOwner.status()).isEqualTo(409);
    assertThat(notOwner.json().get("message").asString()).contains("owned by mm-tcl");

    Response notHost = federation.postJson(TACHILEIK, "/api/meetings/" + meetingId + "/actions", new ActionItemInput(1,
        thai("x", "x"), TACHILEIK, new TextDraft("en", "x", List.of()), "2030-01-31", List.of()), "secretariat-tcl-4");
    assertThat(notHost.status()).isEqualTo(409);
    assertThat(notHost.json().get("message").asString()).contains("hosted by th-cei");
  }

  @Test
  void badInputGetsAPrecise400AndNothingIsSent() {
    MeetingInput good = thirteenthMeeting(15);
    MeetingInput bad = new MeetingInput("bcc mm", good.series(), 0, good.venue(), "24/09/2019", List.of(new ParticipantInput("mm-mwd",
        good.participants().get(0).organisation())), List.of(), good.agenda(),
        List.of(new DecisionInput(9, new TextDraft("th", "x", List.of()))));

    Response response = federation.postJson(CHIANG_RAI, "/api/meetings", bad, "secretariat-cei-1");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors")).extracting(e -> e.get("field").asString())
        .contains("seriesCode", "number", "startsAt", "participants[0].node", "languages", "decisions[0].agendaNumber");
    assertThat(federation.get(CHIANG_RAI, "/api/meetings").json().valueStream().map(m -> m.get("number").asInt())).doesNotContain(0);

    Response badLink = federation.postJson(CHIANG_RAI, "/api/meetings", new MeetingInput("BCC-MM-TH", good.series(), 16, good.venue(),
        good.startsAt(), good.participants(), good.languages(), List.of(new AgendaInput(1, good.agenda().get(0).title(), List.of("ticket:42"))),
        List.of()), "secretariat-cei-1");
    assertThat(badLink.status()).isEqualTo(400);
    assertThat(badLink.json().at("/errors/0/rule").asString()).contains("alert:<alert id> or case:<case id>");
  }

  @Test
  void theMinutesAreInTheLanguageTheReadersBrowserAsksFor() throws IOException, InterruptedException {
    String meetingId = federation.postJson(CHIANG_RAI, "/api/meetings", thirteenthMeeting(17), "secretariat-cei-1").json().get("meetingId")
        .asString();
    String minutes = federation.baseUrl(CHIANG_RAI) + "/api/meetings/" + meetingId + "/minutes";

    // A Thai browser: Thai minutes, Buddhist era, and the response says it is Thai.
    HttpResponse<String> thai = get(minutes, "th-TH,th;q=0.9,en-US;q=0.8,en;q=0.7", HttpResponse.BodyHandlers.ofString());
    assertThat(thai.statusCode()).isEqualTo(200);
    assertThat(thai.headers().firstValue("Content-Language")).hasValue("th");
    assertThat(thai.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept-Language"));
    assertThat(thai.body()).startsWith("<!DOCTYPE html>\n<html lang=\"th\">").contains(AGENDA_TH.get(0)).contains("2562");

    // ?language= still names the language outright, whatever the browser says.
    HttpResponse<String> english = get(minutes + "?language=en", "th", HttpResponse.BodyHandlers.ofString());
    assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
    assertThat(english.body()).contains("<html lang=\"en\">").contains(AGENDA_EN.get(3)).contains("2019");

    // The PDF follows the same header.
    HttpResponse<byte[]> burmese = get(minutes.replace("/minutes", "/minutes.pdf"), "my-MM,my;q=0.9", HttpResponse.BodyHandlers.ofByteArray());
    assertThat(burmese.statusCode()).isEqualTo(200);
    assertThat(burmese.headers().firstValue("Content-Language")).hasValue("my");
    assertThat(burmese.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"" + meetingId + "-my.pdf\"");

    // No supported language in the header: English.
    assertThat(get(minutes, "fr-FR,fr;q=0.9", HttpResponse.BodyHandlers.ofString()).body()).contains("<html lang=\"en\">");

    Response unsupported = federation.get(CHIANG_RAI, "/api/meetings/" + meetingId + "/minutes?language=xx");
    assertThat(unsupported.status()).isEqualTo(400);
    assertThat(unsupported.json().at("/errors/0/field").asString()).isEqualTo("language");
    assertThat(unsupported.json().at("/errors/0/rule").asString()).contains("'xx'", "th, my, lo, en");
  }

  /** A GET at Chiang Rai as a signed-in officer's browser sends it, with the reader's Accept-Language. */
  private static <T> HttpResponse<T> get(String url, String acceptLanguage, BodyHandler<T> body) throws IOException, InterruptedException {
    String token = federation.identityProvider().token(CHIANG_RAI, "secretariat-cei-1");
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", acceptLanguage)
        .header("Authorization", "Bearer " + token).GET().build(), body);
  }
}
