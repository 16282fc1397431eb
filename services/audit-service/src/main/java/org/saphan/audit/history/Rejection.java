package org.saphan.audit.history;

/** An event the model's board refused to apply (a {@code RejectedEventException}), with the board's reason code and message. */
public record Rejection(String where, String eventId, String eventType, String reason, String message) {}
