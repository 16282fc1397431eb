package org.saphan.platform.envelope;

import java.util.Optional;

/**
 * Where an event sits in a conversation: the correlation id shared by all its events and the event
 * that caused it. An event that starts a conversation is its own correlation.
 */
public record Causation(Optional<String> correlationId, Optional<String> causationId) {

  /** A new conversation: the event's own id becomes the correlation id. */
  public static Causation start() {
    return new Causation(Optional.empty(), Optional.empty());
  }

  /** An event caused by {@code cause}, in the same conversation. */
  public static Causation after(EnvelopeView cause) {
    return new Causation(Optional.of(cause.correlationId()), Optional.of(cause.eventId()));
  }
}
