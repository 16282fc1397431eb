package org.saphan.alerts.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.saphan.alerts.cap.CapXmlImportTest.minimalAlert;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

class CapXmlRejectionTest {

  private static final String PREFIX = "CAP document is not valid CAP 1.2: ";
  private static final String SECRET = "SECRET-7f3a9c-do-not-leak";

  /** Stands in for an internal URL an attacker wants the parser to call, and counts every call. */
  private static HttpServer server;
  private static final AtomicInteger requests = new AtomicInteger();

  @TempDir
  Path dir;

  @BeforeAll
  static void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = (exchange.getRequestURI().getPath().endsWith(".dtd") ? "<!ENTITY secret \"" + SECRET + "\">" : SECRET)
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
  }

  @BeforeEach
  void resetCount() {
    requests.set(0);
  }

  // --- not valid against the XSD ----------------------------------------------------------------

  @Test
  void a_document_in_another_namespace_is_refused_saying_which_namespace_cap_1_2_needs() {
    String cap11 = minimalAlert("").replace("urn:oasis:names:tc:emergency:cap:1.2", "urn:oasis:names:tc:emergency:cap:1.1");

    InvalidCapDocumentException e = rejected(cap11);

    assertThat(e).hasMessageStartingWith(PREFIX + "line 1, column ")
        .hasMessageContaining("cvc-elt.1.a: Cannot find the declaration of element 'alert'")
        .hasMessageContaining("this document's root is <alert> in namespace 'urn:oasis:names:tc:emergency:cap:1.1'")
        .hasMessageContaining("must be <alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">");
    assertThat(e.lineNumber()).isEqualTo(1);
  }

  @Test
  void a_document_without_any_namespace_is_refused() {
    assertThat(rejected(minimalAlert("").replace(" xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"", "")))
        .hasMessageContaining("cvc-elt.1.a").hasMessageContaining("in no namespace");
  }

  @Test
  void a_missing_sent_is_refused_naming_the_expected_element_and_where() {
    String xml = minimalAlert("").replace("  <sent>2019-09-24T09:00:00+07:00</sent>\n", "");

    InvalidCapDocumentException e = rejected(xml);

    assertThat(e).hasMessageStartingWith(PREFIX + "line 4, column ")
        .hasMessageContaining("cvc-complex-type.2.4.a: Invalid content was found starting with element")
        .hasMessageContaining("status")
        .hasMessageContaining("urn:oasis:names:tc:emergency:cap:1.2\":sent}' is expected");
    assertThat(e.lineNumber()).isEqualTo(4);
    assertThat(e.columnNumber()).isPositive();
  }

  @Test
  void a_status_cap_does_not_have_is_refused_listing_the_allowed_values() {
    assertThat(rejected(minimalAlert("").replace("<status>Exercise</status>", "<status>Real</status>")))
        .hasMessageStartingWith(PREFIX + "line 5, column ")
        .hasMessageContaining("Value 'Real' is not facet-valid with respect to enumeration '[Actual, Exercise, System, Test, Draft]'");
  }

  @Test
  void a_sent_in_utc_with_z_is_refused_by_the_caps_date_time_pattern() {
    assertThat(rejected(minimalAlert("").replace("2019-09-24T09:00:00+07:00", "2019-09-24T02:00:00Z")))
        .hasMessageStartingWith(PREFIX + "line 4, column ")
        .hasMessageContaining("cvc-pattern-valid: Value '2019-09-24T02:00:00Z' is not facet-valid with respect to pattern");
  }

  @Test
  void an_element_out_of_xsd_order_is_refused() {
    // The XSD puts note before references and incidents; an exporter that appends it last produces invalid CAP.
    String xml = minimalAlert("<incidents>I-1</incidents><note>n</note>");

    assertThat(rejected(xml)).hasMessageContaining("cvc-complex-type.2.4.a").hasMessageContaining(":note}'");
  }

  // --- not XML at all -----------------------------------------------------------------------------

  @Test
  void xml_that_is_not_well_formed_is_refused_with_the_parsers_reason_and_position() {
    InvalidCapDocumentException e = rejected("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">\n  <identifier>x</alert>");

    assertThat(e).hasMessageStartingWith(PREFIX + "line 2, column ").hasMessageContaining("identifier").hasMessageContaining("end-tag");
    assertThat(e.lineNumber()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not xml at all", "<alert", "<a></b>", "{\"identifier\":\"x\"}", "<?xml version=\"1.0\"?>", "<a/><b/>"})
  void anything_that_is_not_xml_is_refused_the_same_way(String notXml) {
    assertThat(rejected(notXml)).hasMessageStartingWith(PREFIX + "line ");
  }

  @Test
  void an_empty_document_is_refused() {
    assertThat(rejected(null)).hasMessage(PREFIX + "the document is empty");
    assertThat(rejected("  \n")).hasMessage(PREFIX + "the document is empty");
  }

  // --- DOCTYPE and external entities (XXE) ------------------------------------------------------------

  @Test
  void an_external_entity_pointing_at_a_local_file_is_refused_and_the_file_is_not_read() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE alert [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>\n"
        + minimalAlert("").replace("<identifier>EX-1</identifier>", "<identifier>&secret;</identifier>");
    assertThat(unhardenedParserReads(xml)).as("control: this document does read the file with a default parser").contains(SECRET);

    InvalidCapDocumentException e = rejected(xml);

    assertThat(e).hasMessageStartingWith(PREFIX + "line 2, column ").hasMessageContaining("DOCTYPE is disallowed");
    assertThat(e).hasMessageNotContaining(SECRET);
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      assertThat(String.valueOf(cause.getMessage())).doesNotContain(SECRET);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<!DOCTYPE alert [<!ENTITY secret SYSTEM \"%s/entity.txt\">]>", // external general entity
      "<!DOCTYPE alert SYSTEM \"%s/cap.dtd\">", // external DTD
      "<!DOCTYPE alert [<!ENTITY %% remote SYSTEM \"%s/cap.dtd\"> %%remote;]>"}) // external parameter entity
  void a_document_referring_to_an_external_resource_is_refused_and_nothing_is_fetched(String doctype) {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    String xml = "<?xml version=\"1.0\"?>\n" + doctype.formatted(base) + "\n"
        + minimalAlert("").replace("<identifier>EX-1</identifier>", "<identifier>&secret;</identifier>");
    assertThat(unhardenedParserReads(xml)).as("control: a default parser fetches it").contains(SECRET);
    assertThat(requests.getAndSet(0)).isPositive();

    assertThat(rejected(xml)).hasMessageStartingWith(PREFIX + "line 2, column ").hasMessageContaining("DOCTYPE is disallowed")
        .hasMessageNotContaining(SECRET);
    assertThat(requests.get()).as("requests made while parsing the CAP document").isZero();
  }

  @Test
  void an_entity_expansion_bomb_is_refused_before_anything_is_expanded() {
    StringBuilder doctype = new StringBuilder("<!DOCTYPE alert [<!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 10; i++) {
      doctype.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    String xml = doctype.append("]>\n").toString() + minimalAlert("").replace("EX-1", "&l10;");

    assertThat(rejected(xml)).hasMessageContaining("DOCTYPE is disallowed");
  }

  @Test
  void a_schema_location_hint_is_accepted_but_never_followed() {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    String xml = minimalAlert("").replace("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">",
        "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"urn:oasis:names:tc:emergency:cap:1.2 " + base + "/cap.xsd\">");

    assertThat(CapXml.parse(xml).identifier()).isEqualTo("EX-1");
    assertThat(requests.get()).as("requests for the schema location").isZero();
  }

  private static InvalidCapDocumentException rejected(String xml) {
    InvalidCapDocumentException e = catchThrowableOfType(InvalidCapDocumentException.class, () -> CapXml.parse(xml));
    assertThat(e).as("CapXml.parse should refuse:\n%s", xml).isNotNull();
    return e;
  }

  /** What a JDK parser with default settings makes of {@code xml}: the control showing the attack is real. */
  private static String unhardenedParserReads(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement().getTextContent();
    } catch (Exception e) {
      return "";
    }
  }
}
