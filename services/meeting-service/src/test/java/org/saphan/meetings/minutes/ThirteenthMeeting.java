package org.saphan.meetings.minutes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.Provenance;
import org.saphan.schema.common.Translation;

/**
 * The 13th meeting of the Myanmar–Thai Border Coordination Centre (Tachileik–Chiang Rai), 24
 * September 2019 (B.E. 2562) at Chiang Rai with Lao PDR invited, recreated from seed 003 (a Chiang
 * Rai provincial news item). The five agenda titles are the seed's Thai phrases, verbatim; the
 * Burmese, Lao and English translations were written for these tests (HUMAN, not reviewed,
 * translator "saphan-fixtures"), except where a test needs another status:
 * <ul>
 *   <li>agenda item 2 in Burmese is a MACHINE translation;
 *   <li>agenda item 5 in Lao is STALE (it translates an earlier, shorter Thai wording);
 *   <li>the decision's English translation is HUMAN and reviewed (HUMAN_VERIFIED);
 *   <li>Tachileik's organisation name is written in Burmese, its translations come from the glossary;
 *   <li>Houayxay's name has no Burmese translation, the Tachileik progress note only an English one (MISSING).
 * </ul>
 */
public final class ThirteenthMeeting {

  static final String TRANSLATOR = "saphan-fixtures";
  static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
  /** The renderers' clock: minutes exported on 15 November 2019, after action 2 fell due. */
  static final Clock EXPORT_CLOCK = Clock.fixed(Instant.parse("2019-11-15T03:00:00Z"), ZoneOffset.UTC);
  private static final Instant TRANSLATED_AT = Instant.parse("2019-09-20T02:00:00Z");

  /** The agenda as the seed words it, in Thai. */
  public static final List<String> AGENDA_TH = List.of(
      "ขั้นตอนการดำเนินการอนุญาตทำงานของแรงงาน",
      "การจัดระเบียบสถานประกอบการ",
      "การเฝ้าระวังป้องกันและแก้ไขสถานการณ์การลักลอบเข้าเมืองบริเวณชายแดนที่เป็นส่วนหนึ่งในขบวนการค้ามนุษย์",
      "การส่งข่าวสารแจ้งเตือนระหว่างเมืองชายแดน",
      "การคุ้มครองและส่งกลับผู้เสียหายจากการค้ามนุษย์ในเขตเมืองชายแดน");
  static final List<String> AGENDA_MY = List.of(
      "ရွှေ့ပြောင်းလုပ်သားများ၏ အလုပ်လုပ်ကိုင်ခွင့် လုပ်ငန်းစဉ်များ",
      "အန္တရာယ်ရှိသော လုပ်ငန်းဌာနများကို စည်းကြပ်ခြင်း",
      "လူကုန်ကူးမှု၏ အစိတ်အပိုင်းဖြစ်သော နယ်စပ်ဖြတ်ကျော် တရားမဝင်ဝင်ရောက်မှုများကို စောင့်ကြည့် ကာကွယ် ဖြေရှင်းခြင်း",
      "နယ်စပ်မြို့များအကြား သတိပေးချက်များ ဖလှယ်ခြင်း",
      "နယ်စပ်မြို့များရှိ လူကုန်ကူးမှုခံရသူများကို ကာကွယ်စောင့်ရှောက်ခြင်းနှင့် ပြန်လည်ပို့ဆောင်ခြင်း");
  static final List<String> AGENDA_LO = List.of(
      "ຂັ້ນຕອນການອະນຸຍາດເຮັດວຽກຂອງແຮງງານ",
      "ການຈັດລະບຽບສະຖານປະກອບການທີ່ມີຄວາມສ່ຽງ",
      "ການເຝົ້າລະວັງ ປ້ອງກັນ ແລະ ແກ້ໄຂການລັກລອບເຂົ້າເມືອງຕາມຊາຍແດນ ທີ່ເປັນສ່ວນໜຶ່ງຂອງຂະບວນການຄ້າມະນຸດ",
      "ການແລກປ່ຽນຂ່າວສານແຈ້ງເຕືອນລະຫວ່າງເມືອງຊາຍແດນ",
      "ການປົກປ້ອງ ແລະ ສົ່ງກັບຜູ້ເສຍຫາຍຈາກການຄ້າມະນຸດ");
  public static final List<String> AGENDA_EN = List.of(
      "Work permit procedures for migrant workers",
      "Regulating establishments at risk",
      "Monitoring and preventing illegal border crossings that are part of human trafficking",
      "Exchanging alerts between border towns",
      "Protection and return of trafficking victims in border towns");
  /** The earlier Thai wording of item 5, which the Lao translation still translates. */
  static final String AGENDA_5_TH_EARLIER = "การคุ้มครองและส่งกลับผู้เสียหายจากการค้ามนุษย์";

  static final String ALERT = "alert:TH-CEI-2562-0924-01";
  static final String CASE = "case:TH-CEI-RP-2562-0007";

  static final String DECISION_TH =
      "ให้ศูนย์ประสานงานชายแดนทั้งสองฝ่ายส่งข่าวสารแจ้งเตือนถึงกันผ่านระบบสะพานภายใน 24 ชั่วโมง และแจ้งกลับเมื่อได้รับ";
  static final String DECISION_EN =
      "Both border coordination centres send each other alerts through Saphan within 24 hours and acknowledge every alert they receive.";
  static final String DECISION_MY =
      "နယ်စပ်ညှိနှိုင်းရေးရုံး နှစ်ဘက်စလုံးသည် သတိပေးချက်များကို Saphan စနစ်မှတစ်ဆင့် ၂၄ နာရီအတွင်း အပြန်အလှန် ပေးပို့ပြီး လက်ခံရရှိကြောင်း ပြန်ကြားရမည်။";
  static final String DECISION_LO =
      "ສູນປະສານງານຊາຍແດນທັງສອງຝ່າຍ ສົ່ງຂ່າວສານແຈ້ງເຕືອນເຖິງກັນຜ່ານລະບົບ Saphan ພາຍໃນ 24 ຊົ່ວໂມງ ແລະ ແຈ້ງຕອບເມື່ອໄດ້ຮັບ";

  static final String NOTE_MY = "ချင်းရိုင်ဘက်သို့ စာရင်းမူကြမ်း ပေးပို့ပြီး အတည်ပြုချက်ကို စောင့်ဆိုင်းနေသည်။";
  static final String NOTE_MY_EN = "Draft list sent to Chiang Rai; waiting for its confirmation.";

  private ThirteenthMeeting() {}

  static Minutes minutes() {
    return minutes(AGENDA_TH.get(1));
  }

  /** The same meeting with another wording of agenda item 2 (the escaping test puts markup there). */
  static Minutes minutes(String agendaItem2Thai) {
    List<String> agendaTh = new ArrayList<>(AGENDA_TH);
    agendaTh.set(1, agendaItem2Thai);
    List<Minutes.AgendaItem> agenda = new ArrayList<>();
    for (int i = 0; i < agendaTh.size(); i++) {
      agenda.add(new Minutes.AgendaItem("item-" + (i + 1), i + 1, agendaTitle(i, agendaTh.get(i)), links(i)));
    }
    LocalizedText series = thai("ศูนย์ประสานงานชายแดนเพื่อการต่อต้านการค้ามนุษย์ เมียนมาร์ – ไทย (ท่าขี้เหล็ก – เชียงราย)",
        "လူကုန်ကူးမှု တိုက်ဖျက်ရေး မြန်မာ–ထိုင်း နယ်စပ်ညှိနှိုင်းရေးရုံး (တာချီလိတ်–ချင်းရိုင်)",
        "ສູນປະສານງານຊາຍແດນເພື່ອຕ້ານການຄ້າມະນຸດ ມຽນມາ – ໄທ (ທ່າຂີ້ເຫຼັກ – ຊຽງຮາຍ)",
        "Myanmar–Thai Border Coordination Centre against Trafficking in Persons (Tachileik–Chiang Rai)");
    LocalizedText venue = thai("ห้องมรกต โรงแรมวังคำ ถนนเปมะวิภาต ตำบลเวียง อำเภอเมืองเชียงราย",
        "ချင်းရိုင်မြို့ ဝမ်ကမ်းဟိုတယ် မြခန်းမ",
        "ຫ້ອງມໍລະກົດ ໂຮງແຮມວັງຄຳ ເມືອງຊຽງຮາຍ",
        "Emerald Room, Wangcome Hotel, Premawiphat Road, Wiang, Mueang Chiang Rai");
    return new Minutes("BCC-MM-TH-13", series, 13, "th-cei", venue,
        ZonedDateTime.of(2019, 9, 24, 9, 0, 0, 0, BANGKOK),
        participants(), List.of("th", "my", "lo"), List.copyOf(agenda), List.of(decision()), actions());
  }

  private static LocalizedText agendaTitle(int index, String thaiTitle) {
    LocalizedText title = LocalizedTexts.original("th", thaiTitle);
    title = human(title, "en", AGENDA_EN.get(index));
    title = index == 1
        ? LocalizedTexts.withTranslation(title, "my", AGENDA_MY.get(index), Provenance.MACHINE, "mt-engine-fixture", TRANSLATED_AT, false)
        : human(title, "my", AGENDA_MY.get(index));
    if (index == 4) {
      // The Lao translation was made when item 5 still had its earlier, shorter wording.
      LocalizedText earlier = human(LocalizedTexts.original("th", AGENDA_5_TH_EARLIER), "lo", AGENDA_LO.get(index));
      List<Translation> translations = new ArrayList<>(title.getTranslations());
      translations.addAll(earlier.getTranslations());
      return LocalizedText.newBuilder(title).setTranslations(translations).build();
    }
    return human(title, "lo", AGENDA_LO.get(index));
  }

  private static List<String> links(int index) {
    return switch (index) {
      case 3 -> List.of(ALERT);
      case 4 -> List.of(CASE);
      default -> List.of();
    };
  }

  private static List<Minutes.Participant> participants() {
    LocalizedText chiangRai = thai("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงราย",
        "ချင်းရိုင်ခရိုင် လူမှုဖွံ့ဖြိုးရေးနှင့် လူသားလုံခြုံရေး ရုံး",
        "ຫ້ອງການພັດທະນາສັງຄົມ ແລະ ຄວາມໝັ້ນຄົງຂອງມະນຸດ ແຂວງຊຽງຮາຍ",
        "Chiang Rai Provincial Office of Social Development and Human Security");
    LocalizedText tachileik = LocalizedTexts.original("my", "တာချီလိတ် လူကုန်ကူးမှု တိုက်ဖျက်ရေး နယ်စပ်ညှိနှိုင်းရေးရုံး");
    tachileik = glossary(tachileik, "th", "ศูนย์ประสานงานชายแดนเพื่อการต่อต้านการค้ามนุษย์ ท่าขี้เหล็ก");
    tachileik = glossary(tachileik, "lo", "ສູນປະສານງານຊາຍແດນຕ້ານການຄ້າມະນຸດ ທ່າຂີ້ເຫຼັກ");
    tachileik = glossary(tachileik, "en", "Tachileik Border Coordination Centre against Trafficking in Persons");
    LocalizedText houayxay = LocalizedTexts.original("lo", "ສູນປະສານງານຊາຍແດນຕ້ານການຄ້າມະນຸດ ຫ້ວຍຊາຍ");
    houayxay = human(houayxay, "th", "ศูนย์ประสานงานชายแดนเพื่อการต่อต้านการค้ามนุษย์ ห้วยทราย");
    houayxay = human(houayxay, "en", "Houayxay Border Coordination Centre against Trafficking in Persons");
    return List.of(new Minutes.Participant("th-cei", chiangRai), new Minutes.Participant("mm-tcl", tachileik),
        new Minutes.Participant("la-hxy", houayxay));
  }

  private static Minutes.Decision decision() {
    LocalizedText text = LocalizedTexts.original("th", DECISION_TH);
    text = LocalizedTexts.withTranslation(text, "en", DECISION_EN, Provenance.HUMAN, TRANSLATOR, TRANSLATED_AT, true);
    text = human(text, "my", DECISION_MY);
    text = human(text, "lo", DECISION_LO);
    return new Minutes.Decision("decision-1", "item-4", text);
  }

  private static List<Minutes.ActionItem> actions() {
    LocalizedText thaiList = thai("จัดทำรายชื่อผู้ประสานงานแจ้งเตือนตลอด 24 ชั่วโมงของฝ่ายไทย",
        "ထိုင်းဘက်၏ ၂၄ နာရီ သတိပေးချက် ဆက်သွယ်ရန်စာရင်း ပြုစုရန်",
        "ຈັດເຮັດລາຍຊື່ຜູ້ປະສານງານແຈ້ງເຕືອນ 24 ຊົ່ວໂມງ ຂອງຝ່າຍໄທ",
        "Compile the Thai side's 24-hour alert contact list");
    LocalizedText thaiNote = thai("ส่งรายชื่อผู้ประสานงานให้ท่าขี้เหล็กแล้ว",
        "ဆက်သွယ်ရန်စာရင်းကို တာချီလိတ်သို့ ပေးပို့ပြီး",
        "ສົ່ງລາຍຊື່ຜູ້ປະສານງານໃຫ້ທ່າຂີ້ເຫຼັກແລ້ວ",
        "Contact list sent to Tachileik");
    Minutes.ActionItem chiangRai = new Minutes.ActionItem("action-1", "item-4", thaiList, "th-cei", participants().get(0).organisation(),
        LocalDate.of(2019, 10, 31), "DONE", false,
        List.of(new Minutes.ProgressNote("th-cei", "officer-cei-07", ZonedDateTime.of(2019, 10, 10, 14, 30, 0, 0, BANGKOK), thaiNote)),
        List.of(ALERT));

    LocalizedText burmeseList = LocalizedTexts.original("my", "တာချီလိတ်ဘက်မှ ၂၄ နာရီ ဆက်သွယ်ရမည့် တာဝန်ခံများစာရင်း ပေးပို့ရန်");
    burmeseList = human(burmeseList, "th", "ส่งรายชื่อเจ้าหน้าที่ติดต่อตลอด 24 ชั่วโมงของฝ่ายท่าขี้เหล็ก");
    burmeseList = human(burmeseList, "lo", "ສົ່ງລາຍຊື່ເຈົ້າໜ້າທີ່ປະຈຳການ 24 ຊົ່ວໂມງ ຂອງຝ່າຍທ່າຂີ້ເຫຼັກ");
    burmeseList = human(burmeseList, "en", "Send Tachileik's 24-hour duty officer list");
    LocalizedText burmeseNote = human(LocalizedTexts.original("my", NOTE_MY), "en", NOTE_MY_EN);
    Minutes.ActionItem tachileik = new Minutes.ActionItem("action-2", "item-4", burmeseList, "mm-tcl", participants().get(1).organisation(),
        LocalDate.of(2019, 10, 31), "IN_PROGRESS", true,
        List.of(new Minutes.ProgressNote("mm-tcl", "officer-tcl-03",
            ZonedDateTime.of(2019, 11, 5, 10, 0, 0, 0, ZoneId.of("Asia/Yangon")), burmeseNote)),
        List.of(ALERT, CASE));
    return List.of(chiangRai, tachileik);
  }

  /** A Thai original with human, unreviewed translations into Burmese, Lao and English. */
  private static LocalizedText thai(String th, String my, String lo, String en) {
    return human(human(human(LocalizedTexts.original("th", th), "my", my), "lo", lo), "en", en);
  }

  private static LocalizedText human(LocalizedText text, String language, String translation) {
    return LocalizedTexts.withTranslation(text, language, translation, Provenance.HUMAN, TRANSLATOR, TRANSLATED_AT, false);
  }

  private static LocalizedText glossary(LocalizedText text, String language, String translation) {
    return LocalizedTexts.withTranslation(text, language, translation, Provenance.GLOSSARY, "bcc-glossary", TRANSLATED_AT, true);
  }
}
