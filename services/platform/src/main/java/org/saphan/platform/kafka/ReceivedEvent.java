package org.saphan.platform.kafka;

import java.util.Map;
import java.util.Optional;
import org.apache.avro.generic.GenericRecord;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.node.NodeId;

/**
 * An event as a node's consumer received it.
 *
 * @param mirroredFrom the peer whose cluster it was mirrored from; empty for the node's own events
 * @param cloudEvents the {@code ce_*} headers that came with it
 */
public record ReceivedEvent(
    String topic, int partition, long offset, GenericRecord event, EnvelopeView envelope, Optional<NodeId> mirroredFrom,
    Map<String, String> cloudEvents) {

  /** The event as its generated class, e.g. {@code received.as(AlertIssued.class)}. */
  public <T extends GenericRecord> T as(Class<T> type) {
    if (!type.isInstance(event)) {
      throw new IllegalStateException("event " + envelope.eventId() + " is a " + event.getSchema().getFullName() + ", not a " + type.getName());
    }
    return type.cast(event);
  }
}
