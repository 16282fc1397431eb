package org.saphan.alerts.cap;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Test-side XML helpers, deliberately independent of the production code: the XSD is loaded here
 * from the classpath on its own, so "valid" in a test does not rest on {@link CapXml}'s checks.
 */
final class XmlTestSupport {

  static final String CAP = "urn:oasis:names:tc:emergency:cap:1.2";
  private static final String XSD = "http://www.w3.org/2001/XMLSchema";

  private XmlTestSupport() {}

  /** The first error the CAP 1.2 XSD finds in {@code xml}, or empty when it is valid. */
  static Optional<String> xsdError(String xml) {
    try {
      Schema schema = SchemaFactory.newDefaultInstance().newSchema(xsdUrl());
      schema.newValidator().validate(new StreamSource(new StringReader(xml)));
      return Optional.empty();
    } catch (SAXException e) {
      return Optional.of(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Our own trusted XML (export output, the XSD) as a namespace-aware DOM. */
  static Document dom(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (Exception e) {
      throw new AssertionError("not parseable XML: " + e.getMessage() + "\n" + xml, e);
    }
  }

  /** Direct children of {@code parent} in the CAP namespace named {@code name}. */
  static List<Element> children(Node parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && CAP.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  static String childText(Node parent, String name) {
    List<Element> found = children(parent, name);
    if (found.size() != 1) {
      throw new AssertionError("expected one <" + name + "> but found " + found.size());
    }
    return found.get(0).getTextContent();
  }

  /** Local names of the element children of {@code parent}, in document order. */
  static List<String> childNames(Node parent) {
    List<String> names = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e) {
        names.add(e.getLocalName());
      }
    }
    return names;
  }

  /** The enumeration values the CAP 1.2 XSD allows for the element {@code name}, in XSD order. */
  static List<String> xsdEnumeration(String name) {
    Document xsd = dom(resource("/cap/cap12.xsd"));
    NodeList elements = xsd.getElementsByTagNameNS(XSD, "element");
    for (int i = 0; i < elements.getLength(); i++) {
      Element element = (Element) elements.item(i);
      if (name.equals(element.getAttribute("name"))) {
        List<String> values = new ArrayList<>();
        NodeList enumerations = element.getElementsByTagNameNS(XSD, "enumeration");
        for (int j = 0; j < enumerations.getLength(); j++) {
          values.add(((Element) enumerations.item(j)).getAttribute("value"));
        }
        return values;
      }
    }
    throw new AssertionError("the CAP XSD declares no element " + name);
  }

  static String resource(String path) {
    try (InputStream in = XmlTestSupport.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new AssertionError("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URL xsdUrl() {
    URL url = XmlTestSupport.class.getResource("/cap/cap12.xsd");
    if (url == null) {
      throw new AssertionError("the CAP 1.2 XSD is not on the test classpath");
    }
    return url;
  }
}
