package org.saphan.audit.history;

import java.time.Instant;
import java.util.List;

/**
 * What a replay of a read model on a node read, applied and rebuilt.
 *
 * @param from only events that occurred at or after it were fed; null for the whole log
 * @param recordsRead records of the model's streams in the node's log, decodable or not
 * @param eventsRead events fed to the fresh board (those at or after {@code from})
 * @param eventsBeforeFrom decoded events left out because they occurred before {@code from}
 * @param eventsApplied events that changed the board
 * @param eventsDuplicate events whose id the board had applied already
 * @param eventsWaiting events the board held, when fed, for what they concern to arrive
 * @param eventsRejected events the board refused; {@code rejections} says which and why
 * @param undecodable records that did not decode; {@code undecodableRecords} says which and why
 * @param millis the whole replay: reading the log, decoding, applying, rendering
 * @param eventsPerSecond {@code eventsRead} per second of {@code millis}
 * @param rebuildMillis the rebuild alone: reading the log, decoding and applying, before rendering the views
 * @param rebuildEventsPerSecond {@code eventsRead} per second of {@code rebuildMillis}
 * @param views every view of the rebuilt board, in the service's own JSON and list order
 */
public record ReplayReport(String node, String model, Instant from, int recordsRead, int eventsRead, int eventsBeforeFrom,
    int eventsApplied, int eventsDuplicate, int eventsWaiting, int eventsRejected, List<Rejection> rejections, int undecodable,
    List<Undecodable> undecodableRecords, long millis, double eventsPerSecond, long rebuildMillis, double rebuildEventsPerSecond,
    List<Object> views) {}
