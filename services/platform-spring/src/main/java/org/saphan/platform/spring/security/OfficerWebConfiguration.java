package org.saphan.platform.spring.security;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets any controller method take the signed-in {@link Officer} as a parameter. Imported by {@code SecurityConfiguration}. */
@Configuration(proxyBeanMethods = false)
public class OfficerWebConfiguration implements WebMvcConfigurer {

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new OfficerArgumentResolver());
  }
}
