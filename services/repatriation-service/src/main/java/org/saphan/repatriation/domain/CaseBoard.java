package org.saphan.repatriation.domain;

import org.saphan.platform.validation.RejectedEventException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.avro.generic.GenericRecord;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.repatriation.domain.CaseViews.CaseView;
import org.saphan.repatriation.domain.CaseViews.IdentityErasure;
import org.saphan.repatriation.domain.CaseViews.Request;
import org.saphan.repatriation.domain.CaseViews.Step;
import org.saphan.repatriation.domain.CaseViews.Verification;
import org.saphan.schema.repatriation.ActionKind;
import org.saphan.schema.repatriation.CaseAction;
import org.saphan.schema.repatriation.CaseActionType;
import org.saphan.schema.repatriation.CaseReferred;
import org.saphan.schema.repatriation.HandoverPlan;
import org.saphan.schema.repatriation.IdentityErased;

/**
 * One node's cases, built only from events, so replaying the log rebuilds it exactly. The
 * sheltering node's RECORDs are the case's history, applied in their sequence (a record that
 * arrives early waits for the one before it); the receiving side's REQUESTs wait until the
 * sheltering node records or refuses them. Either party may erase the victim's identity
 * ({@code IdentityErased}): the case goes on, showing who erased it. Every event is applied once per
 * event id.
 */
public final class CaseBoard {

  /** What applying an event did. */
  public enum Outcome { APPLIED, DUPLICATE, WAITING }

  private final Map<String, CaseFile> cases = new LinkedHashMap<>();
  private final Set<String> appliedEventIds = new HashSet<>();
  private final Map<String, List<Early>> waitingForReferral = new HashMap<>();

  private record Arrived(CaseAction action, EnvelopeView envelope) {}

  /** An action or an erasure that arrived before its case's referral (another topic, so no order between them). */
  private record Early(GenericRecord event, EnvelopeView envelope) {}

  public synchronized Outcome apply(GenericRecord event, EnvelopeView envelope) {
    if (appliedEventIds.contains(envelope.eventId())) {
      return Outcome.DUPLICATE;
    }
    if (event instanceof CaseReferred referral) {
      if (!referral.getShelteringNode().equals(envelope.origin())) {
        throw new RejectedEventException("NOT_THE_SHELTERING_NODE", "case " + referral.getCaseId() + " names " + referral.getShelteringNode()
            + " as sheltering node but was referred by " + envelope.origin());
      }
      appliedEventIds.add(envelope.eventId());
      if (cases.containsKey(referral.getCaseId())) {
        return Outcome.DUPLICATE; // the same file referred again: still one case
      }
      cases.put(referral.getCaseId(), new CaseFile(referral, envelope));
      List<Early> early = waitingForReferral.remove(referral.getCaseId());
      if (early != null) {
        early.forEach(e -> applyToCase(cases.get(referral.getCaseId()), e.event(), e.envelope()));
      }
      return Outcome.APPLIED;
    }
    String caseId;
    if (event instanceof CaseAction action) {
      caseId = action.getCaseId();
    } else if (event instanceof IdentityErased erasure) {
      caseId = erasure.getCaseId();
    } else {
      throw new RejectedEventException("UNKNOWN_EVENT", "the case board does not apply " + event.getSchema().getFullName());
    }
    CaseFile file = cases.get(caseId);
    if (file == null) {
      List<Early> queue = waitingForReferral.computeIfAbsent(caseId, k -> new ArrayList<>());
      if (queue.stream().noneMatch(e -> e.envelope().eventId().equals(envelope.eventId()))) {
        queue.add(new Early(event, envelope));
      }
      return Outcome.WAITING;
    }
    appliedEventIds.add(envelope.eventId());
    return applyToCase(file, event, envelope);
  }

  private Outcome applyToCase(CaseFile file, GenericRecord event, EnvelopeView envelope) {
    return event instanceof IdentityErased erasure ? applyErasure(file, erasure, envelope) : applyAction(file, (CaseAction) event, envelope);
  }

  /** Either party may erase, in any state; the first erasure is the one shown, a later one changes nothing. */
  private Outcome applyErasure(CaseFile file, IdentityErased erasure, EnvelopeView envelope) {
    String sheltering = file.referral.getShelteringNode();
    String receiving = file.referral.getReceivingNode();
    if (!envelope.origin().equals(sheltering) && !envelope.origin().equals(receiving)) {
      throw new RejectedEventException("NOT_A_PARTY", "identity erasure " + envelope.eventId() + " of case " + file.caseId() + " comes from "
          + envelope.origin() + ", which is not one of the case's parties (" + sheltering + ", " + receiving + ")");
    }
    if (file.identityErasure == null) {
      file.identityErasure = new IdentityErasure(envelope.origin(), envelope.authorOfficerId(), envelope.occurredAt(), erasure.getReason());
    }
    return Outcome.APPLIED;
  }

  private Outcome applyAction(CaseFile file, CaseAction action, EnvelopeView envelope) {
    String sheltering = file.referral.getShelteringNode();
    String receiving = file.referral.getReceivingNode();
    if (action.getKind() == ActionKind.REQUEST) {
      if (!envelope.origin().equals(receiving)) {
        throw new RejectedEventException("NOT_A_PARTY", "request " + envelope.eventId() + " on case " + file.caseId() + " comes from "
            + envelope.origin() + ", which is not the case's receiving side (" + receiving + ")");
      }
      if (!file.decidedRequests.contains(envelope.eventId())) {
        file.pending.put(envelope.eventId(), new Request(envelope.eventId(), action, envelope.authorOfficerId(), envelope.occurredAt()));
      }
      return Outcome.APPLIED;
    }
    if (!envelope.origin().equals(sheltering)) {
      throw new RejectedEventException("NOT_THE_RECORDER", action.getKind() + " " + envelope.eventId() + " on case " + file.caseId()
          + " comes from " + envelope.origin() + "; only the sheltering node " + sheltering + " records a case's steps");
    }
    file.early.put(envelope.aggregateSequence(), new Arrived(action, envelope));
    file.applyInOrder();
    return Outcome.APPLIED;
  }

  public synchronized Optional<CaseView> view(String caseId) {
    return Optional.ofNullable(cases.get(caseId)).map(CaseFile::view);
  }

  public synchronized List<CaseView> list() {
    return cases.values().stream().map(CaseFile::view)
        .sorted(Comparator.comparing((CaseView v) -> v.referral().getEnvelope().getOccurredAt()).reversed()).toList();
  }

  public synchronized boolean knows(String caseId) {
    return cases.containsKey(caseId);
  }

  /** Requests of the receiving side on cases this node shelters that still wait for a decision, oldest first. */
  public synchronized List<Request> pendingRequests(String shelteringNode) {
    return cases.values().stream().filter(c -> c.referral.getShelteringNode().equals(shelteringNode))
        .flatMap(c -> c.pending.values().stream()).sorted(Comparator.comparing(Request::at)).toList();
  }

  /** One case and what has happened to it. */
  private static final class CaseFile {
    final CaseReferred referral;
    final EnvelopeView referralEnvelope;
    CaseState state = CaseState.REQUESTED;
    CaseState beforeHold;
    long sequence = 1;
    HandoverPlan plan;
    final List<Verification> verifications = new ArrayList<>();
    final List<Step> history = new ArrayList<>();
    final Map<String, Request> pending = new LinkedHashMap<>();
    final Set<String> decidedRequests = new HashSet<>();
    final TreeMap<Long, Arrived> early = new TreeMap<>();
    IdentityErasure identityErasure;

    CaseFile(CaseReferred referral, EnvelopeView envelope) {
      this.referral = referral;
      this.referralEnvelope = envelope;
      history.add(new Step(1, envelope.eventId(), "RECORD", null, envelope.origin(), envelope.authorOfficerId(), envelope.occurredAt(),
          Optional.empty(), Optional.of(CaseState.REQUESTED), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    String caseId() {
      return referral.getCaseId();
    }

    /** Applies the sheltering node's steps strictly in sequence; a replayed older step changes nothing. */
    void applyInOrder() {
      while (!early.isEmpty() && early.firstKey() <= sequence + 1) {
        Map.Entry<Long, Arrived> next = early.pollFirstEntry();
        if (next.getKey() == sequence + 1) {
          step(next.getValue().action(), next.getValue().envelope());
          sequence = next.getKey();
        }
      }
    }

    private void step(CaseAction action, EnvelopeView envelope) {
      if (action.getRequestEventId() != null) {
        decidedRequests.add(action.getRequestEventId());
        pending.remove(action.getRequestEventId());
      }
      if (action.getKind() == ActionKind.REFUSAL) {
        history.add(new Step(envelope.aggregateSequence(), envelope.eventId(), "REFUSAL", action.getAction(), action.getActorNode(),
            envelope.authorOfficerId(), envelope.occurredAt(), Optional.of(state), Optional.empty(), Optional.ofNullable(action.getReason()),
            Optional.ofNullable(action.getNote()), Optional.ofNullable(action.getRefusal())));
        return;
      }
      CaseState from = state;
      CaseState to = action.getToState() == null ? state : CaseState.valueOf(action.getToState());
      if (action.getAction() == CaseActionType.HOLD) {
        beforeHold = from;
      }
      if (action.getHandoverPlan() != null) {
        plan = action.getHandoverPlan();
      }
      if (action.getVerification() != null) {
        verifications.add(new Verification(action.getVerification(), action.getActorNode(), envelope.authorOfficerId(), envelope.occurredAt(),
            Optional.ofNullable(action.getNote())));
      }
      state = to;
      history.add(new Step(envelope.aggregateSequence(), envelope.eventId(), "RECORD", action.getAction(), action.getActorNode(),
          envelope.authorOfficerId(), envelope.occurredAt(), Optional.of(from), Optional.of(to), Optional.ofNullable(action.getReason()),
          Optional.ofNullable(action.getNote()), Optional.empty()));
    }

    CaseView view() {
      return new CaseView(caseId(), referral, state, sequence, Optional.ofNullable(plan), List.copyOf(verifications), List.copyOf(history),
          List.copyOf(pending.values()), Optional.ofNullable(identityErasure));
    }
  }

  /** The state a case was put on hold in, for RESUME. */
  public synchronized Optional<CaseState> stateBeforeHold(String caseId) {
    return Optional.ofNullable(cases.get(caseId)).map(c -> c.beforeHold);
  }
}
