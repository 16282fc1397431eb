package org.saphan.platform.text.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saphan.platform.SeedTexts.line;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.saphan.platform.TestEvents;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.platform.validation.InvalidInputException;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.alert.AlertInfo;
import org.saphan.schema.common.Role;
import org.saphan.schema.common.Translation;
import org.saphan.schema.text.TextTranslated;
import org.saphan.schema.text.TranslationChange;

class TextCatalogTest {

  private static final List<String> PARTIES = List.of("th-cei", "mm-tcl");
  private final EnvelopeFactory chiangRai = TestEvents.envelopes("th-cei");

  @Test
  void everyTextOfAnEventIsFoundWithItsPathAndSlot() {
    AlertIssued alert = TestEvents.alert(chiangRai, List.of("mm-tcl"));
    TextCatalog catalog = new TextCatalog();

    List<TextEntry> entries = catalog.recordEvent("alert", EnvelopeView.of(alert), alert, PARTIES);

    // three info blocks of event, headline, description and one area each
    assertThat(entries).hasSize(12);
    assertThat(entries).extracting(e -> e.slot().path()).contains("infos/0/event", "infos/1/headline", "infos/2/areas/0/areaDesc");
    assertThat(entries).allSatisfy(e -> {
      assertThat(e.slot().owner()).as("an alert's texts belong to its thread").isEqualTo(alert.getEnvelope().getAggregateId());
      assertThat(e.parties()).containsExactly("th-cei", "mm-tcl");
    });
    TextEntry headline = catalog.entry(new TextSlot("alert", alert.getIdentifier(), "infos/0/headline").ref()).orElseThrow();
    assertThat(headline.text().getNormalized()).isEqualTo(line("th.crossings"));
    assertThat(headline.translation("en")).as("the translation carried by the event itself").isPresent();
    assertThat(catalog.recordEvent("alert", EnvelopeView.of(alert), alert, PARTIES)).as("same event again").isEmpty();
  }

  @Test
  void theLatestTranslationWinsAndAReviewCountsOnlyForTheWordingItReviewed() {
    AlertIssued alert = TestEvents.alert(chiangRai, List.of("mm-tcl"));
    TextCatalog catalog = new TextCatalog();
    catalog.recordEvent("alert", EnvelopeView.of(alert), alert, PARTIES);
    TextEntry headline = catalog.entry(new TextSlot("alert", alert.getIdentifier(), "infos/0/headline").ref()).orElseThrow();

    Translation first = TranslationRules.added(headline, "my", line("my.crossings"), null, "translator-1", null, Instant.parse("2019-09-24T03:00:00Z"));
    TextTranslated added = translated(headline, first, TranslationChange.ADDED, null, first.getTranslatedAt());
    Translation reviewedFirst = TranslationRules.reviewed(catalog.recordTranslation(EnvelopeView.of(added), added).orElseThrow(), "my", "reviewer-2");
    TextTranslated review = translated(headline, reviewedFirst, TranslationChange.REVIEWED, "reviewer-2", Instant.parse("2019-09-24T03:30:00Z"));
    Translation second = TranslationRules.added(headline, "my", line("my.unicode"), null, "translator-3", null, Instant.parse("2019-09-24T04:00:00Z"));
    TextTranslated replaced = translated(headline, second, TranslationChange.ADDED, null, second.getTranslatedAt());

    // in every arrival order, the 04:00 translation is current and not reviewed (the review was of the 03:00 one)
    List<TextTranslated> events = new ArrayList<>(List.of(added, review, replaced));
    Random random = new Random(7);
    for (int round = 0; round < 6; round++) {
      Collections.shuffle(events, random);
      TextCatalog again = new TextCatalog();
      events.forEach(e -> again.recordTranslation(EnvelopeView.of(e), e)); // some before the text arrives
      again.recordEvent("alert", EnvelopeView.of(alert), alert, PARTIES);
      TextEntry entry = again.entry(headline.ref()).orElseThrow();
      assertThat(entry.translation("my").orElseThrow().getText()).isEqualTo(line("my.unicode"));
      assertThat(entry.translation("my").orElseThrow().getReviewed()).isFalse();
      assertThat(entry.history()).extracting(TranslationRecord::by).containsExactly("translator-1", "reviewer-2", "translator-3");
    }
  }

  @Test
  void aRevisionOfTheSourceMakesItsTranslationsStale() {
    AlertIssued alert = TestEvents.alert(chiangRai, List.of("mm-tcl"));
    TextCatalog catalog = new TextCatalog();
    catalog.recordEvent("alert", EnvelopeView.of(alert), alert, PARTIES);
    String ref = new TextSlot("alert", alert.getIdentifier(), "infos/0/headline").ref();
    assertThat(catalog.entry(ref).orElseThrow().isStale("en")).isFalse();

    AlertIssued update = revisedHeadline(alert, line("th.alerts"));
    catalog.recordEvent("alert", EnvelopeView.of(update), update, PARTIES);

    TextEntry revised = catalog.entry(ref).orElseThrow();
    assertThat(revised.text().getNormalized()).isEqualTo(line("th.alerts"));
    assertThat(revised.isStale("en")).as("translated from the earlier headline").isTrue();
    // an older revision arriving late changes nothing
    assertThat(catalog.recordEvent("alert", EnvelopeView.of(alert), alert, PARTIES)).isEmpty();
    assertThat(catalog.entry(ref).orElseThrow().text().getNormalized()).isEqualTo(line("th.alerts"));

    // a translation of the new wording is current, even stamped no later than the stale one (clocks differ between nodes)
    Instant staleAt = revised.translation("en").orElseThrow().getTranslatedAt();
    Translation fresh = TranslationRules.added(revised, "en", line("en.alerts"), null, "translator-4", null, staleAt.minusSeconds(60));
    TextTranslated event = translated(revised, fresh, TranslationChange.ADDED, null, staleAt.minusSeconds(60));
    TextEntry retranslated = catalog.recordTranslation(EnvelopeView.of(event), event).orElseThrow();
    assertThat(retranslated.isStale("en")).isFalse();
    assertThat(retranslated.translation("en").orElseThrow().getText()).isEqualTo(line("en.alerts"));
  }

  @Test
  void translationRulesRefuseWhatATranslatorMustNotDo() {
    AlertIssued alert = TestEvents.alert(chiangRai, List.of("mm-tcl"));
    TextCatalog catalog = new TextCatalog();
    catalog.recordEvent("alert", EnvelopeView.of(alert), alert, PARTIES);
    TextEntry headline = catalog.entry(new TextSlot("alert", alert.getIdentifier(), "infos/0/headline").ref()).orElseThrow();
    Instant at = Instant.parse("2019-09-24T03:00:00Z");

    assertThatThrownBy(() -> TranslationRules.added(headline, "th", "x", null, "t", null, at)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("original's language th");
    assertThatThrownBy(() -> TranslationRules.added(headline, "my", "x", "BOT", "t", null, at)).hasMessageContaining("HUMAN, MACHINE or GLOSSARY");
    assertThatThrownBy(() -> TranslationRules.added(headline, "my", "x", null, "t", "00ff", at)).isInstanceOf(TextConflictException.class);
    assertThatThrownBy(() -> TranslationRules.reviewed(headline, "lo", "r")).isInstanceOf(TextConflictException.class)
        .hasMessageContaining("no translation into lo");
    assertThatThrownBy(() -> TranslationRules.reviewed(headline, "en", "saphan-fixtures")).hasMessageContaining("second person");
    assertThat(TranslationRules.reviewed(headline, "en", "reviewer-2").getReviewed()).isTrue();
    Translation nfc = TranslationRules.added(headline, "en", "Cafe\u0301", null, "t", headline.text().getSourceSha256(), at);
    assertThat(nfc.getText()).as("stored in NFC").isEqualTo("Café");
  }

  private static TextTranslated translated(TextEntry entry, Translation translation, TranslationChange change, String reviewer, Instant at) {
    EnvelopeFactory tachileik = new EnvelopeFactory(NodeRegistry.defaults().require(NodeId.of("mm-tcl")), Clock.fixed(at, ZoneOffset.UTC));
    return TextTranslated.newBuilder()
        .setEnvelope(tachileik.envelope(TextTranslated.getClassSchema(), entry.aggregateId(), 1, "translator", Role.TRANSLATOR, Causation.start()))
        .setTextStream(entry.slot().stream())
        .setTextOwner(entry.slot().owner())
        .setTextPath(entry.slot().path())
        .setChange(change)
        .setTranslation(translation)
        .setReviewer(reviewer)
        .build();
  }

  private AlertIssued revisedHeadline(AlertIssued alert, String headline) {
    List<AlertInfo> infos = new ArrayList<>(alert.getInfos());
    AlertInfo first = infos.get(0);
    infos.set(0, AlertInfo.newBuilder(first)
        .setHeadline(org.saphan.schema.common.LocalizedText.newBuilder(LocalizedTexts.original("th", headline))
            .setTranslations(first.getHeadline().getTranslations()).build())
        .build());
    return AlertIssued.newBuilder(alert)
        .setEnvelope(chiangRai.envelope(AlertIssued.getClassSchema(), alert.getIdentifier(), 2, "officer-0042", Role.OFFICER, Causation.start()))
        .setInfos(infos)
        .build();
  }
}
