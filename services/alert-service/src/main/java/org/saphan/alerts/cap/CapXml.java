package org.saphan.alerts.cap;

import org.saphan.alerts.draft.AlertDraft;
import org.saphan.schema.alert.AlertIssued;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * OASIS CAP 1.2 XML ({@code urn:oasis:names:tc:emergency:cap:1.2}) in and out, checked against the
 * CAP 1.2 XSD ({@code /cap/cap12.xsd}) both ways.
 *
 * <p><b>Export</b> writes one {@code <info>} per {@link org.saphan.schema.alert.AlertInfo} in its
 * own language with the texts as written, followed by one more {@code <info>} for each language any
 * of its texts is translated into (CAP has no per-field translations; it has one info block per
 * language). A field without a translation into that language keeps its original text. Times are
 * written in the alert's {@code sent} offset.
 *
 * <p><b>Import</b> refuses any DOCTYPE (so no external entity can be read), validates against the
 * XSD, then maps to an {@link AlertDraft} with every value as written in the document; the alert
 * validator decides whether it is acceptable to us. A text's language is its info's
 * {@code <language>}, or CAP's default {@code en-US} when the info has none;
 * the alert-level note takes the first info's language. Elements CAP has and we do not model are
 * ignored on import:
 *
 * <ul>
 *   <li>alert: {@code source}, {@code code}, and any XML Signature ({@code ds:Signature}, which is
 *       not verified);
 *   <li>info: {@code audience}, {@code eventCode}, {@code onset}, {@code senderName}, {@code web},
 *       {@code contact}, {@code parameter}, {@code resource};
 *   <li>area: {@code altitude}, {@code ceiling}.
 * </ul>
 *
 * Import also does not merge the info blocks of one message that are translations of each other:
 * each becomes its own {@link org.saphan.alerts.draft.InfoDraft}.
 */
public final class CapXml {

  /** The CAP 1.2 XML namespace. */
  public static final String NAMESPACE = CapSchema.NAMESPACE;

  private CapXml() {}

  /**
   * {@code alert} as CAP 1.2 XML (UTF-8 declared), valid against the CAP 1.2 XSD.
   *
   * @throws IllegalArgumentException if the alert holds something CAP cannot carry (a space or
   *     comma in an identifier or sender, a double quote in an address, an offset beyond ±14:00)
   * @throws IllegalStateException if the XML produced is not valid CAP 1.2 (e.g. an info without a
   *     category), naming the validator's message
   */
  public static String export(AlertIssued alert) {
    String xml = CapWriter.write(alert);
    try {
      CapSchema.validate(xml);
    } catch (SAXException e) {
      throw new IllegalStateException("CAP export of alert " + alert.getIdentifier() + " is not valid CAP 1.2, so it was not exported: "
          + located(e) + e.getMessage(), e);
    }
    return xml;
  }

  /**
   * Reads a CAP 1.2 document into a draft, values as written.
   *
   * @throws InvalidCapDocumentException if it is not well-formed XML, has a DOCTYPE, is not valid
   *     against the CAP 1.2 XSD, or has a malformed {@code references} entry; the message names the
   *     line, column and reason
   */
  public static AlertDraft parse(String xml) {
    if (xml == null || xml.isBlank()) {
      throw new InvalidCapDocumentException("the document is empty");
    }
    // A byte order mark decoded into the string is not XML content and would read as "content in prolog".
    String text = xml.startsWith("\uFEFF") ? xml.substring(1) : xml;
    Document document;
    try {
      document = CapSchema.parse(text);
    } catch (SAXException e) {
      throw invalid(e, "");
    }
    try {
      CapSchema.validate(text);
    } catch (SAXException e) {
      throw invalid(e, rootHint(document.getDocumentElement()));
    }
    return CapReader.read(document.getDocumentElement());
  }

  private static InvalidCapDocumentException invalid(SAXException e, String hint) {
    if (e instanceof SAXParseException located) {
      return new InvalidCapDocumentException(e.getMessage() + hint, located.getLineNumber(), located.getColumnNumber(), e);
    }
    return new InvalidCapDocumentException(e.getMessage() + hint, -1, -1, e);
  }

  /**
   * The validator only says it "cannot find the declaration of element 'alert'" when the namespace
   * is wrong, typically a CAP 1.1 document; say which namespace was found and which is expected.
   */
  private static String rootHint(Element root) {
    if (NAMESPACE.equals(root.getNamespaceURI()) && "alert".equals(root.getLocalName())) {
      return "";
    }
    String found = root.getNamespaceURI() == null ? "no namespace" : "namespace '" + root.getNamespaceURI() + "'";
    return " (the root element must be <alert xmlns=\"" + NAMESPACE + "\">; this document's root is <"
        + root.getLocalName() + "> in " + found + ")";
  }

  private static String located(SAXException e) {
    return e instanceof SAXParseException p && p.getLineNumber() > 0
        ? "line " + p.getLineNumber() + ", column " + p.getColumnNumber() + ": "
        : "";
  }
}
