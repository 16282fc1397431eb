package org.saphan.alerts.cap;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.schema.alert.AlertArea;
import org.saphan.schema.alert.AlertInfo;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.alert.AlertReference;
import org.saphan.schema.alert.Category;
import org.saphan.schema.alert.Geocode;
import org.saphan.schema.alert.ResponseType;
import org.saphan.schema.common.GeoCircle;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.Translation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes an {@link AlertIssued} as a CAP 1.2 DOM and serializes it. The XSD's sequences fix the
 * element order and the validator refuses any other, so elements are appended exactly in it: note
 * before references and incidents; effective and expires before headline; in an area, polygons,
 * then circles, then geocodes.
 */
final class CapWriter {

  private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

  private final AlertIssued alert;
  private final Document document;

  private CapWriter(AlertIssued alert, Document document) {
    this.alert = alert;
    this.document = document;
  }

  /** {@code alert} as indented CAP 1.2 XML, not yet validated. */
  static String write(AlertIssued alert) {
    CapWriter writer = new CapWriter(alert, newDocument());
    writer.document.appendChild(writer.alertElement());
    return serialize(writer.document);
  }

  private Element alertElement() {
    Element root = document.createElementNS(CapSchema.NAMESPACE, "alert");
    append(root, "identifier", capToken("identifier", alert.getIdentifier()));
    append(root, "sender", capToken("sender", alert.getSender()));
    append(root, "sent", dateTime(alert.getSentAt()));
    append(root, "status", CapVocabulary.capText(alert.getStatus()));
    append(root, "msgType", CapVocabulary.capText(alert.getMsgType()));
    append(root, "scope", CapVocabulary.capText(alert.getScope()));
    appendIfPresent(root, "restriction", alert.getRestriction());
    if (!alert.getAddresses().isEmpty()) {
      append(root, "addresses", CapLists.join("addresses", alert.getAddresses()));
    }
    if (alert.getNote() != null) {
      append(root, "note", alert.getNote().getText());
    }
    if (!alert.getReferences().isEmpty()) {
      append(root, "references", alert.getReferences().stream().map(CapWriter::referenceTriple).collect(Collectors.joining(" ")));
    }
    if (!alert.getIncidents().isEmpty()) {
      append(root, "incidents", CapLists.join("incidents", alert.getIncidents()));
    }
    for (AlertInfo info : alert.getInfos()) {
      root.appendChild(infoElement(info, info.getLanguage(), LocalizedText::getText));
      // CAP has no per-field translations: each language is a separate info block.
      for (String language : translationLanguages(info)) {
        root.appendChild(infoElement(info, language, text -> in(text, language)));
      }
    }
    return root;
  }

  private Element infoElement(AlertInfo info, String language, Function<LocalizedText, String> text) {
    Element element = document.createElementNS(CapSchema.NAMESPACE, "info");
    append(element, "language", language);
    for (Category category : info.getCategories()) {
      append(element, "category", CapVocabulary.capText(category));
    }
    append(element, "event", text.apply(info.getEvent()));
    for (ResponseType responseType : info.getResponseTypes()) {
      append(element, "responseType", CapVocabulary.capText(responseType));
    }
    append(element, "urgency", CapVocabulary.capText(info.getUrgency()));
    append(element, "severity", CapVocabulary.capText(info.getSeverity()));
    append(element, "certainty", CapVocabulary.capText(info.getCertainty()));
    if (info.getEffectiveAt() != null) {
      append(element, "effective", dateTime(info.getEffectiveAt()));
    }
    if (info.getExpiresAt() != null) {
      append(element, "expires", dateTime(info.getExpiresAt()));
    }
    appendText(element, "headline", info.getHeadline(), text);
    appendText(element, "description", info.getDescription(), text);
    appendText(element, "instruction", info.getInstruction(), text);
    for (AlertArea area : info.getAreas()) {
      element.appendChild(areaElement(area, text));
    }
    return element;
  }

  private Element areaElement(AlertArea area, Function<LocalizedText, String> text) {
    Element element = document.createElementNS(CapSchema.NAMESPACE, "area");
    append(element, "areaDesc", text.apply(area.getAreaDesc()));
    for (String polygon : area.getPolygons()) {
      append(element, "polygon", polygon);
    }
    for (GeoCircle circle : area.getCircles()) {
      append(element, "circle", CapVocabulary.circleText(circle));
    }
    for (Geocode geocode : area.getGeocodes()) {
      Element code = document.createElementNS(CapSchema.NAMESPACE, "geocode");
      append(code, "valueName", geocode.getValueName());
      append(code, "value", geocode.getValue());
      element.appendChild(code);
    }
    return element;
  }

  /** Languages, other than the info's own, that any of its texts has a current translation into; in first-seen order. */
  private static Set<String> translationLanguages(AlertInfo info) {
    Set<String> languages = new LinkedHashSet<>();
    textsOf(info).flatMap(CapWriter::currentTranslations)
        .map(Translation::getLanguage)
        .filter(language -> !language.equalsIgnoreCase(info.getLanguage()))
        .forEach(languages::add);
    return languages;
  }

  /**
   * Translations of the text as it now reads. A stale one (translating an earlier version of the
   * source) is left out: CAP cannot mark it as stale, and a receiver would act on an outdated
   * place or time as if it were current.
   */
  private static Stream<Translation> currentTranslations(LocalizedText text) {
    return text.getTranslations().stream().filter(t -> !LocalizedTexts.isStale(text, t));
  }

  private static Stream<LocalizedText> textsOf(AlertInfo info) {
    List<LocalizedText> texts = new ArrayList<>();
    texts.add(info.getEvent());
    texts.add(info.getHeadline());
    texts.add(info.getDescription());
    texts.add(info.getInstruction());
    info.getAreas().forEach(area -> texts.add(area.getAreaDesc()));
    return texts.stream().filter(t -> t != null);
  }

  /** The text in {@code language}: the original if written in it, else its current translation, else the original. */
  private static String in(LocalizedText text, String language) {
    if (text.getLanguage().equalsIgnoreCase(language)) {
      return text.getText();
    }
    return currentTranslations(text)
        .filter(t -> t.getLanguage().equalsIgnoreCase(language))
        .map(Translation::getText)
        .findFirst()
        .orElse(text.getText());
  }

  private static String referenceTriple(AlertReference reference) {
    return capToken("references sender", reference.getSender()) + ","
        + capToken("references identifier", reference.getIdentifier()) + ","
        + CapVocabulary.formatDateTime(reference.getSentAt(), reference.getSentUtcOffsetMinutes());
  }

  /** Times in the info are written in the alert's own offset, so a reader sees one local clock throughout. */
  private String dateTime(Instant instant) {
    return CapVocabulary.formatDateTime(instant, alert.getSentUtcOffsetMinutes());
  }

  /**
   * CAP 1.2 forbids spaces and commas in identifier and sender: later messages cite them in the
   * space- and comma-separated references list, which would become ambiguous.
   */
  private static String capToken(String field, String value) {
    if (value == null || value.isEmpty() || value.chars().anyMatch(c -> c == ',' || Character.isWhitespace(c))) {
      throw new IllegalArgumentException("CAP " + field + " '" + value + "' must be non-empty without spaces or commas (CAP 1.2 §3.2.1)");
    }
    return value;
  }

  private void appendText(Element parent, String name, LocalizedText value, Function<LocalizedText, String> text) {
    if (value != null) {
      append(parent, name, text.apply(value));
    }
  }

  private void appendIfPresent(Element parent, String name, String value) {
    if (value != null) {
      append(parent, name, value);
    }
  }

  private void append(Element parent, String name, String value) {
    Element child = document.createElementNS(CapSchema.NAMESPACE, name);
    child.setTextContent(value);
    parent.appendChild(child);
  }

  private static Document newDocument() {
    try {
      return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK cannot create an XML document: " + e.getMessage(), e);
    }
  }

  private static String serialize(Document document) {
    try {
      TransformerFactory factory = TransformerFactory.newDefaultInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer transformer = factory.newTransformer();
      // The JDK serializer puts no line break between its own declaration and the root element; write ours.
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      StringWriter out = new StringWriter().append(XML_DECLARATION).append('\n');
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException("serializing CAP XML failed: " + e.getMessage(), e);
    }
  }
}
