package org.saphan.alerts.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.alerts.draft.AreaDraft;
import org.saphan.alerts.draft.GeocodeDraft;
import org.saphan.alerts.draft.InfoDraft;
import org.saphan.alerts.draft.ReferenceDraft;
import org.saphan.platform.text.TextDraft;
import org.saphan.schema.alert.AlertInfo;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.alert.Scope;

class CapXmlImportTest {

  // --- export, then import ----------------------------------------------------------------------

  @Test
  void an_exported_alert_reads_back_with_the_same_fields() {
    AlertIssued alert = SampleAlerts.burmeseUpdate().build();

    AlertDraft draft = CapXml.parse(CapXml.export(alert));

    assertThat(draft.identifier()).isEqualTo(alert.getIdentifier());
    assertThat(draft.sender()).isEqualTo(alert.getSender());
    assertThat(draft.sent()).isEqualTo("2019-09-24T09:15:00+06:30");
    assertThat(CapVocabulary.parseDateTime(draft.sent()).orElseThrow().toInstant()).isEqualTo(alert.getSentAt());
    assertThat(CapVocabulary.parseStatus(draft.status())).contains(alert.getStatus());
    assertThat(CapVocabulary.parseMsgType(draft.msgType())).contains(alert.getMsgType());
    assertThat(CapVocabulary.parseScope(draft.scope())).contains(alert.getScope());
    assertThat(draft.restriction()).isNull();
    assertThat(draft.addresses()).isEqualTo(alert.getAddresses());
    assertThat(draft.references()).containsExactly(
        new ReferenceDraft("bcc@th-cei.saphan", "TH-CEI-2019-0042", "2019-09-24T09:00:00+07:00"),
        new ReferenceDraft("bcc@mm-tcl.saphan", "MM-TCL-2019-0006", "2019-09-24T08:00:00+06:30"));
    assertThat(draft.incidents()).isEqualTo(alert.getIncidents());
    // CAP gives the note no language of its own: it is read in the first info's.
    assertThat(draft.note()).isEqualTo(TextDraft.of("th", alert.getNote().getText()));
  }

  @Test
  void the_first_info_reads_back_with_its_texts_enums_times_and_area() {
    AlertIssued alert = SampleAlerts.thaiAlert().build();
    AlertInfo expected = alert.getInfos().get(0);

    AlertDraft draft = CapXml.parse(CapXml.export(alert));

    assertThat(draft.note()).isEqualTo(TextDraft.of("th", SampleAlerts.THAI_NOTE));
    assertThat(draft.infos()).extracting(InfoDraft::language).containsExactly("th", "en", "my", "lo");
    InfoDraft info = draft.infos().get(0);
    assertThat(info.language()).isEqualTo(expected.getLanguage());
    assertThat(info.categories()).map(c -> CapVocabulary.parseCategory(c).orElseThrow()).isEqualTo(expected.getCategories());
    assertThat(info.responseTypes()).map(r -> CapVocabulary.parseResponseType(r).orElseThrow()).isEqualTo(expected.getResponseTypes());
    assertThat(CapVocabulary.parseUrgency(info.urgency())).contains(expected.getUrgency());
    assertThat(CapVocabulary.parseSeverity(info.severity())).contains(expected.getSeverity());
    assertThat(CapVocabulary.parseCertainty(info.certainty())).contains(expected.getCertainty());
    assertThat(info.event()).isEqualTo(TextDraft.of("th", expected.getEvent().getText()));
    assertThat(info.headline()).isEqualTo(TextDraft.of("th", SampleAlerts.THAI_HEADLINE));
    assertThat(info.description()).isEqualTo(TextDraft.of("th", SampleAlerts.THAI_DESCRIPTION));
    assertThat(info.instruction()).isNull();
    assertThat(info.effective()).isEqualTo("2019-09-24T09:00:00+07:00");
    assertThat(info.expires()).isEqualTo("2019-09-25T09:00:00+07:00");
    assertThat(info.areas()).containsExactly(new AreaDraft(TextDraft.of("th", SampleAlerts.THAI_AREA), List.of(SampleAlerts.POLYGON),
        List.of(CapVocabulary.circleText(SampleAlerts.CIRCLE)), List.of(new GeocodeDraft("ISO3166-2", "TH-57"))));
    assertThat(info.areas().get(0).circles()).containsExactly("20.4499,99.8839 2");
    assertThat(CapVocabulary.parseCircle(info.areas().get(0).circles().get(0))).contains(SampleAlerts.CIRCLE);

    InfoDraft burmese = draft.infos().get(2);
    assertThat(burmese.headline()).isEqualTo(TextDraft.of("my", SampleAlerts.BURMESE_HEADLINE));
    assertThat(burmese.event()).isEqualTo(TextDraft.of("my", SampleAlerts.THAI_EVENT)); // the fallback, labelled with the block's language
  }

  @Test
  void a_restricted_alert_reads_back_with_its_restriction_and_quoted_addresses() {
    AlertIssued alert = SampleAlerts.thaiAlert().setScope(Scope.RESTRICTED).setRestriction("Border liaison officers only")
        .setAddresses(List.of("mm-tcl", "Mae Sai police")).build();

    AlertDraft draft = CapXml.parse(CapXml.export(alert));

    assertThat(draft.scope()).isEqualTo("Restricted");
    assertThat(draft.restriction()).isEqualTo("Border liaison officers only");
    assertThat(draft.addresses()).containsExactly("mm-tcl", "Mae Sai police");
  }

  // --- a document from another system -------------------------------------------------------------

  @Test
  void a_missing_child_alert_from_another_system_parses_and_its_unmodelled_elements_are_ignored() {
    String xml = XmlTestSupport.resource("/cap/missing-child-alert.xml");
    assertThat(XmlTestSupport.xsdError(xml)).as("the fixture itself is valid CAP 1.2").isEmpty();

    AlertDraft draft = CapXml.parse(xml);

    assertThat(draft.identifier()).isEqualTo("CRPOL-2019-0924-0131");
    assertThat(draft.sender()).isEqualTo("alerts@chiangrai.police.example");
    assertThat(draft.sent()).as("whitespace around a dateTime is not part of it").isEqualTo("2019-09-24T13:31:00+07:00");
    assertThat(draft.status()).isEqualTo("Actual");
    assertThat(draft.msgType()).isEqualTo("Alert");
    assertThat(draft.scope()).isEqualTo("Restricted");
    assertThat(draft.restriction()).isEqualTo("Border control and anti-trafficking units only");
    assertThat(draft.addresses()).containsExactly("th-cei", "mm-tcl", "Mae Sai immigration checkpoint");
    assertThat(draft.references()).isEmpty();
    assertThat(draft.incidents()).containsExactly("CRPOL-MP-2019-0917");
    assertThat(draft.note()).isEqualTo(TextDraft.of("en-US", "Relayed from the provincial missing persons register."));
    assertThat(draft.infos()).extracting(InfoDraft::language).containsExactly("en-US", "th-TH");

    InfoDraft english = draft.infos().get(0);
    assertThat(english.categories()).containsExactly("Rescue", "Security");
    assertThat(english.event()).isEqualTo(TextDraft.of("en-US", "Child Abduction"));
    assertThat(english.responseTypes()).containsExactly("Monitor");
    assertThat(english.urgency()).isEqualTo("Immediate");
    assertThat(english.severity()).isEqualTo("Severe");
    assertThat(english.certainty()).isEqualTo("Likely");
    assertThat(english.effective()).isEqualTo("2019-09-24T13:31:00+07:00");
    assertThat(english.expires()).isEqualTo("2019-09-27T13:31:00+07:00");
    assertThat(english.headline()).isEqualTo(TextDraft.of("en-US", "Missing child: girl, 9, last seen near Mae Sai bus terminal"));
    assertThat(english.description().text()).startsWith("DATE/TIME: 24/09/2019, 11:15.").doesNotContain("Mae Sai police duty desk");
    assertThat(english.instruction().text()).startsWith("Check children crossing");
    assertThat(english.areas()).containsExactly(new AreaDraft(
        TextDraft.of("en-US", "Mae Sai district and the Mae Sai - Tachileik crossings"),
        List.of("20.47,99.85 20.47,99.92 20.40,99.92 20.40,99.85 20.47,99.85"),
        List.of("20.4499,99.8839 5"),
        List.of(new GeocodeDraft("ISO3166-2", "TH-57"))));
    assertThat(CapVocabulary.isValidPolygon(english.areas().get(0).polygons().get(0))).isTrue();

    InfoDraft thai = draft.infos().get(1);
    assertThat(thai.event()).isEqualTo(TextDraft.of("th-TH", "เด็กถูกลักพาตัว"));
    assertThat(thai.headline().text()).isEqualTo("เด็กหาย: เด็กหญิงอายุ 9 ปี พบครั้งสุดท้ายใกล้สถานีขนส่งแม่สาย");
    assertThat(thai.instruction()).isNull();
    assertThat(thai.areas()).hasSize(1);
    assertThat(thai.areas().get(0).polygons()).isEmpty();
  }

  @Test
  void an_info_without_a_language_or_with_an_empty_one_is_in_cap_default_en_us() {
    String xml = minimalAlert("""
          <info>
            <category>Safety</category><event>Flooding</event>
            <urgency>Expected</urgency><severity>Minor</severity><certainty>Possible</certainty>
            <headline>River rising</headline>
          </info>
          <info>
            <language></language>
            <category>Safety</category><event>Flooding</event>
            <urgency>Expected</urgency><severity>Minor</severity><certainty>Possible</certainty>
          </info>
        """);

    AlertDraft draft = CapXml.parse(xml);

    assertThat(draft.infos()).extracting(InfoDraft::language).containsExactly("en-US", "en-US");
    assertThat(draft.infos().get(0).headline()).isEqualTo(new TextDraft("en-US", "River rising", List.of()));
    assertThat(draft.infos().get(0).responseTypes()).isEmpty();
    assertThat(draft.infos().get(0).areas()).isEmpty();
  }

  @Test
  void texts_keep_their_whitespace_and_markup_characters_as_written() {
    String xml = minimalAlert("""
          <info>
            <language>en</language>
            <category>Other</category><event>Test &amp; drill</event>
            <urgency>Unknown</urgency><severity>Unknown</severity><certainty>Unknown</certainty>
            <description>  Line one
        line two &lt;b&gt;  </description>
            <instruction><![CDATA[Use <radio> channel 5 & confirm]]></instruction>
          </info>
        """);

    InfoDraft info = CapXml.parse(xml).infos().get(0);

    assertThat(info.event().text()).isEqualTo("Test & drill");
    assertThat(info.description().text()).isEqualTo("  Line one\nline two <b>  ");
    assertThat(info.instruction().text()).isEqualTo("Use <radio> channel 5 & confirm");
  }

  @Test
  void an_xml_signature_is_allowed_by_the_xsd_and_ignored() {
    String xml = minimalAlert("""
          <Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo/><SignatureValue>AAAA</SignatureValue></Signature>
        """);

    AlertDraft draft = CapXml.parse(xml);

    assertThat(draft.identifier()).isEqualTo("EX-1");
    assertThat(draft.infos()).isEmpty();
  }

  @Test
  void a_byte_order_mark_in_front_of_the_document_is_tolerated() {
    assertThat(CapXml.parse("\uFEFF" + minimalAlert("")).identifier()).isEqualTo("EX-1");
  }

  @Test
  void a_references_entry_that_is_not_a_triple_is_refused_with_an_example_of_the_right_form() {
    String xml = minimalAlert("<references>bcc@th-cei.saphan,TH-CEI-1</references>");
    assertThat(XmlTestSupport.xsdError(xml)).as("the XSD types references as a plain string").isEmpty();

    assertThatThrownBy(() -> CapXml.parse(xml))
        .isInstanceOf(InvalidCapDocumentException.class)
        .hasMessageStartingWith("CAP document is not valid CAP 1.2: ")
        .hasMessageContaining("'bcc@th-cei.saphan,TH-CEI-1' is not sender,identifier,sent");
  }

  /** A valid alert with {@code afterScope} (XML in the CAP namespace: references, info blocks ...) inserted after scope. */
  static String minimalAlert(String afterScope) {
    return """
        <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
          <identifier>EX-1</identifier>
          <sender>ops@example.org</sender>
          <sent>2019-09-24T09:00:00+07:00</sent>
          <status>Exercise</status>
          <msgType>Alert</msgType>
          <scope>Public</scope>
        %s</alert>
        """.formatted(afterScope);
  }
}
