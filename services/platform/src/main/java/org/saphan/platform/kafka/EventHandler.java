package org.saphan.platform.kafka;

import org.saphan.platform.validation.RejectedEventException;
/**
 * Applies one received event (to a view, a state machine ...). Throw {@link RejectedEventException}
 * for an event that must not be applied (an illegal transition, say): it goes to the dead-letter
 * topic with the reason and the consumer moves on. Handlers must be idempotent by event id: after a
 * crash, events since the last commit are delivered again.
 */
@FunctionalInterface
public interface EventHandler {
  void handle(ReceivedEvent event);
}
