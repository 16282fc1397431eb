package org.saphan.repatriation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.repatriation.CaseAction;
import org.saphan.schema.repatriation.CaseActionType;
import org.saphan.schema.repatriation.CaseReferred;
import org.saphan.schema.repatriation.HandoverPlan;
import org.saphan.schema.repatriation.VerificationStep;

/** Read-only snapshots of a node's cases. */
public final class CaseViews {

  private CaseViews() {}

  /**
   * A case as one of its two parties sees it.
   *
   * @param sequence how many steps the sheltering node has recorded (the referral is 1)
   * @param pending requests of the receiving side not yet recorded or refused by the sheltering node
   * @param identityErasure when a party erased the victim's identity: the case goes on, its identity opens no more
   */
  public record CaseView(
      String caseId,
      CaseReferred referral,
      CaseState state,
      long sequence,
      Optional<HandoverPlan> handoverPlan,
      List<Verification> verifications,
      List<Step> history,
      List<Request> pending,
      Optional<IdentityErasure> identityErasure) {}

  /** A recorded step or a refused request, in the order the sheltering node decided them. */
  public record Step(
      long sequence, String eventId, String kind, CaseActionType action, String actorNode, String officerId, Instant at,
      Optional<CaseState> from, Optional<CaseState> to, Optional<LocalizedText> reason, Optional<LocalizedText> note,
      Optional<String> refusal) {}

  public record Verification(VerificationStep step, String byNode, String officerId, Instant at, Optional<LocalizedText> note) {}

  /**
   * A party's erasure of the case's sealed identity, as the log holds it.
   *
   * @param byNode the party that asked for it (the first one, if both did)
   * @param at when it was asked for, at that party
   */
  public record IdentityErasure(String byNode, String officerId, Instant at, LocalizedText reason) {}

  /** A request of the receiving side waiting for the sheltering node. */
  public record Request(String eventId, CaseAction action, String officerId, Instant at) {}
}
