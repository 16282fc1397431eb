package org.saphan.alerts.scenario;

import java.util.List;
import java.util.UUID;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.alerts.draft.AreaDraft;
import org.saphan.alerts.draft.InfoDraft;
import org.saphan.alerts.draft.ReferenceDraft;
import org.saphan.platform.text.TextDraft;
import org.saphan.platform.text.TranslationDraft;

/**
 * Alerts as Chiang Rai's officers would type them, from the seed texts (the 13th Myanmar–Thai BCC
 * meeting's agenda: illegal crossings that are part of trafficking; alerts between border towns).
 * Burmese and Lao are the project's own, unreviewed translations.
 */
final class SeedAlerts {

  static final String CROSSING_TH = "การลักลอบเข้าเมืองบริเวณชายแดนที่เป็นส่วนหนึ่งในขบวนการค้ามนุษย์";
  static final String CROSSING_MY = "လူကုန်ကူးမှု ကွန်ရက်၏ အစိတ်အပိုင်းဖြစ်သော နယ်စပ် တရားမဝင် ဝင်ရောက်မှု";
  static final String CROSSING_LO = "ການລັກລອບເຂົ້າເມືອງຕາມຊາຍແດນທີ່ເປັນສ່ວນໜຶ່ງຂອງຂະບວນການຄ້າມະນຸດ";
  static final String BRIDGE_TH = "สะพานมิตรภาพไทย–เมียนมาร์ แม่สาย–ท่าขี้เหล็ก";

  private SeedAlerts() {}

  static String newIdentifier() {
    return "TH-CEI-2562-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static TextDraft crossing() {
    return new TextDraft("th", CROSSING_TH, List.of(
        new TranslationDraft("my", CROSSING_MY, "HUMAN", "saphan-fixtures", false),
        new TranslationDraft("lo", CROSSING_LO, "HUMAN", "saphan-fixtures", false),
        new TranslationDraft("en", "Illegal border crossing linked to human trafficking", "HUMAN", "saphan-fixtures", false)));
  }

  static InfoDraft info(String severity, String expires) {
    return new InfoDraft("th", List.of("Security", "Rescue"), crossing(), List.of("Monitor"), "Immediate", severity, "Likely",
        TextDraft.of("th", "เฝ้าระวังการลักลอบเข้าเมืองบริเวณ" + BRIDGE_TH), null, null, null, expires,
        List.of(new AreaDraft(TextDraft.of("th", BRIDGE_TH), List.of(), List.of("20.4487,99.8812 1.0"), List.of())));
  }

  /** A new alert from Chiang Rai: scope Private to {@code addresses}, or Public to all when none. */
  static AlertDraft alert(String identifier, String status, String severity, List<String> addresses) {
    String scope = addresses.isEmpty() ? "Public" : "Private";
    return new AlertDraft(identifier, null, "2019-09-24T09:00:00+07:00", status, "Alert", scope, null, addresses, List.of(), List.of(),
        null, List.of(info(severity, null)));
  }

  static AlertDraft followUp(AlertDraft original, String msgType, String identifier, String sent, List<InfoDraft> infos) {
    return followUp("th-cei", original, msgType, identifier, sent, infos);
  }

  /** A follow-up of {@code original}, sent by {@code node}. */
  static AlertDraft followUp(String node, AlertDraft original, String msgType, String identifier, String sent, List<InfoDraft> infos) {
    return new AlertDraft(identifier, null, sent, original.status(), msgType, original.scope(), null, original.addresses(),
        List.of(new ReferenceDraft("bcc@" + node + ".saphan", original.identifier(), original.sent())), List.of(), null, infos);
  }
}
