package org.saphan.alerts.config;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.saphan.alerts.domain.EscalationPolicy;
import org.saphan.alerts.service.AlertService;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.schema.alert.Severity;
import org.saphan.platform.text.catalog.CurrentTexts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires one node's alert service to the platform (the node itself comes from {@code PlatformConfiguration}). */
@Configuration(proxyBeanMethods = false)
public class AlertConfiguration {

  @Bean
  EscalationPolicy escalationPolicy(SaphanProperties properties) {
    Map<Severity, Duration> deadlines = new EnumMap<>(Severity.class);
    if (properties.alerts() != null && properties.alerts().escalation() != null) {
      properties.alerts().escalation().forEach((severity, deadline) -> {
        try {
          deadlines.put(Severity.valueOf(severity.toUpperCase(Locale.ROOT)), deadline);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("saphan.alerts.escalation." + severity + " is not a CAP severity: use extreme, severe, moderate, minor or unknown");
        }
      });
    }
    return new EscalationPolicy(deadlines);
  }

  @Bean(destroyMethod = "close")
  AlertService alertService(PlatformNode platform, EscalationPolicy escalationPolicy, Clock clock, ObjectProvider<CurrentTexts> texts) {
    // Alerts and their CAP export show translations added since they were sent, when the node runs a text desk.
    return new AlertService(platform, escalationPolicy, clock, texts.getIfAvailable(CurrentTexts::asSent)).start();
  }
}
