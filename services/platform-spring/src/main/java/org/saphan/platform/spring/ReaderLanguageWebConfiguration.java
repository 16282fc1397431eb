package org.saphan.platform.spring;

import java.util.List;
import org.saphan.platform.text.reader.ReaderLanguage;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets any controller method take the reader's {@link ReaderLanguage} as a parameter:
 *
 * <ul>
 *   <li>from the query parameter {@code ?language=th|my|lo|en} when the request has one; any other
 *       value is a 400 in the {@link ApiError} format, naming the supported languages;
 *   <li>else from the {@code Accept-Language} header, leniently ({@link ReaderLanguage#fromAcceptLanguage}:
 *       English when the header is absent, names no supported language, or is malformed).
 * </ul>
 *
 * The response then says which language it is in: {@code Content-Language} (and {@code Vary:
 * Accept-Language}, for caches) is added to every body such a method writes through a message
 * converter ({@code ResponseEntity}, {@code @ResponseBody}), unless the method set its own; an error
 * answered by an {@code @ExceptionHandler} gets none, as Saphan's error messages are English whatever
 * the reader's language. Imported by {@link PlatformConfiguration}, so every service has it.
 */
@Configuration(proxyBeanMethods = false)
@Import(ContentLanguageAdvice.class)
public class ReaderLanguageWebConfiguration implements WebMvcConfigurer {

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new ReaderLanguageArgumentResolver());
  }
}
