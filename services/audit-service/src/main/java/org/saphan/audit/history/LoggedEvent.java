package org.saphan.audit.history;

import org.apache.avro.generic.GenericRecord;
import org.saphan.platform.audit.LoggedRecord;
import org.saphan.platform.envelope.EnvelopeView;

/** A decoded event of a node's log, with where it sits on the node's cluster. */
public record LoggedEvent(LoggedRecord record, GenericRecord event, EnvelopeView envelope) implements NodeEvents.Decoded {

  /** {@code topic-partition@offset}. */
  public String where() {
    return record.where();
  }
}
