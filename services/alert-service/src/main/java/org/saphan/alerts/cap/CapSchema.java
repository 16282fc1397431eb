package org.saphan.alerts.cap;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;

/**
 * The CAP 1.2 XSD and hardened JDK XML parsing. Documents come from other agencies' systems, so the
 * parser refuses any DOCTYPE outright: with no DTD there can be no external entity (XXE: reading
 * local files, calling internal URLs) and no entity-expansion bomb. The {@code newDefaultInstance}
 * factories pin the JDK's own implementation, whose feature names below are known, whatever else
 * is on the classpath.
 */
final class CapSchema {

  static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";
  static final String XSD_RESOURCE = "/cap/cap12.xsd";

  private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
  private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
  private static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
  private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

  /** Thread-safe once built; a {@link Validator} is not, so each validation makes its own. */
  private static final Schema SCHEMA = loadSchema();

  /** Throws on the first error, instead of the JDK default of printing "[Fatal Error]" to stderr. */
  private static final ErrorHandler FAIL_FAST = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {
      // Warnings (e.g. about the schema itself) do not make a document invalid.
    }

    @Override
    public void error(SAXParseException e) throws SAXParseException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      throw e;
    }
  };

  private CapSchema() {}

  /**
   * Parses well-formed XML without a DOCTYPE into a namespace-aware DOM.
   *
   * @throws SAXException if it is not well-formed or has a DOCTYPE (usually a {@link SAXParseException} with line and column)
   */
  static Document parse(String xml) throws SAXException {
    try {
      DocumentBuilder builder = secureDocumentBuilderFactory().newDocumentBuilder();
      builder.setErrorHandler(FAIL_FAST);
      // Nothing may be resolved: a DOCTYPE is already refused, this is the second lock.
      builder.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("external entity '" + systemId + "' refused: CAP documents may not reference external resources");
      });
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser cannot be configured securely: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string failed: " + e.getMessage(), e);
    }
  }

  /**
   * Validates against the CAP 1.2 XSD, stopping at the first error. Call {@link #parse} first: it
   * refuses DOCTYPEs, so the validator's own parser never meets an entity declaration.
   *
   * @throws SAXException the validator's first error, usually a {@link SAXParseException} with line and column
   */
  static void validate(String xml) throws SAXException {
    Validator validator = SCHEMA.newValidator();
    validator.setErrorHandler(FAIL_FAST);
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    try {
      validator.validate(new StreamSource(new StringReader(xml)));
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string failed: " + e.getMessage(), e);
    }
  }

  private static DocumentBuilderFactory secureDocumentBuilderFactory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature(DISALLOW_DOCTYPE, true);
    factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
    factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
    factory.setFeature(LOAD_EXTERNAL_DTD, false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }

  private static Schema loadSchema() {
    URL xsd = CapSchema.class.getResource(XSD_RESOURCE);
    if (xsd == null) {
      throw new IllegalStateException("the CAP 1.2 XSD is missing from the classpath at " + XSD_RESOURCE);
    }
    try (InputStream in = xsd.openStream()) {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // The CAP XSD imports nothing; refuse to fetch anything it might be edited to point at.
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(new StreamSource(in, xsd.toExternalForm()));
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      throw new IllegalStateException("the JDK schema factory cannot be configured securely: " + e.getMessage(), e);
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("cannot load the CAP 1.2 XSD from " + XSD_RESOURCE + ": " + e.getMessage(), e);
    }
  }
}
