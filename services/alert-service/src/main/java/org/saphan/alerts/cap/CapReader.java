package org.saphan.alerts.cap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.alerts.draft.AreaDraft;
import org.saphan.alerts.draft.GeocodeDraft;
import org.saphan.alerts.draft.InfoDraft;
import org.saphan.alerts.draft.ReferenceDraft;
import org.saphan.platform.text.TextDraft;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Maps an XSD-valid CAP 1.2 DOM to an {@link AlertDraft}, values as written in the document.
 *
 * <p>Whitespace: human-readable text (event, headline, description, instruction, note, areaDesc,
 * restriction) is kept exactly; the enumerations (status, category, ...) are exact already because
 * the XSD checks them character for character. Machine values (identifier, sender, dateTimes,
 * language, polygon, circle, geocode) are stripped of surrounding whitespace: for dateTime and
 * language the XSD itself ignores it, and a pretty-printer's line break around an identifier is
 * not part of it.
 */
final class CapReader {

  /** The XSD's default for {@code info/language}, used when the element is absent or empty. */
  static final String DEFAULT_LANGUAGE = "en-US";

  private CapReader() {}

  static AlertDraft read(Element alert) {
    List<InfoDraft> infos = children(alert, "info").stream().map(CapReader::info).toList();
    // CAP gives the alert-level note no language; the first info's is the best guess at the sender's.
    String noteLanguage = infos.isEmpty() ? DEFAULT_LANGUAGE : infos.get(0).language();
    return new AlertDraft(
        token(alert, "identifier"),
        token(alert, "sender"),
        token(alert, "sent"),
        text(alert, "status"),
        text(alert, "msgType"),
        text(alert, "scope"),
        text(alert, "restriction"),
        CapLists.split(text(alert, "addresses")),
        references(text(alert, "references")),
        CapLists.split(text(alert, "incidents")),
        textDraft(alert, "note", noteLanguage),
        infos);
  }

  private static InfoDraft info(Element info) {
    String language = Optional.ofNullable(token(info, "language")).filter(l -> !l.isEmpty()).orElse(DEFAULT_LANGUAGE);
    return new InfoDraft(
        language,
        texts(info, "category"),
        textDraft(info, "event", language),
        texts(info, "responseType"),
        text(info, "urgency"),
        text(info, "severity"),
        text(info, "certainty"),
        textDraft(info, "headline", language),
        textDraft(info, "description", language),
        textDraft(info, "instruction", language),
        token(info, "effective"),
        token(info, "expires"),
        children(info, "area").stream().map(area -> area(area, language)).toList());
  }

  private static AreaDraft area(Element area, String language) {
    return new AreaDraft(
        textDraft(area, "areaDesc", language),
        children(area, "polygon").stream().map(e -> e.getTextContent().strip()).toList(),
        children(area, "circle").stream().map(e -> e.getTextContent().strip()).toList(),
        children(area, "geocode").stream().map(g -> new GeocodeDraft(token(g, "valueName"), token(g, "value"))).toList());
  }

  /**
   * CAP references: space-separated {@code sender,identifier,sent} triples. The XSD types the
   * element as a plain string, so a malformed entry gets past it and is refused here.
   */
  private static List<ReferenceDraft> references(String references) {
    List<ReferenceDraft> drafts = new ArrayList<>();
    for (String entry : CapLists.split(references)) {
      String[] parts = entry.split(",", -1);
      if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
        throw new InvalidCapDocumentException("<references> entry '" + entry
            + "' is not sender,identifier,sent (e.g. bcc@th-cei.saphan,TH-CEI-0001,2019-09-24T09:00:00+07:00)");
      }
      drafts.add(new ReferenceDraft(parts[0], parts[1], parts[2]));
    }
    return drafts;
  }

  private static TextDraft textDraft(Element parent, String name, String language) {
    String text = text(parent, name);
    return text == null ? null : TextDraft.of(language, text);
  }

  /** The text of the first child {@code name}, exactly as written, or null when absent. */
  private static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0).getTextContent();
  }

  private static String token(Element parent, String name) {
    String text = text(parent, name);
    return text == null ? null : text.strip();
  }

  private static List<String> texts(Element parent, String name) {
    return children(parent, name).stream().map(Element::getTextContent).toList();
  }

  /** Child elements named {@code name} in the CAP namespace; anything else (e.g. a ds:Signature) is skipped. */
  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && CapSchema.NAMESPACE.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }
}
