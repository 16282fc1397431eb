package org.saphan.repatriation.web;

import java.time.Instant;
import org.saphan.platform.text.TextDraft;
import org.saphan.repatriation.sealing.CaseKeyTombstone;

/**
 * An identity erasure as this node keeps it (its tombstone): who asked, when, why, and when this node destroyed its key.
 */
public record ErasureJson(String caseId, String requestedBy, Instant requestedAt, TextDraft reason, Instant erasedAt) {

  public static ErasureJson of(CaseKeyTombstone tombstone) {
    return new ErasureJson(tombstone.caseId(), tombstone.requestedBy(), tombstone.requestedAt(),
        TextDraft.of(tombstone.reasonLanguage(), tombstone.reason()), tombstone.erasedAt());
  }
}
