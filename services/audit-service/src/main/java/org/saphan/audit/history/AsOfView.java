package org.saphan.audit.history;

import java.time.Instant;
import java.util.List;

/**
 * A view as it stood at {@code asOf} on {@code node}, and the events that made it so.
 *
 * @param view the view in the service's own JSON
 * @param events the view's events that occurred by {@code asOf}, in log order, that its board took
 * @param rejected its events the board refused (normally none)
 */
public record AsOfView(String node, String model, String id, Instant asOf, Object view, List<HistoryEvent> events,
    List<Rejection> rejected) {}
