package org.saphan.audit.reads;

import java.util.UUID;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.schema.audit.AuditReadKind;
import org.saphan.schema.audit.AuditReadRecorded;
import org.saphan.schema.common.Role;

/** Records an auditor's read as an {@code AuditReadRecorded} event on the node's own audit stream. */
public final class AuditReadRecorder {

  private final PlatformNode platform;

  public AuditReadRecorder(PlatformNode platform) {
    this.platform = platform;
  }

  /**
   * Records the read and waits for the cluster's acknowledgement: a read that cannot be recorded
   * is not answered.
   *
   * @return the event id of the record
   */
  public String record(String auditor, AuditReadKind kind, String request, int status, Long resultCount, String resultSha256) {
    String readId = UUID.randomUUID().toString();
    AuditReadRecorded event = AuditReadRecorded.newBuilder()
        .setEnvelope(platform.envelopes().envelope(AuditReadRecorded.getClassSchema(), "read-" + readId, 1, auditor, Role.AUDITOR,
            Causation.start()))
        .setKind(kind)
        .setRequest(request)
        .setStatus(status)
        .setResultCount(resultCount)
        .setResultSha256(resultSha256)
        .build();
    platform.publisher().publishLocally(event);
    return event.getEnvelope().getEventId();
  }
}
