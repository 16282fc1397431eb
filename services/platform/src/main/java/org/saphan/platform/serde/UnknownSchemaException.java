package org.saphan.platform.serde;

import org.saphan.platform.envelope.EventType;

/** The writer schema's fingerprint is not known here: not compiled in, not on the schema stream. */
public class UnknownSchemaException extends UndecodableEventException {

  private final long fingerprint;

  public UnknownSchemaException(long fingerprint) {
    super(Reason.UNKNOWN_SCHEMA, "unknown writer schema fingerprint " + EventType.hex(fingerprint)
        + ": it is neither compiled into this node nor published on the schema stream");
    this.fingerprint = fingerprint;
  }

  public long fingerprint() {
    return fingerprint;
  }
}
