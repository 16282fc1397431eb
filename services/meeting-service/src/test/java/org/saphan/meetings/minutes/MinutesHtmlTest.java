package org.saphan.meetings.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MinutesHtmlTest {

  private final MinutesRenderer renderer = new MinutesRenderer(ThirteenthMeeting.EXPORT_CLOCK);

  /** What each reader must see: headings, title, agenda, meeting date, statuses, the overdue mark. */
  record Expected(String language, List<String> headings, String title, List<String> agenda, String date, List<String> statuses,
      String overdue) {}

  static Stream<Arguments> readers() {
    return Stream.of(
        new Expected("th", List.of("ผู้เข้าร่วมประชุม", "ระเบียบวาระการประชุม", "มติที่ประชุม", "งานที่ต้องดำเนินการ"),
            "การประชุมศูนย์ประสานงานชายแดนเพื่อการต่อต้านการค้ามนุษย์ เมียนมาร์ – ไทย (ท่าขี้เหล็ก – เชียงราย) ครั้งที่ 13",
            ThirteenthMeeting.AGENDA_TH, "24 กันยายน 2562 เวลา 09:00 เวลาไทย",
            List.of("ต้นฉบับ", "แปลตามอภิธานศัพท์", "แปลโดยคน ยังไม่ตรวจทาน", "ไม่มีคำแปลภาษาไทย"), "เกินกำหนด"),
        new Expected("my", List.of("တက်ရောက်သူများ", "အစည်းအဝေး အစီအစဉ်", "ဆုံးဖြတ်ချက်များ", "ဆောင်ရွက်ရန် လုပ်ငန်းများ"),
            "လူကုန်ကူးမှု တိုက်ဖျက်ရေး မြန်မာ–ထိုင်း နယ်စပ်ညှိနှိုင်းရေးရုံး (တာချီလိတ်–ချင်းရိုင်)</span> ၏ ၁၃ ကြိမ်မြောက် အစည်းအဝေး",
            ThirteenthMeeting.AGENDA_MY, "၂၀၁၉ စက်တင်ဘာ ၂၄ ထိုင်း အချိန် ၀၉:၀၀",
            List.of("မူရင်း", "လူဘာသာပြန် (မစစ်ဆေးရသေး)", "စက်ဘာသာပြန်", "မြန်မာဘာသာပြန် မရှိ"), "သတ်မှတ်ရက် ကျော်လွန်"),
        new Expected("lo", List.of("ຜູ້ເຂົ້າຮ່ວມ", "ວາລະກອງປະຊຸມ", "ມະຕິກອງປະຊຸມ", "ວຽກທີ່ຕ້ອງປະຕິບັດ"),
            "ກອງປະຊຸມ<span class=\"text\">ສູນປະສານງານຊາຍແດນເພື່ອຕ້ານການຄ້າມະນຸດ ມຽນມາ – ໄທ (ທ່າຂີ້ເຫຼັກ – ຊຽງຮາຍ)</span> ຄັ້ງທີ 13",
            ThirteenthMeeting.AGENDA_LO, "24 ກັນຍາ 2019, 09:00 ເວລາ ໄທ",
            List.of("ຕົ້ນສະບັບ", "ແປໂດຍຄົນ, ຍັງບໍ່ໄດ້ກວດ", "ແປຕາມປະມວນຄຳສັບ", "ຄຳແປລ້າສະໄໝ, ຕົ້ນສະບັບແກ້ໄຂແລ້ວ", "ບໍ່ມີຄຳແປພາສາລາວ"),
            "ເກີນກຳນົດ"),
        new Expected("en", List.of("Participants", "Agenda", "Decisions", "Action items"),
            "The 13th meeting of the <span class=\"text\">Myanmar–Thai Border Coordination Centre against Trafficking in Persons "
                + "(Tachileik–Chiang Rai)</span>",
            ThirteenthMeeting.AGENDA_EN, "24 September 2019 at 09:00 Thailand Time",
            List.of("Human translation, not reviewed", "Human translation, reviewed", "Glossary translation"), "Overdue"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void aReaderGetsTheMinutesInTheirLanguage(Expected expected) {
    String html = renderer.html(ThirteenthMeeting.minutes(), expected.language());

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"" + expected.language() + "\">")
        .contains("<meta charset=\"utf-8\">", "<style>")
        .contains(expected.title())
        .contains(expected.date())
        .contains(expected.overdue());
    for (String heading : expected.headings()) {
      assertThat(html).contains("<h2>" + heading + "</h2>");
    }
    for (String item : expected.agenda()) {
      assertThat(html).contains("<span class=\"text\">" + item + "</span>");
    }
    for (String status : expected.statuses()) {
      assertThat(html).contains(">" + status + "</span>");
    }
  }

  @Test
  void theAgendaIsInTheSeedsOrderAndEveryTextCarriesItsStatus() {
    String html = renderer.html(ThirteenthMeeting.minutes(), "th");

    List<String> items = all(Pattern.compile("<span class=\"marker\">(\\d)\\.</span><div>\\n<p><span class=\"text\">([^<]+)</span>"),
        html.substring(html.indexOf("<section id=\"agenda\">"), html.indexOf("<section id=\"decisions\">")));
    assertThat(items).containsExactly(
        "1 " + ThirteenthMeeting.AGENDA_TH.get(0), "2 " + ThirteenthMeeting.AGENDA_TH.get(1), "3 " + ThirteenthMeeting.AGENDA_TH.get(2),
        "4 " + ThirteenthMeeting.AGENDA_TH.get(3), "5 " + ThirteenthMeeting.AGENDA_TH.get(4));
    int texts = count(html, "<span class=\"text\"");
    assertThat(texts).isGreaterThan(10).isEqualTo(count(html, "<span class=\"status "));
  }

  @Test
  void statusesDifferPerReader() {
    String burmese = renderer.html(ThirteenthMeeting.minutes(), "my");
    // Agenda item 2 was machine-translated into Burmese, with the engine named.
    assertThat(burmese).contains("စည်းကြပ်ခြင်း</span> <span class=\"status status-machine\" title=\"mt-engine-fixture\">စက်ဘာသာပြန်</span>");
    // Houayxay's name has no Burmese translation: the English one is shown, tagged as English.
    assertThat(burmese).contains("<span class=\"text\" lang=\"en\">Houayxay Border Coordination Centre against Trafficking in Persons</span> "
        + "<span class=\"status status-missing\">မြန်မာဘာသာပြန် မရှိ</span>");

    String lao = renderer.html(ThirteenthMeeting.minutes(), "lo");
    assertThat(lao).contains(ThirteenthMeeting.AGENDA_LO.get(4) + "</span> <span class=\"status status-stale\"");
  }

  @Test
  void overdueActionsAndLinksAreShown() {
    String html = renderer.html(ThirteenthMeeting.minutes(), "en");
    String actions = html.substring(html.indexOf("<section id=\"actions\">"));

    assertThat(count(actions, "<li class=\"entry overdue\">")).isEqualTo(1);
    assertThat(actions.substring(actions.indexOf("<li class=\"entry overdue\">")))
        .contains("Send Tachileik&#39;s 24-hour duty officer list", "<strong class=\"overdue-flag\">Overdue</strong>",
            "31 October 2019", "In progress", "Alert <code>TH-CEI-2562-0924-01</code>, Case <code>TH-CEI-RP-2562-0007</code>",
            // Written at 10:00 in Tachileik (UTC+6:30), shown in the meeting's zone.
            "5 November 2019 at 10:30 Thailand Time");
    assertThat(html).contains("<footer>BCC-MM-TH-13 · Exported 15 November 2019 at 10:00 Thailand Time</footer>");
  }

  @Test
  void textsAreEscaped() {
    String injected = "<script>alert('x')</script> & \"quoted\"";
    String html = renderer.html(ThirteenthMeeting.minutes(injected), "th");

    assertThat(html).doesNotContain("<script").doesNotContain("alert('x')")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
    assertThat(MinutesHtml.escape("a\"b' onmouseover=<x>&")).isEqualTo("a&quot;b&#39; onmouseover=&lt;x&gt;&amp;");
  }

  @Test
  void onlyTheFourReaderLanguagesAreAccepted() {
    assertThatThrownBy(() -> renderer.html(ThirteenthMeeting.minutes(), "fr"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fr'");
  }

  private static List<String> all(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    List<String> found = new java.util.ArrayList<>();
    while (matcher.find()) {
      found.add(matcher.group(1) + " " + matcher.group(2));
    }
    return found;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
