package org.saphan.alerts.domain;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saphan.schema.alert.AlertStatus;
import org.saphan.schema.alert.Severity;

/**
 * How long an addressed node has to acknowledge an alert before it escalates, by severity. Only
 * Actual and Exercise alerts escalate (an exercise exercises escalation too); Test, System and Draft
 * messages never do.
 */
public final class EscalationPolicy {

  private static final Set<AlertStatus> ESCALATING = Set.of(AlertStatus.ACTUAL, AlertStatus.EXERCISE);

  private final Map<Severity, Duration> deadlines;

  public EscalationPolicy(Map<Severity, Duration> deadlines) {
    this.deadlines = new EnumMap<>(Severity.class);
    this.deadlines.putAll(defaults().deadlines);
    deadlines.forEach((severity, deadline) -> {
      if (deadline.isNegative() || deadline.isZero()) {
        throw new IllegalArgumentException("escalation deadline for " + severity + " must be positive, got " + deadline);
      }
      this.deadlines.put(severity, deadline);
    });
  }

  private EscalationPolicy(EnumMap<Severity, Duration> deadlines, boolean trusted) {
    this.deadlines = deadlines;
  }

  /** Extreme 15 min, Severe 1 h, Moderate 4 h, Minor 24 h, Unknown 4 h. */
  public static EscalationPolicy defaults() {
    EnumMap<Severity, Duration> d = new EnumMap<>(Severity.class);
    d.put(Severity.EXTREME, Duration.ofMinutes(15));
    d.put(Severity.SEVERE, Duration.ofHours(1));
    d.put(Severity.MODERATE, Duration.ofHours(4));
    d.put(Severity.MINOR, Duration.ofHours(24));
    d.put(Severity.UNKNOWN, Duration.ofHours(4));
    return new EscalationPolicy(d, true);
  }

  /** The time allowed for acknowledgement, or empty when alerts of this status never escalate. */
  public Optional<Duration> deadline(AlertStatus status, Severity severity) {
    return ESCALATING.contains(status) ? Optional.of(deadlines.get(severity)) : Optional.empty();
  }

  public Map<Severity, Duration> deadlines() {
    return Map.copyOf(deadlines);
  }
}
