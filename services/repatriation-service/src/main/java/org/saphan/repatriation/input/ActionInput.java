package org.saphan.repatriation.input;

import java.util.List;
import org.saphan.platform.text.TextDraft;

/**
 * An officer's action on a case: {@code action} is one of the case actions (ACCEPT, REJECT,
 * SCHEDULE_HANDOVER ...); a reason is required to REJECT, a plan to SCHEDULE_HANDOVER, a step to
 * RECORD_VERIFICATION.
 */
public record ActionInput(String action, TextDraft reason, TextDraft note, HandoverPlanInput handoverPlan, VerificationInput verification) {

  /**
   * @param scheduledAt ISO-8601 with offset
   * @param travelDocument PASSPORT, CERTIFICATE_OF_IDENTITY, TEMPORARY_PASSPORT, PENDING or NONE
   * @param personsListSharedAt when the list of persons was shared with the receiving side
   */
  public record HandoverPlanInput(String checkpoint, String scheduledAt, List<EscortInput> escorts, String travelDocument, String personsListSharedAt) {}

  /** @param role OFFICER, SOCIAL_WORKER, GUARDIAN, INTERPRETER or OTHER */
  public record EscortInput(String name, String role, String organisation) {}

  /**
   * @param step NATIONALITY_VERIFICATION or FAMILY_TRACING
   * @param outcome STARTED, CONFIRMED, NOT_CONFIRMED, FAMILY_FOUND or FAMILY_NOT_FOUND
   */
  public record VerificationInput(String step, String outcome) {}
}
