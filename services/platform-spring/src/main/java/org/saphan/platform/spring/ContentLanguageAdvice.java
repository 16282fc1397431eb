package org.saphan.platform.spring;

import org.saphan.platform.text.reader.ReaderLanguage;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Adds {@code Content-Language} (the reader language {@link ReaderLanguageArgumentResolver} resolved)
 * and {@code Vary: Accept-Language} to the body a controller method writes; not to an
 * {@code @ExceptionHandler}'s body, whose English message is not in the reader's language.
 */
@ControllerAdvice
class ContentLanguageAdvice implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return !returnType.hasMethodAnnotation(ExceptionHandler.class);
  }

  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
    if (request instanceof ServletServerHttpRequest servlet
        && servlet.getServletRequest().getAttribute(ReaderLanguageArgumentResolver.ATTRIBUTE) instanceof ReaderLanguage language) {
      HttpHeaders headers = response.getHeaders();
      if (!headers.containsHeader(HttpHeaders.CONTENT_LANGUAGE)) {
        headers.set(HttpHeaders.CONTENT_LANGUAGE, language.tag());
      }
      if (!headers.getVary().contains(HttpHeaders.ACCEPT_LANGUAGE)) {
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
      }
    }
    return body;
  }
}
