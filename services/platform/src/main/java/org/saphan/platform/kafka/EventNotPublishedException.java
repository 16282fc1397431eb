package org.saphan.platform.kafka;

/** The node's own cluster did not acknowledge an event; nothing was accepted. */
public class EventNotPublishedException extends RuntimeException {
  public EventNotPublishedException(String eventId, String topic, Throwable cause) {
    super("event " + eventId + " was not written to " + topic + ": " + cause.getMessage(), cause);
  }
}
