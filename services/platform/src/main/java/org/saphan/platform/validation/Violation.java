package org.saphan.platform.validation;

/**
 * One thing wrong with a submitted alert: which field (a path such as
 * {@code infos[0].areas[1].circles[0]}), the value given, and the rule it breaks.
 */
public record Violation(String field, String value, String rule) {

  @Override
  public String toString() {
    return field + "=" + (value == null ? "(none)" : "'" + value + "'") + ": " + rule;
  }
}
