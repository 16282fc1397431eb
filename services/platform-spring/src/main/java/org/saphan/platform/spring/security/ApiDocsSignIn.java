package org.saphan.platform.spring.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells a service's OpenAPI description ({@code /v3/api-docs}) how to sign in: a JWT bearer token
 * on every operation; the {@link Officer} a controller takes comes from it, not from the request's
 * parameters. Only where the service has springdoc.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springdoc.core.utils.SpringDocUtils")
public class ApiDocsSignIn {

  static final String SCHEME = "bearer";

  @Bean
  OpenApiCustomizer bearerSignIn() {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Officer.class);
    return api -> api
        .components((api.getComponents() == null ? new Components() : api.getComponents()).addSecuritySchemes(SCHEME, new SecurityScheme()
            .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
            .description("A token from your centre's identity provider: sub, saphan_node, roles (docs/security.md)")))
        .addSecurityItem(new SecurityRequirement().addList(SCHEME));
  }
}
