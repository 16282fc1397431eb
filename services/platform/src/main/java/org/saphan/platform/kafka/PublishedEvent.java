package org.saphan.platform.kafka;

/** Where an event was written on its origin node's cluster. */
public record PublishedEvent(String eventId, String topic, int partition, long offset) {}
