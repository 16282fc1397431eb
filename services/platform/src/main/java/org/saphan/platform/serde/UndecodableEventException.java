package org.saphan.platform.serde;

/** Bytes that cannot be turned into an event. The reason says which check failed. */
public class UndecodableEventException extends RuntimeException {

  /** Why decoding failed; recorded on the dead-letter record. */
  public enum Reason {
    /** Not Avro single-object encoding: too short, or no {@code C3 01} marker. */
    NOT_SINGLE_OBJECT_ENCODED,
    /** The writer schema's fingerprint is not known on this node, even after reading the schema stream. */
    UNKNOWN_SCHEMA,
    /** The header is fine but the body does not decode with the writer schema. */
    CORRUPT_BODY,
    /** The writer schema is known but this node's version of it cannot read it (a different major). */
    INCOMPATIBLE_SCHEMA
  }

  private final Reason reason;

  public UndecodableEventException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public UndecodableEventException(Reason reason, String message) {
    this(reason, message, null);
  }

  public Reason reason() {
    return reason;
  }
}
