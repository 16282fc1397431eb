package org.saphan.platform.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saphan.platform.text.reader.ReaderLanguage;
import org.saphan.platform.validation.InvalidInputException;
import org.saphan.platform.validation.Violation;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/** The reader's language of a request, in Spring MVC without a server or a node: the configuration as services import it. */
class ReaderLanguageWebConfigurationTest {

  /** Greets the reader in their language; the other endpoints fail or take no language. */
  @RestController
  static class GreetingController {
    @GetMapping(value = "/greeting", produces = "text/plain;charset=UTF-8")
    String greeting(ReaderLanguage language) {
      return language.pick("สวัสดี", "မင်္ဂလာပါ", "ສະບາຍດີ", "Hello");
    }

    @GetMapping(value = "/refused", produces = "text/plain;charset=UTF-8")
    String refused(ReaderLanguage language) {
      throw new InvalidInputException(new Violation("greeting", language.tag(), "greetings are closed"));
    }

    @GetMapping(value = "/languageless", produces = "text/plain;charset=UTF-8")
    String languageless() {
      return "no language";
    }
  }

  @Configuration(proxyBeanMethods = false)
  @EnableWebMvc
  @Import({ReaderLanguageWebConfiguration.class, CommonApiErrors.class, GreetingController.class})
  static class Web {}

  private static MvcWithoutServer web;
  private static MockMvc mvc;

  @BeforeAll
  static void start() {
    web = new MvcWithoutServer(Web.class);
    mvc = web.mvc();
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static String body(MvcResult result) throws Exception {
    return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void theAcceptLanguageHeaderChoosesTheLanguageAndTheResponseSaysWhichItIs() throws Exception {
    MvcResult result = mvc.perform(get("/greeting").header(HttpHeaders.ACCEPT_LANGUAGE, "my-MM,my;q=0.9,en;q=0.8"))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "my"))
        .andReturn();

    assertThat(body(result)).isEqualTo("မင်္ဂလာပါ");
    assertThat(result.getResponse().getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_LANGUAGE);
  }

  @Test
  void theQueryParameterOverridesTheHeader() throws Exception {
    MvcResult result = mvc.perform(get("/greeting").param("language", "lo").header(HttpHeaders.ACCEPT_LANGUAGE, "th"))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "lo"))
        .andReturn();

    assertThat(body(result)).isEqualTo("ສະບາຍດີ");
  }

  @Test
  void withoutAnyOrWithAMalformedHeaderTheReaderGetsEnglish() throws Exception {
    assertThat(body(mvc.perform(get("/greeting")).andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en")).andReturn())).isEqualTo("Hello");
    assertThat(body(mvc.perform(get("/greeting").header(HttpHeaders.ACCEPT_LANGUAGE, "th;q=abc;;, =")).andExpect(status().isOk())
        .andReturn())).isEqualTo("Hello");
  }

  @Test
  void anUnsupportedLanguageParameterIsA400NamingTheSupportedOnes() throws Exception {
    MvcResult result = mvc.perform(get("/greeting").param("language", "xx").header(HttpHeaders.ACCEPT_LANGUAGE, "th"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.errors[0].field").value("language"))
        .andExpect(jsonPath("$.errors[0].value").value("xx"))
        .andExpect(jsonPath("$.errors[0].rule").value("reader language 'xx' is not supported: Saphan writes for readers of th, my, lo, en"))
        .andReturn();

    assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isNull();
  }

  @Test
  void anErrorIsNotLabelledWithTheReadersLanguage() throws Exception {
    // The ApiError's message is English whatever the reader asked for.
    MvcResult result = mvc.perform(get("/refused").header(HttpHeaders.ACCEPT_LANGUAGE, "th"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].value").value("th"))
        .andReturn();

    assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isNull();
  }

  @Test
  void anEndpointWithoutAReaderLanguageIsLeftAlone() throws Exception {
    MvcResult result = mvc.perform(get("/languageless").header(HttpHeaders.ACCEPT_LANGUAGE, "th")).andExpect(status().isOk()).andReturn();

    assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isNull();
    assertThat(result.getResponse().getHeaders(HttpHeaders.VARY)).doesNotContain(HttpHeaders.ACCEPT_LANGUAGE);
  }
}
