package org.saphan.audit.history;

/**
 * A record of the log that could not be read as an event: counted, skipped and reported, never fatal.
 *
 * @param reason the codec's reason (UNKNOWN_SCHEMA, CORRUPT_BODY ...) or NO_ENVELOPE
 */
public record Undecodable(String where, String reason, String message) implements NodeEvents.Decoded {}
