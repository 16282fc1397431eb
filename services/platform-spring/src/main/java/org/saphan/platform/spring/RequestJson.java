package org.saphan.platform.spring;

import com.fasterxml.jackson.annotation.Nulls;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.module.SimpleModule;

/**
 * How every node reads a request's JSON body, before any service sees it: the rules that hold for
 * every field of every request, so that no service checks them again.
 *
 * <ul>
 *   <li>the body is UTF-8, strictly (RFC 8259): a malformed or overlong byte sequence is refused,
 *       never read as another character (Jackson alone reads C0 AF as '/');
 *   <li>every string is text, of at most {@value RequestStrings#MAX_CHARS} characters ({@link RequestStrings});
 *   <li>no list or map holds a null: what is unknown is left out;
 *   <li>a field the request does not have is refused: a misspelt field ("instructon") is an error,
 *       not silently dropped.
 * </ul>
 *
 * A body that breaks one is refused with a 400 naming the field and the rule ({@link CommonApiErrors},
 * {@link UnreadableBody}). Imported by {@link PlatformConfiguration}, so every service has it.
 */
@Configuration(proxyBeanMethods = false)
@Import(RequestJson.StrictUtf8.class)
public class RequestJson {

  @Bean
  JsonMapperBuilderCustomizer requestJsonRules() {
    return builder -> builder
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addModule(new SimpleModule("saphan-request-strings").addDeserializer(String.class, new RequestStrings()))
        .changeDefaultNullHandling(handling -> handling.withContentNulls(Nulls.FAIL));
  }

  /** Refuses a JSON body that is not well-formed UTF-8, saying at which byte. */
  @ControllerAdvice
  static class StrictUtf8 extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
      return JacksonJsonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
        Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
      byte[] body = input.getBody().readAllBytes();
      int malformedAt = firstMalformedByte(body);
      if (malformedAt >= 0) {
        throw new HttpMessageNotReadableException(String.format("not UTF-8: the bytes from offset %d (%02X …) are no UTF-8 character",
            malformedAt, body[malformedAt] & 0xFF), new MalformedInputException(1), input);
      }
      return new HttpInputMessage() {
        @Override
        public InputStream getBody() {
          return new ByteArrayInputStream(body);
        }

        @Override
        public HttpHeaders getHeaders() {
          return input.getHeaders();
        }
      };
    }

    /** The offset of the first byte that starts no UTF-8 character, or -1 when all of {@code body} is UTF-8. */
    private static int firstMalformedByte(byte[] body) {
      CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(body);
      CharBuffer out = CharBuffer.allocate(4096);
      while (true) {
        CoderResult result = strict.decode(in, out, true);
        if (result.isError()) {
          return in.position();
        }
        if (result.isUnderflow()) {
          return strict.flush(out).isError() ? in.position() : -1;
        }
        out.clear();
      }
    }
  }
}
