package org.saphan.platform.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules every request body meets ({@link RequestJson}), in Spring MVC without a server or a
 * node: each refusal names the field and the rule, in words and not in Java types.
 */
class RequestJsonTest {

  /** A request of a few kinds of fields. */
  record Registration(String name, List<String> languages, Integer age) {}

  @RestController
  static class RegistrationController {
    @PostMapping(value = "/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
    Registration register(@RequestBody Registration registration) {
      return registration;
    }
  }

  /** The JSON converter as Spring Boot makes it for a service: with the customizer of {@link RequestJson}. */
  @Configuration(proxyBeanMethods = false)
  @EnableWebMvc
  @Import({RequestJson.class, CommonApiErrors.class, RegistrationController.class})
  static class Web implements WebMvcConfigurer {
    @Override
    public void configureMessageConverters(List<HttpMessageConverter<?>> converters) {
      JsonMapper.Builder json = JsonMapper.builder();
      new RequestJson().requestJsonRules().customize(json);
      converters.add(new JacksonJsonHttpMessageConverter(json.build()));
    }
  }

  private static MvcWithoutServer web;
  private static MockMvc mvc;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @BeforeAll
  static void start() {
    web = new MvcWithoutServer(Web.class);
    mvc = web.mvc();
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static JsonNode send(byte[] body, int status) throws Exception {
    var response = mvc.perform(post("/registrations").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    String answer = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(answer).isEqualTo(status);
    return JSON.readTree(answer);
  }

  private static JsonNode send(String body, int status) throws Exception {
    return send(body.getBytes(StandardCharsets.UTF_8), status);
  }

  @Test
  void aRequestOfTextsInTheFourLanguagesUpToTheLimitIsRead() throws Exception {
    String name = "แม่สาย တာချီလိတ် ຫ້ວຍຊາຍ Mae Sai\t\n".repeat(10_000).substring(0, RequestStrings.MAX_CHARS);

    JsonNode read = send(JSON.writeValueAsString(new Registration(name, List.of("th", "my"), 24)), 200);

    assertThat(read.get("name").asString()).isEqualTo(name);
  }

  @Test
  void aStringPastTheLimitIsRefusedNamingTheField() throws Exception {
    JsonNode error = send(JSON.writeValueAsString(new Registration("x".repeat(RequestStrings.MAX_CHARS + 1), List.of(), 24)), 400);

    assertThat(error.get("message").asString()).isEqualTo("nothing was stored or sent");
    assertThat(error.at("/errors/0/field").asString()).isEqualTo("name");
    assertThat(error.at("/errors/0/rule").asString()).isEqualTo("at most 10000 characters, got 10001");
  }

  @Test
  void aControlCharacterOrALoneSurrogateIsRefusedWhereverTheStringIs() throws Exception {
    assertThat(send("{\"name\": \"Mae\\u0007Sai\"}", 400).at("/errors/0/rule").asString()).contains("control character U+0007 at index 3");
    JsonNode surrogate = send("{\"name\": \"x\", \"languages\": [\"th\", \"m\\ud800y\"]}", 400);
    assertThat(surrogate.at("/errors/0/field").asString()).isEqualTo("languages[1]");
    assertThat(surrogate.at("/errors/0/rule").asString()).contains("unpaired high surrogate at index 1");
  }

  @Test
  void aNullInAListIsRefused() throws Exception {
    JsonNode error = send("{\"name\": \"x\", \"languages\": [\"th\", null]}", 400);

    assertThat(error.at("/errors/0/field").asString()).isEqualTo("languages[1]");
    assertThat(error.at("/errors/0/rule").asString()).startsWith("must not be null");
  }

  @Test
  void bytesThatAreNoUtf8AreRefusedNotReadAsAnotherCharacter() throws Exception {
    byte[] overlongSlash = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'a', (byte) 0xC0, (byte) 0xAF, 'b', '"', '}'};

    JsonNode error = send(overlongSlash, 400);

    assertThat(error.get("message").asString()).contains("not valid JSON");
    assertThat(error.at("/errors/0/rule").asString()).contains("not UTF-8").contains("offset 10");
  }

  @Test
  void aWrongTypeOrAnUnknownFieldIsRefusedInWordsNotJavaTypes() throws Exception {
    JsonNode age = send("{\"name\": \"x\", \"age\": \"twenty\"}", 400);
    assertThat(age.at("/errors/0/field").asString()).isEqualTo("age");
    assertThat(age.at("/errors/0/rule").asString()).isEqualTo("must be a whole number, not \"twenty\"");

    JsonNode languages = send("{\"name\": \"x\", \"languages\": \"th\"}", 400);
    assertThat(languages.at("/errors/0/rule").asString()).isEqualTo("must be an array, not a string");

    JsonNode unknown = send("{\"nmae\": \"x\"}", 400);
    assertThat(unknown.at("/errors/0/field").asString()).isEqualTo("nmae");
    assertThat(unknown.at("/errors/0/rule").asString()).isEqualTo("\"nmae\" is not a field of this request; its fields are name, languages, age");
  }

  @Test
  void malformedJsonIsRefusedSayingWhere() throws Exception {
    JsonNode error = send("{\"name\": \"x\", ", 400);

    assertThat(error.get("message").asString()).isEqualTo("the request body is not valid JSON for this request");
    assertThat(error.at("/errors/0/rule").asString()).contains("end-of-input").contains("line 1").doesNotContain("Source");
  }
}
