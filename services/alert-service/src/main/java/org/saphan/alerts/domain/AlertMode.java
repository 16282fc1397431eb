package org.saphan.alerts.domain;

import java.util.Set;
import org.saphan.schema.alert.AlertStatus;

/**
 * Operational views show only real alerts; exercises, tests, system messages and drafts are listed
 * apart, never mixed in.
 */
public enum AlertMode {
  OPERATIONAL(Set.of(AlertStatus.ACTUAL)),
  EXERCISE(Set.of(AlertStatus.EXERCISE, AlertStatus.TEST, AlertStatus.SYSTEM, AlertStatus.DRAFT));

  private final Set<AlertStatus> statuses;

  AlertMode(Set<AlertStatus> statuses) {
    this.statuses = statuses;
  }

  public static AlertMode of(AlertStatus status) {
    return OPERATIONAL.statuses.contains(status) ? OPERATIONAL : EXERCISE;
  }

  public boolean includes(AlertStatus status) {
    return statuses.contains(status);
  }
}
