package org.saphan.platform.spring.security;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves an {@link Officer} parameter of a controller method: the officer the request's bearer token names. */
final class OfficerArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Officer.class;
  }

  @Override
  public Officer resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest request,
      WebDataBinderFactory binderFactory) {
    return Officer.current();
  }
}
