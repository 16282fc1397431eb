package org.saphan.platform.text.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.validation.InvalidInputException;
import org.saphan.schema.common.Provenance;
import org.saphan.schema.common.Role;
import org.saphan.schema.text.GlossaryTermDefined;

class GlossaryTest {

  private static final Instant NINE = Instant.parse("2019-09-24T02:00:00Z");

  @Test
  void theBaseGlossaryHasEveryTermInTheFourLanguages() {
    Glossary glossary = Glossary.base();

    assertThat(glossary.terms()).hasSizeGreaterThanOrEqualTo(15);
    assertThat(glossary.terms()).allSatisfy(term -> assertThat(term.terms()).as(term.id()).containsOnlyKeys("th", "my", "lo", "en"));
    assertThat(glossary.term("trafficking-victim").orElseThrow().in("th")).contains("ผู้เสียหายจากการค้ามนุษย์");
    assertThat(glossary.term("msdhs").orElseThrow().in("en")).contains("Ministry of Social Development and Human Security");
    assertThat(glossary.revision()).isEqualTo(1);
  }

  @Test
  void theGlossaryTranslatorTranslatesTermsButNotSentences() {
    GlossaryTranslator translator = new GlossaryTranslator(Glossary.base());

    assertThat(translator.provenance()).isEqualTo(Provenance.GLOSSARY);
    assertThat(translator.translate("สะพานมิตรภาพ", "th", "lo")).contains("ຂົວມິດຕະພາບ");
    assertThat(translator.translate("  friendship BRIDGE. ", "en", "th")).as("case, spacing and a full stop ignored").contains("สะพานมิตรภาพ");
    assertThat(translator.translate("ทาชิเลค", "th", "en")).isEmpty();
    assertThat(translator.translate("ข้ามสะพานมิตรภาพไปยังท่าขี้เหล็ก", "th", "en")).isEmpty();
    assertThat(Glossary.base().termsIn("ข้ามสะพานมิตรภาพไปยังท่าขี้เหล็ก", "th")).extracting(GlossaryTerm::id)
        .containsExactlyInAnyOrder("friendship-bridge", "tachileik");
  }

  @Test
  void concurrentAmendmentsSettleTheSameWayInEveryArrivalOrder() {
    // two nodes amend revision 1 of the same term at the same time, then one amends the other's result
    GlossaryTermDefined fromChiangRai = definition("th-cei", "friendship-bridge", Map.of("th", "สะพานมิตรภาพ", "en", "Friendship Bridge (Thai–Myanmar)"), 1, NINE);
    GlossaryTermDefined fromHouayxay = definition("la-hxy", "friendship-bridge", Map.of("lo", "ຂົວມິດຕະພາບ", "en", "Friendship Bridge (Thai–Lao)"), 1, NINE);
    GlossaryTermDefined newTerm = definition("mm-tcl", "one-stop-service", Map.of("my", "တစ်နေရာတည်း ဝန်ဆောင်မှု", "en", "one-stop service"), 0, NINE);

    List<List<GlossaryTermDefined>> orders = List.of(List.of(fromChiangRai, fromHouayxay, newTerm), List.of(fromHouayxay, newTerm, fromChiangRai),
        List.of(newTerm, fromHouayxay, fromChiangRai, fromChiangRai));
    List<String> hashes = new ArrayList<>();
    for (List<GlossaryTermDefined> order : orders) {
      Glossary glossary = Glossary.base();
      order.forEach(d -> glossary.apply(EnvelopeView.of(d), d));
      hashes.add(glossary.sha256());
      assertThat(glossary.revision()).as("each definition counted once").isEqualTo(4);
      // equal revision and time: the larger node id (th-cei > la-hxy) wins, on every node
      assertThat(glossary.term("friendship-bridge").orElseThrow().in("en")).contains("Friendship Bridge (Thai–Myanmar)");
      assertThat(glossary.term("friendship-bridge").orElseThrow().revision()).isEqualTo(2);
      assertThat(glossary.term("one-stop-service").orElseThrow().revision()).isEqualTo(1);
    }
    assertThat(hashes).containsOnly(hashes.get(0));
    assertThat(hashes.get(0)).isNotEqualTo(Glossary.base().sha256());
  }

  @Test
  void aDefinitionIsCheckedAndNormalised() {
    assertThatThrownBy(() -> Glossary.checkDefinition("Bad Id", Map.of("th", "ด่าน"), null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("termId").hasMessageContaining("at least two languages");
    assertThatThrownBy(() -> Glossary.checkDefinition("bell", Map.of("th", "ด่าน", "en", "bell\u0007"), null))
        .hasMessageContaining("terms.en");
    assertThat(Glossary.checkDefinition("cafe", Map.of("en", "Cafe\u0301", "th", "ร้านกาแฟ"), null)).containsEntry("en", "Café");
  }

  private static GlossaryTermDefined definition(String node, String termId, Map<String, String> terms, long replaces, Instant at) {
    EnvelopeFactory envelopes = new EnvelopeFactory(NodeRegistry.defaults().require(NodeId.of(node)), Clock.fixed(at, ZoneOffset.UTC));
    return GlossaryTermDefined.newBuilder()
        .setEnvelope(envelopes.envelope(GlossaryTermDefined.getClassSchema(), termId, replaces + 1, "translator", Role.TRANSLATOR, Causation.start()))
        .setTermId(termId)
        .setTerms(new java.util.HashMap<>(terms))
        .setReplaces(replaces)
        .build();
  }
}
