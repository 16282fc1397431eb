package org.saphan.alerts.config;

import org.saphan.alerts.service.AlertService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for this node's overdue alerts every {@code saphan.alerts.escalation-check-interval}. */
@Component
class EscalationScheduler {

  private final AlertService alerts;

  EscalationScheduler(AlertService alerts) {
    this.alerts = alerts;
  }

  @Scheduled(fixedDelayString = "${saphan.alerts.escalation-check-interval:30s}", initialDelayString = "${saphan.alerts.escalation-check-interval:30s}")
  void escalateOverdue() {
    alerts.escalateOverdue();
  }
}
