package org.saphan.audit.reads;

import java.util.Map;
import org.saphan.schema.audit.AuditReadKind;

/** The one table of what kind of read each audit endpoint is, by the path segment after {@code /api/audit/}. */
final class AuditReadKinds {

  private static final Map<String, AuditReadKind> BY_SEGMENT = Map.of(
      "export", AuditReadKind.EXPORT,
      "alerts", AuditReadKind.AS_OF,
      "cases", AuditReadKind.AS_OF,
      "meetings", AuditReadKind.AS_OF,
      "replays", AuditReadKind.REPLAY,
      "verify", AuditReadKind.VERIFY,
      "reads", AuditReadKind.READS);

  private AuditReadKinds() {}

  static AuditReadKind of(String path) {
    String rest = path.startsWith(AuditedReadsFilter.PREFIX) ? path.substring(AuditedReadsFilter.PREFIX.length()) : "";
    String segment = rest.split("/", 2)[0];
    return BY_SEGMENT.getOrDefault(segment, AuditReadKind.UNKNOWN);
  }
}
