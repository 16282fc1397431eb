package org.saphan.audit.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.avro.generic.GenericRecord;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.topic.Stream;

/**
 * One read model the audit service rebuilds from the log (alerts, cases, meetings): the small
 * adapter that says which streams feed it, which of its views an event belongs to, and gives a
 * fresh board — the service's own board, rendered with the service's own JSON — so replay and
 * as-of show a view exactly as the live service does, with no rule copied here.
 */
public interface ReadModel {

  /** The model's name in the audit API: {@code alerts}, {@code cases} or {@code meetings}. */
  String name();

  /** The streams the live service feeds its board from. */
  List<Stream> streams();

  /**
   * The id of the view (alert thread, case, meeting) an event belongs to, as the service's own GET
   * names it: the envelope's aggregate id unless the model says otherwise.
   */
  default String viewIdOf(GenericRecord event, EnvelopeView envelope) {
    return envelope.aggregateId();
  }

  /** A fresh, empty board. */
  Board newBoard();

  /** A board of this model being fed from the log. */
  interface Board {

    /**
     * Applies one event as the live service does.
     *
     * @throws org.saphan.platform.validation.RejectedEventException when the board refuses it
     */
    Outcome apply(GenericRecord event, EnvelopeView envelope);

    /** One view as the service's REST API renders it; {@code now} for what depends on the time (expiry, overdue). */
    Optional<Object> view(String id, Instant now);

    /** Every view, in the order and JSON of the service's own list. */
    List<Object> views(Instant now);
  }
}
