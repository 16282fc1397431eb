package org.saphan.audit.config;

import java.time.Clock;
import java.time.Duration;
import org.saphan.audit.history.AuditHistory;
import org.saphan.audit.history.NodeEvents;
import org.saphan.audit.history.ReadModels;
import org.saphan.audit.reads.AuditReadRecorder;
import org.saphan.audit.reads.AuditedReadsFilter;
import org.saphan.platform.kafka.NodeLog;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.serde.EventCodec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the audit service to the node: every request under /api/audit/ is a recorded read; the
 * history (replay, as-of) reads the node's log, {@code saphan.audit.log-read-timeout} (60s)
 * bounding one read of the log to its end.
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

  @Bean
  AuditHistory auditHistory(PlatformNode platform, Clock clock, @Value("${saphan.audit.log-read-timeout:60s}") Duration readTimeout) {
    // Its own codec over the node's schema store, waiting for no schema: an unknown one is reported at once, not awaited per record.
    EventCodec codec = new EventCodec(platform.writerSchemas(), Duration.ZERO);
    NodeEvents log = new NodeEvents(streams -> NodeLog.readValues(platform.kafka(), streams, readTimeout), codec);
    return new AuditHistory(platform.node().id().value(), ReadModels.of(platform.node(), platform.registry()), log, clock);
  }

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
