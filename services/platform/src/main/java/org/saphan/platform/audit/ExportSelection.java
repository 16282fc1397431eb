package org.saphan.platform.audit;

import java.time.Instant;
import java.util.Set;

/**
 * What an auditor exports from a node: some streams, optionally one origin node, a time range of
 * when the events happened (from inclusive, to exclusive) and one aggregate. Null means any.
 */
public record ExportSelection(Set<String> streams, String origin, Instant from, Instant to, String aggregateId) {

  public ExportSelection {
    streams = Set.copyOf(streams);
  }

  /**
   * Whether an exported event is selected; an undecodable record is kept when its stream and origin
   * are, so that nothing hides. (Records of the same lanes that are not selected are exported as
   * links: see {@link ExportedEvent}.)
   */
  public boolean includes(ExportedEvent event) {
    if (event.stream() == null || !streams.contains(event.stream()) || (origin != null && !origin.equals(event.origin()))) {
      return false;
    }
    if (event.decodeError() != null) {
      return aggregateId == null || aggregateId.equals(event.key());
    }
    return (from == null || !event.occurredAt().isBefore(from))
        && (to == null || event.occurredAt().isBefore(to))
        && (aggregateId == null || aggregateId.equals(event.aggregateId()));
  }
}
