package org.saphan.audit.history;

import java.time.Instant;
import org.saphan.platform.envelope.EnvelopeView;

/**
 * One event behind a view, as the audit API lists it: its envelope and where it sits on this
 * node's cluster ({@code topic-partition@offset}).
 *
 * @param occurredAt when it happened at its origin (the envelope's time, on the origin's clock)
 */
public record HistoryEvent(String eventId, String eventType, String origin, String authorNode, String authorOfficerId, String aggregateId,
    long aggregateSequence, Instant occurredAt, String where) {

  public static HistoryEvent of(LoggedEvent e) {
    EnvelopeView v = e.envelope();
    return new HistoryEvent(v.eventId(), v.eventType(), v.origin(), v.authorNode(), v.authorOfficerId(), v.aggregateId(),
        v.aggregateSequence(), v.occurredAt(), e.where());
  }
}
