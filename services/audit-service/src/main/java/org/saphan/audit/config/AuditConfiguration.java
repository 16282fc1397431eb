package org.saphan.audit.config;

import org.saphan.audit.reads.AuditReadRecorder;
import org.saphan.audit.reads.AuditedReadsFilter;
import org.saphan.platform.kafka.PlatformNode;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the audit service: every request under /api/audit/ is a recorded read. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

  @Bean
  AuditReadRecorder auditReadRecorder(PlatformNode platform) {
    return new AuditReadRecorder(platform);
  }

  @Bean
  FilterRegistrationBean<AuditedReadsFilter> auditedReads(AuditReadRecorder recorder) {
    FilterRegistrationBean<AuditedReadsFilter> registration = new FilterRegistrationBean<>(new AuditedReadsFilter(recorder));
    registration.addUrlPatterns(AuditedReadsFilter.PREFIX + "*");
    return registration;
  }
}
