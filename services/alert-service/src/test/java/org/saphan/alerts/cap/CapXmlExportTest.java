package org.saphan.alerts.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saphan.alerts.cap.SampleAlerts.BURMESE_HEADLINE;
import static org.saphan.alerts.cap.SampleAlerts.ENGLISH_AREA;
import static org.saphan.alerts.cap.SampleAlerts.ENGLISH_DESCRIPTION;
import static org.saphan.alerts.cap.SampleAlerts.ENGLISH_EVENT;
import static org.saphan.alerts.cap.SampleAlerts.ENGLISH_HEADLINE;
import static org.saphan.alerts.cap.SampleAlerts.LAO_HEADLINE;
import static org.saphan.alerts.cap.SampleAlerts.THAI_AREA;
import static org.saphan.alerts.cap.SampleAlerts.THAI_DESCRIPTION;
import static org.saphan.alerts.cap.SampleAlerts.THAI_EVENT;
import static org.saphan.alerts.cap.SampleAlerts.THAI_HEADLINE;
import static org.saphan.alerts.cap.SampleAlerts.THAI_NOTE;
import static org.saphan.alerts.cap.XmlTestSupport.childNames;
import static org.saphan.alerts.cap.XmlTestSupport.childText;
import static org.saphan.alerts.cap.XmlTestSupport.children;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.schema.alert.AlertInfo;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.alert.AlertReference;
import org.saphan.schema.common.LocalizedText;
import org.w3c.dom.Element;

class CapXmlExportTest {

  @Test
  void a_thai_alert_with_burmese_lao_and_english_translations_is_valid_cap_with_one_info_per_language() {
    String xml = CapXml.export(SampleAlerts.thaiAlert().build());

    assertThat(XmlTestSupport.xsdError(xml)).as("XSD validation of\n%s", xml).isEmpty();
    List<Element> infos = children(XmlTestSupport.dom(xml).getDocumentElement(), "info");
    // The original first; then each translation language in the order the info's texts first mention it.
    assertThat(infos).extracting(info -> childText(info, "language")).containsExactly("th", "en", "my", "lo");
  }

  @Test
  void each_language_block_carries_its_translation_and_falls_back_to_the_original_where_there_is_none() {
    List<Element> infos = children(XmlTestSupport.dom(CapXml.export(SampleAlerts.thaiAlert().build())).getDocumentElement(), "info");
    Element thai = infos.get(0);
    Element english = infos.get(1);
    Element burmese = infos.get(2);
    Element lao = infos.get(3);

    assertThat(childText(thai, "headline")).isEqualTo(THAI_HEADLINE);
    assertThat(childText(thai, "event")).isEqualTo(THAI_EVENT);
    assertThat(childText(thai, "description")).isEqualTo(THAI_DESCRIPTION);
    assertThat(childText(children(thai, "area").get(0), "areaDesc")).isEqualTo(THAI_AREA);

    assertThat(childText(english, "headline")).isEqualTo(ENGLISH_HEADLINE);
    assertThat(childText(english, "event")).isEqualTo(ENGLISH_EVENT);
    assertThat(childText(english, "description")).isEqualTo(ENGLISH_DESCRIPTION);
    assertThat(childText(children(english, "area").get(0), "areaDesc")).isEqualTo(ENGLISH_AREA);

    assertThat(childText(burmese, "headline")).isEqualTo(BURMESE_HEADLINE);
    assertThat(childText(lao, "headline")).isEqualTo(LAO_HEADLINE);
    for (Element untranslated : List.of(burmese, lao)) { // event, description and area exist only in Thai and English
      assertThat(childText(untranslated, "event")).isEqualTo(THAI_EVENT);
      assertThat(childText(untranslated, "description")).isEqualTo(THAI_DESCRIPTION);
      assertThat(childText(children(untranslated, "area").get(0), "areaDesc")).isEqualTo(THAI_AREA);
    }
  }

  @Test
  void every_language_block_has_the_same_classification_times_and_area() {
    List<Element> infos = children(XmlTestSupport.dom(CapXml.export(SampleAlerts.thaiAlert().build())).getDocumentElement(), "info");

    for (Element info : infos) {
      assertThat(childText(info, "category")).isEqualTo("Security");
      assertThat(childText(info, "responseType")).isEqualTo("Monitor");
      assertThat(childText(info, "urgency")).isEqualTo("Immediate");
      assertThat(childText(info, "severity")).isEqualTo("Severe");
      assertThat(childText(info, "certainty")).isEqualTo("Likely");
      assertThat(childText(info, "effective")).isEqualTo("2019-09-24T09:00:00+07:00");
      assertThat(childText(info, "expires")).isEqualTo("2019-09-25T09:00:00+07:00");
      Element area = children(info, "area").get(0);
      assertThat(childText(area, "polygon")).isEqualTo(SampleAlerts.POLYGON);
      assertThat(childText(area, "circle")).isEqualTo("20.4499,99.8839 2");
      Element geocode = children(area, "geocode").get(0);
      assertThat(childText(geocode, "valueName")).isEqualTo("ISO3166-2");
      assertThat(childText(geocode, "value")).isEqualTo("TH-57");
    }
  }

  @Test
  void the_alert_header_in_xsd_order() {
    String xml = CapXml.export(SampleAlerts.burmeseUpdate().build());
    Element alert = XmlTestSupport.dom(xml).getDocumentElement();

    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">");
    assertThat(alert.getNamespaceURI()).isEqualTo("urn:oasis:names:tc:emergency:cap:1.2");
    assertThat(alert.getLocalName()).isEqualTo("alert");
    // the XSD's order: note comes before references and incidents
    assertThat(childNames(alert)).containsExactly("identifier", "sender", "sent", "status", "msgType", "scope", "addresses", "note",
        "references", "incidents", "info", "info", "info", "info");
    assertThat(childText(alert, "identifier")).isEqualTo("MM-TCL-2019-0007");
    assertThat(childText(alert, "sender")).isEqualTo("bcc@mm-tcl.saphan");
    assertThat(childText(alert, "sent")).isEqualTo("2019-09-24T09:15:00+06:30");
    assertThat(childText(alert, "status")).isEqualTo("Actual");
    assertThat(childText(alert, "msgType")).isEqualTo("Update");
    assertThat(childText(alert, "scope")).isEqualTo("Private");
    assertThat(childText(alert, "addresses")).isEqualTo("th-cei");
    assertThat(childText(alert, "note")).isEqualTo(SampleAlerts.TACHILEIK_NOTE);
    assertThat(childText(alert, "incidents")).isEqualTo("BCC-2019-17");
  }

  @Test
  void an_update_cites_its_references_as_space_separated_sender_identifier_sent_triples_in_their_own_offsets() {
    String xml = CapXml.export(SampleAlerts.burmeseUpdate().build());

    assertThat(XmlTestSupport.xsdError(xml)).isEmpty();
    assertThat(childText(XmlTestSupport.dom(xml).getDocumentElement(), "references")).isEqualTo(
        "bcc@th-cei.saphan,TH-CEI-2019-0042,2019-09-24T09:00:00+07:00 bcc@mm-tcl.saphan,MM-TCL-2019-0006,2019-09-24T08:00:00+06:30");
  }

  @Test
  void info_times_are_written_in_the_alerts_sent_offset() {
    Element info = children(XmlTestSupport.dom(CapXml.export(SampleAlerts.burmeseUpdate().build())).getDocumentElement(), "info").get(0);

    assertThat(childText(info, "effective")).isEqualTo("2019-09-24T08:30:00+06:30");
    assertThat(childText(info, "expires")).isEqualTo("2019-09-25T08:30:00+06:30");
  }

  @Test
  void the_note_is_written_as_written() {
    Element alert = XmlTestSupport.dom(CapXml.export(SampleAlerts.thaiAlert().build())).getDocumentElement();

    assertThat(childText(alert, "note")).isEqualTo(THAI_NOTE);
    assertThat(childNames(alert)).doesNotContain("references", "incidents", "restriction");
  }

  @Test
  void a_zawgyi_typed_burmese_text_is_exported_as_typed() {
    // "Mingalaba" typed with the Zawgyi font encoding: LocalizedTexts keeps it as written and normalizes a copy.
    String zawgyi = "\u1019\u1002\u1064\u101c\u102c\u1015\u102b";
    LocalizedText headline = LocalizedTexts.original("my", zawgyi);
    assertThat(headline.getNormalized()).as("precondition: the Unicode form differs from the typed text").isNotEqualTo(zawgyi);
    AlertIssued alert = SampleAlerts.thaiAlert()
        .setInfos(List.of(SampleAlerts.thaiInfo().setLanguage("my").setHeadline(headline).build()))
        .build();

    Element info = children(XmlTestSupport.dom(CapXml.export(alert)).getDocumentElement(), "info").get(0);

    assertThat(childText(info, "headline")).isEqualTo(zawgyi);
  }

  @Test
  void a_stale_translation_is_not_exported_because_cap_cannot_mark_it_stale() {
    AlertInfo info = SampleAlerts.thaiInfo().build();
    // The Thai headline was edited after it was translated: every translation now translates the old text.
    LocalizedText edited = LocalizedText.newBuilder(LocalizedTexts.original("th", THAI_HEADLINE + " (แก้ไข)"))
        .setTranslations(info.getHeadline().getTranslations())
        .build();
    assertThat(edited.getTranslations()).allMatch(t -> LocalizedTexts.isStale(edited, t));
    AlertIssued alert = SampleAlerts.thaiAlert().setInfos(List.of(AlertInfo.newBuilder(info).setHeadline(edited).build())).build();

    List<Element> infos = children(XmlTestSupport.dom(CapXml.export(alert)).getDocumentElement(), "info");

    // Burmese and Lao existed only as headline translations; English still has current event, description and area translations.
    assertThat(infos).extracting(e -> childText(e, "language")).containsExactly("th", "en");
    assertThat(childText(infos.get(1), "headline")).isEqualTo(THAI_HEADLINE + " (แก้ไข)");
    assertThat(childText(infos.get(1), "event")).isEqualTo(ENGLISH_EVENT);
  }

  @Test
  void addresses_with_whitespace_are_quoted_as_cap_requires() {
    AlertIssued alert = SampleAlerts.thaiAlert().setAddresses(List.of("mm-tcl", "Mae Sai police", "la-hxy")).build();

    assertThat(childText(XmlTestSupport.dom(CapXml.export(alert)).getDocumentElement(), "addresses"))
        .isEqualTo("mm-tcl \"Mae Sai police\" la-hxy");
  }

  @Test
  void an_alert_the_xsd_refuses_is_not_exported_and_the_validator_says_why() {
    // Avro allows an info without categories; CAP requires at least one.
    AlertIssued alert = SampleAlerts.thaiAlert().setInfos(List.of(SampleAlerts.thaiInfo().setCategories(List.of()).build())).build();

    assertThatThrownBy(() -> CapXml.export(alert))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TH-CEI-2019-0042")
        .hasMessageContaining("not valid CAP 1.2")
        .hasMessageContaining("cvc-complex-type.2.4.a")
        .hasMessageContaining("category")
        .hasMessageContaining("line ");
  }

  @Test
  void refuses_an_identifier_or_reference_that_would_make_cap_references_ambiguous() {
    assertThatThrownBy(() -> CapXml.export(SampleAlerts.thaiAlert().setIdentifier("TH CEI 42").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("identifier 'TH CEI 42'");
    assertThatThrownBy(() -> CapXml.export(SampleAlerts.burmeseUpdate()
        .setReferences(List.of(new AlertReference("bcc,th-cei", "TH-CEI-1", SampleAlerts.SENT, 420))).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("references sender 'bcc,th-cei'");
  }
}
