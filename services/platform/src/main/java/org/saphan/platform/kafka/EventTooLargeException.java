package org.saphan.platform.kafka;

/** An event larger than {@link EventLimits#MAX_EVENT_BYTES}: refused before anything is sent. */
public final class EventTooLargeException extends IllegalArgumentException {

  public EventTooLargeException(String eventId, int bytes) {
    super("event " + eventId + " encodes to " + bytes + " bytes; events are at most " + EventLimits.MAX_EVENT_BYTES
        + " bytes: shorten its texts or split it");
  }
}
