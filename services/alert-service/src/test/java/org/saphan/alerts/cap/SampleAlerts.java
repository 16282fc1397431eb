package org.saphan.alerts.cap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.schema.alert.AlertArea;
import org.saphan.schema.alert.AlertInfo;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.alert.AlertReference;
import org.saphan.schema.alert.AlertStatus;
import org.saphan.schema.alert.Category;
import org.saphan.schema.alert.Certainty;
import org.saphan.schema.alert.Geocode;
import org.saphan.schema.alert.MessageType;
import org.saphan.schema.alert.ResponseType;
import org.saphan.schema.alert.Scope;
import org.saphan.schema.alert.Severity;
import org.saphan.schema.alert.Urgency;
import org.saphan.schema.common.GeoCircle;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.Provenance;
import org.saphan.schema.common.Role;

/** Real {@link AlertIssued} events for the CAP tests: a Chiang Rai alert in Thai, translated into Burmese, Lao and English. */
final class SampleAlerts {

  /** 09:00 in Chiang Rai (+07:00), 08:30 in Tachileik (+06:30). */
  static final Instant SENT = Instant.parse("2019-09-24T02:00:00Z");

  static final String THAI_HEADLINE = "การลักลอบเข้าเมืองบริเวณชายแดนที่เป็นส่วนหนึ่งในขบวนการค้ามนุษย์";
  static final String BURMESE_HEADLINE = "လူကုန်ကူးမှု ကွန်ရက်၏ အစိတ်အပိုင်းဖြစ်သော နယ်စပ် တရားမဝင် ဝင်ရောက်မှု";
  static final String LAO_HEADLINE = "ການລັກລອບເຂົ້າເມືອງຕາມຊາຍແດນທີ່ເປັນສ່ວນໜຶ່ງຂອງຂະບວນການຄ້າມະນຸດ";
  static final String ENGLISH_HEADLINE = "Illegal border crossings that are part of human trafficking";

  static final String THAI_EVENT = "การค้ามนุษย์";
  static final String ENGLISH_EVENT = "Human trafficking";
  /** Translated into English only, so the Burmese and Lao info blocks fall back to the Thai. */
  static final String THAI_DESCRIPTION = "เฝ้าระวังจุดผ่านแดนธรรมชาติริมแม่น้ำสาย";
  static final String ENGLISH_DESCRIPTION = "Watch the natural crossing points along the Sai river";
  static final String THAI_AREA = "จุดผ่านแดนแม่สาย";
  static final String ENGLISH_AREA = "Mae Sai border crossing";
  static final String THAI_NOTE = "ส่งถึงศูนย์ท่าขี้เหล็กและห้วยทราย";
  static final String TACHILEIK_NOTE = "Crossing confirmed by the Tachileik river patrol";

  static final String POLYGON = "20.46,99.87 20.46,99.9 20.43,99.9 20.43,99.87 20.46,99.87";
  static final GeoCircle CIRCLE = new GeoCircle(20.4499, 99.8839, 2.0);

  private SampleAlerts() {}

  static EnvelopeFactory envelopes(String nodeId) {
    return new EnvelopeFactory(NodeRegistry.defaults().require(NodeId.of(nodeId)), Clock.fixed(SENT, ZoneOffset.UTC));
  }

  /** An Actual, Private alert from Chiang Rai to Tachileik and Houayxay with one Thai info block. */
  static AlertIssued.Builder thaiAlert() {
    String id = "TH-CEI-2019-0042";
    return AlertIssued.newBuilder()
        .setEnvelope(envelopes("th-cei").envelope(AlertIssued.getClassSchema(), id, 1, "officer-1", Role.OFFICER, Causation.start()))
        .setIdentifier(id)
        .setSender("bcc@th-cei.saphan")
        .setSentAt(SENT)
        .setSentUtcOffsetMinutes(420)
        .setStatus(AlertStatus.ACTUAL)
        .setMsgType(MessageType.ALERT)
        .setScope(Scope.PRIVATE)
        .setAddresses(List.of("mm-tcl", "la-hxy"))
        .setNote(LocalizedTexts.original("th", THAI_NOTE))
        .setInfos(List.of(thaiInfo().build()));
  }

  /** An Update from Tachileik (+06:30) citing the Chiang Rai alert and an earlier Tachileik message. */
  static AlertIssued.Builder burmeseUpdate() {
    String id = "MM-TCL-2019-0007";
    return AlertIssued.newBuilder(thaiAlert().build())
        .setEnvelope(envelopes("mm-tcl").envelope(AlertIssued.getClassSchema(), id, 1, "officer-7", Role.OFFICER, Causation.start()))
        .setIdentifier(id)
        .setSender("bcc@mm-tcl.saphan")
        .setSentAt(SENT.plus(Duration.ofMinutes(45)))
        .setSentUtcOffsetMinutes(390)
        .setMsgType(MessageType.UPDATE)
        .setAddresses(List.of("th-cei"))
        .setNote(LocalizedTexts.original("en", TACHILEIK_NOTE))
        .setReferences(List.of(
            new AlertReference("bcc@th-cei.saphan", "TH-CEI-2019-0042", SENT, 420),
            new AlertReference("bcc@mm-tcl.saphan", "MM-TCL-2019-0006", SENT.minus(Duration.ofMinutes(30)), 390)))
        .setIncidents(List.of("BCC-2019-17"));
  }

  static AlertInfo.Builder thaiInfo() {
    LocalizedText headline = LocalizedTexts.original("th", THAI_HEADLINE);
    headline = LocalizedTexts.withTranslation(headline, "my", BURMESE_HEADLINE, Provenance.HUMAN, "translator-mm", SENT, true);
    headline = LocalizedTexts.withTranslation(headline, "lo", LAO_HEADLINE, Provenance.HUMAN, "translator-la", SENT, true);
    headline = LocalizedTexts.withTranslation(headline, "en", ENGLISH_HEADLINE, Provenance.MACHINE, "mt-engine", SENT, false);
    return AlertInfo.newBuilder()
        .setLanguage("th")
        .setCategories(List.of(Category.SECURITY))
        .setEvent(translated("th", THAI_EVENT, "en", ENGLISH_EVENT))
        .setResponseTypes(List.of(ResponseType.MONITOR))
        .setUrgency(Urgency.IMMEDIATE)
        .setSeverity(Severity.SEVERE)
        .setCertainty(Certainty.LIKELY)
        .setHeadline(headline)
        .setDescription(translated("th", THAI_DESCRIPTION, "en", ENGLISH_DESCRIPTION))
        .setInstruction(null)
        .setEffectiveAt(SENT)
        .setExpiresAt(SENT.plus(Duration.ofDays(1)))
        .setAreas(List.of(AlertArea.newBuilder()
            .setAreaDesc(translated("th", THAI_AREA, "en", ENGLISH_AREA))
            .setPolygons(List.of(POLYGON))
            .setCircles(List.of(CIRCLE))
            .setGeocodes(List.of(new Geocode("ISO3166-2", "TH-57")))
            .build()));
  }

  private static LocalizedText translated(String language, String text, String toLanguage, String translation) {
    return LocalizedTexts.withTranslation(LocalizedTexts.original(language, text), toLanguage, translation, Provenance.HUMAN, "translator", SENT, true);
  }
}
