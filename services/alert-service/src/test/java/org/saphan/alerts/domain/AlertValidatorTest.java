package org.saphan.alerts.domain;

import org.saphan.platform.validation.InvalidInputException;
import org.saphan.platform.validation.Violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.alerts.draft.AreaDraft;
import org.saphan.alerts.draft.InfoDraft;
import org.saphan.alerts.draft.ReferenceDraft;
import org.saphan.platform.text.TextDraft;
import org.saphan.platform.text.TranslationDraft;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.alert.AlertStatus;
import org.saphan.schema.alert.Category;
import org.saphan.schema.alert.Scope;
import org.saphan.schema.alert.Severity;
import org.saphan.schema.common.Provenance;
import org.saphan.schema.common.Role;
import org.saphan.schema.common.TextEncoding;

class AlertValidatorTest {

  static final NodeRegistry REGISTRY = NodeRegistry.defaults();
  static final Instant NOW = Instant.parse("2019-09-24T02:00:00Z");
  static final AlertValidator CHIANG_RAI = new AlertValidator(REGISTRY.require(NodeId.of("th-cei")), REGISTRY,
      () -> NOW.atZone(ZoneId.of("Asia/Bangkok")));

  static final String CROSSING = "การลักลอบเข้าเมืองบริเวณชายแดนที่เป็นส่วนหนึ่งในขบวนการค้ามนุษย์";
  static final String CROSSING_MY = "လူကုန်ကူးမှု ကွန်ရက်၏ အစိတ်အပိုင်းဖြစ်သော နယ်စပ် တရားမဝင် ဝင်ရောက်မှု";

  /** The validated message with a real envelope, as the service would publish it. */
  static AlertIssued issued(AlertDraft draft) {
    EnvelopeFactory envelopes = new EnvelopeFactory(REGISTRY.require(NodeId.of("th-cei")), Clock.fixed(NOW, ZoneOffset.UTC));
    return CHIANG_RAI.validate(draft)
        .setEnvelope(envelopes.envelope(AlertIssued.getClassSchema(), "chain-1", 1, "officer-1", Role.OFFICER, Causation.start()))
        .build();
  }

  static InfoDraft info() {
    return new InfoDraft("th", List.of("Security"),
        new TextDraft("th", CROSSING, List.of(new TranslationDraft("my", CROSSING_MY, "HUMAN", "translator-1", true))),
        List.of("Monitor"), "Immediate", "Severe", "Likely", TextDraft.of(null, "เฝ้าระวังสะพานมิตรภาพ"), null, null,
        "2019-09-24T09:00:00+07:00", "2019-09-25T09:00:00+07:00",
        List.of(new AreaDraft(TextDraft.of(null, "สะพานมิตรภาพไทย–เมียนมาร์ แม่สาย–ท่าขี้เหล็ก"),
            List.of("20.44,99.87 20.46,99.87 20.46,99.89 20.44,99.89 20.44,99.87"), List.of("20.4487,99.8812 1.0"), List.of())));
  }

  static AlertDraft draft() {
    return new AlertDraft("TH-CEI-2562-0001", null, "2019-09-24T09:00:00+07:00", "Actual", "Alert", "Private", null, List.of("mm-tcl"),
        List.of(), List.of(), null, List.of(info()));
  }

  static AlertDraft with(UnaryOperator<AlertDraftBuilder> change) {
    return change.apply(new AlertDraftBuilder(draft())).build();
  }

  private static List<Violation> violations(AlertDraft draft) {
    try {
      CHIANG_RAI.validate(draft);
      throw new AssertionError("expected violations");
    } catch (InvalidInputException e) {
      return e.violations();
    }
  }

  private static Violation only(AlertDraft draft) {
    List<Violation> v = violations(draft);
    assertThat(v).hasSize(1);
    return v.get(0);
  }

  @Test
  void aCompleteAlertBecomesACapMessageWithTranslationMetadata() {
    AlertIssued alert = issued(draft());

    assertThat(alert.getStatus()).isEqualTo(AlertStatus.ACTUAL);
    assertThat(alert.getScope()).isEqualTo(Scope.PRIVATE);
    assertThat(alert.getSentUtcOffsetMinutes()).isEqualTo(420);
    assertThat(alert.getSentAt()).isEqualTo(NOW);
    assertThat(alert.getInfos().get(0).getCategories()).containsExactly(Category.SECURITY);
    assertThat(alert.getInfos().get(0).getSeverity()).isEqualTo(Severity.SEVERE);
    var event = alert.getInfos().get(0).getEvent();
    assertThat(event.getText()).isEqualTo(CROSSING);
    assertThat(event.getEncoding()).isEqualTo(TextEncoding.UNICODE);
    assertThat(event.getTranslations()).singleElement().satisfies(t -> {
      assertThat(t.getLanguage()).isEqualTo("my");
      assertThat(t.getProvenance()).isEqualTo(Provenance.HUMAN);
      assertThat(t.getReviewed()).isTrue();
      assertThat(t.getSourceSha256()).isEqualTo(event.getSourceSha256());
    });
    assertThat(alert.getInfos().get(0).getHeadline().getLanguage()).as("a text without language takes its info's").isEqualTo("th");
  }

  @Test
  void leftOutIdentifierSenderAndSentAreFilledByTheNode() {
    AlertIssued alert = issued(with(b -> b.identifier(null).sender(null).sent(null)));

    assertThat(alert.getIdentifier()).startsWith("TH-CEI-20190924-");
    assertThat(alert.getSender()).isEqualTo("bcc@th-cei.saphan");
    assertThat(alert.getSentAt()).isEqualTo(NOW);
    assertThat(alert.getSentUtcOffsetMinutes()).isEqualTo(420);
  }

  @Test
  void everyWrongFieldIsNamedWithItsValueAndRuleAtOnce() {
    List<Violation> v = violations(with(b -> b.status("Real").scope("Secret").sent("24/09/2019")));

    assertThat(v).extracting(Violation::field).containsExactlyInAnyOrder("status", "scope", "sent");
    Violation status = v.stream().filter(x -> x.field().equals("status")).findFirst().orElseThrow();
    assertThat(status.value()).isEqualTo("Real");
    assertThat(status.rule()).contains("Actual", "Exercise", "System", "Test", "Draft");
  }

  @Test
  void privateAlertsNeedKnownAddressesOtherThanTheSender() {
    assertThat(only(with(b -> b.addresses(List.of())))).extracting(Violation::field).isEqualTo("addresses");
    Violation unknown = only(with(b -> b.addresses(List.of("mm-tcl", "mm-mwd"))));
    assertThat(unknown.field()).isEqualTo("addresses[1]");
    assertThat(unknown.rule()).contains("unknown node", "la-hxy, mm-tcl, th-cei");
    assertThat(only(with(b -> b.addresses(List.of("th-cei")))).rule()).contains("own alerts to itself");
  }

  @Test
  void publicAndRestrictedAlertsGoToAllAndRestrictedSaysToWhom() {
    assertThat(only(with(b -> b.scope("Public"))).rule()).contains("only used with scope Private");
    List<Violation> restricted = violations(with(b -> b.scope("Restricted").addresses(List.of())));
    assertThat(restricted).extracting(Violation::field).containsExactly("restriction");
    CHIANG_RAI.validate(with(b -> b.scope("Restricted").addresses(List.of()).restriction("BCC officers only")));
  }

  @Test
  void newAlertsReferToNothingWhileUpdatesAndCancelsMustReferToTheirAlert() {
    ReferenceDraft earlier = new ReferenceDraft("bcc@th-cei.saphan", "TH-CEI-2562-0000", "2019-09-24T08:00:00+07:00");
    assertThat(only(with(b -> b.references(List.of(earlier)))).field()).isEqualTo("references");
    assertThat(only(with(b -> b.msgType("Update"))).rule()).contains("must refer to the message");
    assertThat(only(with(b -> b.msgType("Update").references(List.of(earlier)).infos(List.of()))).field()).isEqualTo("infos");
    CHIANG_RAI.validate(with(b -> b.msgType("Cancel").references(List.of(earlier)).infos(List.of())));
    Violation badReference = only(with(b -> b.msgType("Cancel").infos(List.of())
        .references(List.of(new ReferenceDraft("bcc@th-cei.saphan", "TH CEI 1", "2019-09-24T08:00:00+07:00")))));
    assertThat(badReference.field()).isEqualTo("references[0].identifier");
  }

  @Test
  void infoFieldsAreCheckedDownToTheArea() {
    InfoDraft i = info();
    InfoDraft bad = new InfoDraft("xx-!!", List.of("Smuggling"), TextDraft.of(null, " "), List.of("Run"), "Now", "Severe", "Sure", null, null, null,
        "2019-09-24T09:00:00+07:00", "2019-09-24T08:00:00+07:00",
        List.of(new AreaDraft(null, List.of("20.44,99.87 20.46,99.87"), List.of("north of the bridge"), List.of())));

    List<Violation> v = violations(with(b -> b.infos(List.of(i, bad))));

    assertThat(v).extracting(Violation::field).containsExactlyInAnyOrder("infos[1].language", "infos[1].categories[0]", "infos[1].event.text",
        "infos[1].responseTypes[0]", "infos[1].urgency", "infos[1].certainty", "infos[1].expires", "infos[1].expires",
        "infos[1].areas[0].areaDesc.text", "infos[1].areas[0].polygons[0]", "infos[1].areas[0].circles[0]");
  }

  @Test
  void brokenTextAndBadTranslationsAreRefused() {
    InfoDraft i = info();
    InfoDraft control = new InfoDraft("th", i.categories(), TextDraft.of(null, "ข้าม\u0000แดน"), i.responseTypes(), i.urgency(), i.severity(),
        i.certainty(), null, null, null, null, null, List.of());
    assertThat(only(with(b -> b.infos(List.of(control)))).rule()).contains("control character U+0000");

    InfoDraft badTranslation = new InfoDraft("th", i.categories(),
        new TextDraft(null, CROSSING, List.of(new TranslationDraft("my", CROSSING_MY, "GUESSED", null, false))), i.responseTypes(),
        i.urgency(), i.severity(), i.certainty(), null, null, null, null, null, List.of());
    Violation provenance = only(with(b -> b.infos(List.of(badTranslation))));
    assertThat(provenance.field()).isEqualTo("infos[0].event.translations[0].provenance");
    assertThat(provenance.rule()).contains("HUMAN", "MACHINE", "GLOSSARY");

    InfoDraft huge = new InfoDraft("th", i.categories(), TextDraft.of(null, "ก".repeat(AlertValidator.MAX_TEXT + 1)), i.responseTypes(),
        i.urgency(), i.severity(), i.certainty(), null, null, null, null, null, List.of());
    assertThat(only(with(b -> b.infos(List.of(huge)))).rule()).contains("at most 5000 characters");
  }

  @Test
  void capDateTimesNeedTheirOffset() {
    assertThat(only(with(b -> b.sent("2019-09-24T02:00:00Z"))).rule()).contains("no 'Z'");
    assertThat(only(with(b -> b.sent("2019-09-24T09:00:00"))).field()).isEqualTo("sent");
    AlertIssued yangon = issued(with(b -> b.sent("2019-09-24T08:30:00+06:30")));
    assertThat(yangon.getSentUtcOffsetMinutes()).isEqualTo(390);
    assertThat(yangon.getSentAt()).isEqualTo(NOW);
  }

  @Test
  void aMissingBodyIsAViolationNotACrash() {
    assertThatThrownBy(() -> CHIANG_RAI.validate(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("alert=(none)");
  }

  @Test
  void aStoredAlertShownAsADraftValidatesBackToTheSameMessage() {
    AlertIssued alert = issued(draft());

    AlertIssued again = issued(AlertDrafts.from(alert));

    assertThat(again.getInfos()).isEqualTo(alert.getInfos());
    assertThat(again.getSentAt()).isEqualTo(alert.getSentAt());
    assertThat(again.getAddresses()).isEqualTo(alert.getAddresses());
  }

  /** Changes one field of a draft at a time. */
  record AlertDraftBuilder(AlertDraft d) {
    AlertDraftBuilder identifier(String v) { return new AlertDraftBuilder(new AlertDraft(v, d.sender(), d.sent(), d.status(), d.msgType(), d.scope(), d.restriction(), d.addresses(), d.references(), d.incidents(), d.note(), d.infos())); }
    AlertDraftBuilder sender(String v) { return new AlertDraftBuilder(new AlertDraft(d.identifier(), v, d.sent(), d.status(), d.msgType(), d.scope(), d.restriction(), d.addresses(), d.references(), d.incidents(), d.note(), d.infos())); }
    AlertDraftBuilder sent(String v) { return new AlertDraftBuilder(new AlertDraft(d.identifier(), d.sender(), v, d.status(), d.msgType(), d.scope(), d.restriction(), d.addresses(), d.references(), d.incidents(), d.note(), d.infos())); }
    AlertDraftBuilder status(String v) { return new AlertDraftBuilder(new AlertDraft(d.identifier(), d.sender(), d.sent(), v, d.msgType(), d.scope(), d.restriction(), d.addresses(), d.references(), d.incidents(), d.note(), d.infos())); }
    AlertDraftBuilder msgType(String v) { return new AlertDraftBuilder(new AlertDraft(d.identifier(), d.sender(), d.sent(), d.status(), v, d.scope(), d.restriction(), d.addresses(), d.references(), d.incidents(), d.note(), d.infos())); }
    AlertDraftBuilder scope(String v) { return new AlertDraftBuilder(new AlertDraft(d.identifier(), d.sender(), d.sent(), d.status(), d.msgType(), v, d.restriction(), d.addresses(), d.references(), d.incidents(), d.note(), d.infos())); }
    AlertDraftBuilder restriction(String v) { return new AlertDraftBuilder(new AlertDraft(d.identifier(), d.sender(), d.sent(), d.status(), d.msgType(), d.scope(), v, d.addresses(), d.references(), d.incidents(), d.note(), d.infos())); }
    AlertDraftBuilder addresses(List<String> v) { return new AlertDraftBuilder(new AlertDraft(d.identifier(), d.sender(), d.sent(), d.status(), d.msgType(), d.scope(), d.restriction(), v, d.references(), d.incidents(), d.note(), d.infos())); }
    AlertDraftBuilder references(List<ReferenceDraft> v) { return new AlertDraftBuilder(new AlertDraft(d.identifier(), d.sender(), d.sent(), d.status(), d.msgType(), d.scope(), d.restriction(), d.addresses(), v, d.incidents(), d.note(), d.infos())); }
    AlertDraftBuilder infos(List<InfoDraft> v) { return new AlertDraftBuilder(new AlertDraft(d.identifier(), d.sender(), d.sent(), d.status(), d.msgType(), d.scope(), d.restriction(), d.addresses(), d.references(), d.incidents(), d.note(), v)); }
    AlertDraft build() { return d; }
  }
}
