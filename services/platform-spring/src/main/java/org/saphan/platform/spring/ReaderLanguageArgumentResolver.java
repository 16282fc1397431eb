package org.saphan.platform.spring;

import org.saphan.platform.text.reader.ReaderLanguage;
import org.saphan.platform.validation.InvalidInputException;
import org.saphan.platform.validation.Violation;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a {@link ReaderLanguage} parameter from {@code ?language=}, else from {@code Accept-Language},
 * and remembers it for {@link ContentLanguageAdvice}. See {@link ReaderLanguageWebConfiguration}.
 */
final class ReaderLanguageArgumentResolver implements HandlerMethodArgumentResolver {

  /** The query parameter that names the reader's language outright. */
  static final String PARAMETER = "language";
  /** The request attribute holding the language resolved for this request. */
  static final String ATTRIBUTE = ReaderLanguage.class.getName();

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == ReaderLanguage.class;
  }

  @Override
  public ReaderLanguage resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest request,
      WebDataBinderFactory binderFactory) {
    String asked = request.getParameter(PARAMETER);
    ReaderLanguage language = asked == null
        ? ReaderLanguage.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
        : fromParameter(asked);
    request.setAttribute(ATTRIBUTE, language, RequestAttributes.SCOPE_REQUEST);
    return language;
  }

  private static ReaderLanguage fromParameter(String asked) {
    try {
      return ReaderLanguage.of(asked);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(new Violation(PARAMETER, asked, e.getMessage()));
    }
  }
}
