package org.saphan.repatriation.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.kafka.ReceivedEvent;
import org.saphan.platform.kafka.StreamSubscriber;
import org.saphan.platform.topic.Stream;
import org.saphan.repatriation.domain.CaseBoard;
import org.saphan.repatriation.domain.CaseRules;
import org.saphan.repatriation.domain.CaseState;
import org.saphan.repatriation.domain.CaseViews.CaseView;
import org.saphan.repatriation.domain.CaseViews.IdentityErasure;
import org.saphan.repatriation.domain.CaseViews.Request;
import org.saphan.repatriation.domain.IllegalTransitionException;
import org.saphan.repatriation.domain.Side;
import org.saphan.repatriation.input.ActionInput;
import org.saphan.repatriation.input.CaseInputs;
import org.saphan.repatriation.input.CaseInputs.CheckedAction;
import org.saphan.repatriation.input.CaseInputs.CheckedReferral;
import org.saphan.platform.validation.ActingOfficer;
import org.saphan.repatriation.input.ErasureInput;
import org.saphan.repatriation.input.ReferralInput;
import org.saphan.repatriation.sealing.CaseKeyStoreException;
import org.saphan.repatriation.sealing.CaseKeyTombstone;
import org.saphan.repatriation.sealing.IdentityDocument;
import org.saphan.repatriation.sealing.IdentityVault;
import org.saphan.repatriation.sealing.SealedIdentityException;
import org.saphan.repatriation.sealing.VictimIdentity;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.Role;
import org.saphan.schema.repatriation.ActionKind;
import org.saphan.schema.repatriation.CaseAction;
import org.saphan.schema.repatriation.CaseActionType;
import org.saphan.schema.repatriation.CaseReferred;
import org.saphan.schema.repatriation.Consent;
import org.saphan.schema.repatriation.IdentityErased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's repatriation cases. The sheltering node refers a case (identity sealed to the two
 * parties) and records every step of it: its own actions at once, the receiving side's as they
 * arrive as requests, each checked against {@link CaseRules} and recorded or refused. One writer
 * per case means one order and no fork, whatever both sides do at the same moment.
 *
 * <p>Each party keeps its case keys in its {@link IdentityVault}, following the log: the key of
 * every referral its view applies is kept, and an identity either party erased has its key
 * destroyed, at every rebuild as at the first arrival.
 */
public final class RepatriationService implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RepatriationService.class);

  private final PlatformNode platform;
  private final IdentityVault identities;
  private final Clock clock;
  private final Duration personsListLead;
  private final CaseBoard board = new CaseBoard();
  private final List<StreamSubscriber> subscribers = new ArrayList<>();
  private volatile boolean caughtUp;

  public RepatriationService(PlatformNode platform, IdentityVault identities, Clock clock, Duration personsListLead) {
    this.platform = platform;
    this.identities = identities;
    this.clock = clock;
    this.personsListLead = personsListLead;
  }

  /**
   * Rebuilds the cases from the log, then decides the requests that waited. Requests are decided
   * only once the node's own records are all read again, so a request is never decided twice.
   */
  public RepatriationService start() {
    StreamSubscriber subscriber = platform.replay(Stream.REPATRIATION, "case-board", this::onEvent);
    subscribers.add(subscriber);
    subscriber.caughtUp().thenRun(() -> {
      caughtUp = true;
      decidePending();
    });
    return this;
  }

  private String self() {
    return platform.node().id().value();
  }

  /** Refers a case to the country of nationality's node. Referring the same shelter file twice is refused. */
  public synchronized CaseView refer(ReferralInput input, String officerId) {
    ActingOfficer.require(officerId);
    CheckedReferral checked = CaseInputs.referral(input, platform.node(), platform.registry(), clock.instant());
    String caseId = self().toUpperCase(java.util.Locale.ROOT) + "-RP-" + checked.shelterReference();
    if (board.knows(caseId)) {
      throw new CaseConflictException("shelter file " + checked.shelterReference() + " was already referred as case " + caseId);
    }
    String receiving = checked.receiving().id().value();
    VictimIdentity identity = new VictimIdentity(input.identity().names(),
        input.identity().dateOfBirth() == null ? null : LocalDate.parse(input.identity().dateOfBirth()),
        input.identity().documents() == null ? List.of()
            : input.identity().documents().stream().map(d -> new IdentityDocument(d.type(), d.number(), d.issuingCountry())).toList(),
        input.identity().photoReference());
    CaseReferred referral = CaseReferred.newBuilder()
        // The id is derived from the case: a referral published twice is still one event.
        .setEnvelope(platform.envelopes().envelope(CaseReferred.getClassSchema(), caseId, 1, officerId, Role.REPATRIATION_OFFICER,
            Causation.start(), EnvelopeFactory.derivedEventId(caseId, "referred", self())))
        .setCaseId(caseId)
        .setShelterReference(checked.shelterReference())
        .setShelteringNode(self())
        .setReceivingNode(receiving)
        .setSummary(checked.summary())
        .setNationalityClaimed(checked.nationality())
        .setNationalityVerification(checked.verification())
        .setChild(checked.child())
        .setUnaccompaniedMinor(checked.unaccompaniedMinor())
        .setAgeYears(checked.ageYears())
        .setAgeEstimated(checked.ageEstimated())
        .setConsent(new Consent(checked.consentGiver(), checked.consentAt(), checked.consentScope(), officerId))
        .setSealedIdentity(identities.seal(identity, caseId, List.of(self(), receiving)))
        .build();
    platform.publisher().publish(referral, List.of(receiving));
    board.apply(referral, EnvelopeView.of(referral));
    log.info("referred case {} to {}", caseId, receiving);
    return get(caseId);
  }

  /**
   * An officer's action. On the sheltering side it is recorded at once; on the receiving side it is
   * checked here for quick feedback, then sent as a request that the sheltering node records or refuses.
   */
  public synchronized CaseView act(String caseId, ActionInput input, String officerId) {
    ActingOfficer.require(officerId);
    CaseView view = get(caseId);
    Side side = sideOf(view);
    CheckedAction action = CaseInputs.action(input, platform.node().languageTag(), view.referral().getChild(), personsListLead);
    CaseRules.next(caseId, view.state(), board.stateBeforeHold(caseId).orElse(null), action.action(), side, self());
    if (side == Side.SHELTERING) {
      record(view, action, self(), officerId, Optional.empty(), platform.envelopes().envelope(CaseAction.getClassSchema(), caseId,
          view.sequence() + 1, officerId, Role.REPATRIATION_OFFICER, Causation.start()));
    } else {
      request(view, action, officerId, UUID.randomUUID());
    }
    return get(caseId);
  }

  private void request(CaseView view, CheckedAction action, String officerId, UUID eventId) {
    CaseAction request = CaseAction.newBuilder()
        .setEnvelope(platform.envelopes().envelope(CaseAction.getClassSchema(), view.caseId(), view.sequence(), officerId,
            Role.REPATRIATION_OFFICER, Causation.start(), eventId))
        .setCaseId(view.caseId())
        .setKind(ActionKind.REQUEST)
        .setAction(action.action())
        .setActorNode(self())
        .setBasedOnSequence(view.sequence())
        .setReason(action.reason())
        .setNote(action.note())
        .setHandoverPlan(action.plan())
        .setVerification(action.verification())
        .build();
    platform.publisher().publish(request, List.of(view.referral().getShelteringNode()));
    board.apply(request, EnvelopeView.of(request));
  }

  /** Records a step of a case this node shelters, and sends it to the receiving side. */
  private void record(CaseView view, CheckedAction action, String actorNode, String officerId, Optional<String> requestId,
      org.saphan.schema.common.Envelope envelope) {
    Side side = actorNode.equals(view.referral().getShelteringNode()) ? Side.SHELTERING : Side.RECEIVING;
    CaseState next = CaseRules.next(view.caseId(), view.state(), board.stateBeforeHold(view.caseId()).orElse(null), action.action(), side,
        actorNode);
    CaseAction recorded = CaseAction.newBuilder()
        .setEnvelope(envelope)
        .setCaseId(view.caseId())
        .setKind(ActionKind.RECORD)
        .setAction(action.action())
        .setActorNode(actorNode)
        .setBasedOnSequence(view.sequence())
        .setFromState(view.state().name())
        .setToState(next.name())
        .setRequestEventId(requestId.orElse(null))
        .setReason(action.reason())
        .setNote(action.note())
        .setHandoverPlan(action.plan())
        .setVerification(action.verification())
        .build();
    platform.publisher().publish(recorded, List.of(view.referral().getReceivingNode()));
    board.apply(recorded, EnvelopeView.of(recorded));
  }

  /** Decides one request of the receiving side: recorded if the rules allow it now, refused (with the rule) if not. */
  private synchronized void decide(Request request) {
    CaseView view = get(request.action().getCaseId());
    if (view.pending().stream().noneMatch(r -> r.eventId().equals(request.eventId()))) {
      return; // decided meanwhile
    }
    String caseId = view.caseId();
    var envelope = platform.envelopes().envelope(CaseAction.getClassSchema(), caseId, view.sequence() + 1, request.officerId(),
        Role.REPATRIATION_OFFICER, new Causation(Optional.of(caseId), Optional.of(request.eventId())),
        EnvelopeFactory.derivedEventId(request.eventId(), "decision", self()));
    CaseAction asked = request.action();
    try {
      record(view, new CheckedAction(asked.getAction(), asked.getReason(), asked.getNote(), asked.getHandoverPlan(), asked.getVerification()),
          asked.getActorNode(), request.officerId(), Optional.of(request.eventId()), envelope);
    } catch (IllegalTransitionException e) {
      CaseAction refusal = CaseAction.newBuilder()
          .setEnvelope(envelope)
          .setCaseId(caseId)
          .setKind(ActionKind.REFUSAL)
          .setAction(asked.getAction())
          .setActorNode(asked.getActorNode())
          .setBasedOnSequence(view.sequence())
          .setRequestEventId(request.eventId())
          .setRefusal(e.getMessage())
          .build();
      platform.publisher().publish(refusal, List.of(view.referral().getReceivingNode()));
      board.apply(refusal, EnvelopeView.of(refusal));
      log.info("refused {} on case {}: {}", asked.getAction(), caseId, e.getMessage());
    }
  }

  private void decidePending() {
    for (Request request : board.pendingRequests(self())) {
      decide(request);
    }
  }

  private void onEvent(ReceivedEvent received) {
    // A RejectedEventException from the board parks the event in the dead-letter topic.
    CaseBoard.Outcome outcome = board.apply(received.event(), received.envelope());
    if (outcome == CaseBoard.Outcome.APPLIED && received.event() instanceof CaseReferred referral) {
      followIdentity(get(referral.getCaseId()));
    } else if (outcome == CaseBoard.Outcome.APPLIED && received.event() instanceof IdentityErased erasure) {
      followIdentity(get(erasure.getCaseId()));
    }
    if (outcome != CaseBoard.Outcome.APPLIED || received.mirroredFrom().isEmpty()) {
      return;
    }
    if (received.event() instanceof CaseReferred referral) {
      confirmReceipt(referral, received.envelope());
    } else if (received.event() instanceof CaseAction action && action.getKind() == ActionKind.REQUEST && caughtUp) {
      board.pendingRequests(self()).stream().filter(r -> r.eventId().equals(received.envelope().eventId())).findFirst().ifPresent(this::decide);
    }
  }

  /** The receiving side confirms a referral has arrived (RECEIVE); the id is derived, so a replay asks once. */
  private synchronized void confirmReceipt(CaseReferred referral, EnvelopeView envelope) {
    CaseView view = get(referral.getCaseId());
    if (view.state() != CaseState.REQUESTED) {
      return;
    }
    request(view, new CheckedAction(CaseActionType.RECEIVE, null, null, null, null), "saphan-receipts",
        EnvelopeFactory.derivedEventId(envelope.eventId(), "receive", self()));
  }

  public CaseView get(String caseId) {
    return board.view(caseId).orElseThrow(() -> new CaseNotFoundException(caseId, self()));
  }

  public List<CaseView> list() {
    return board.list();
  }

  /**
   * The victim's identity, opened with the case key this node keeps: only the case's two parties
   * can, and neither once it is erased ({@code IdentityErasedException}).
   */
  public VictimIdentity identity(String caseId) {
    CaseView view = get(caseId);
    // The log says erased: so must the store, even if the erasure's arrival could not destroy the key.
    view.identityErasure().ifPresent(erasure -> destroyKey(caseId, erasure));
    return identities.open(caseId, view.referral().getSealedIdentity());
  }

  /**
   * Erases the case's victim identity at an officer's request: this node destroys its case key,
   * keeps a tombstone, and sends the erasure to the other party, which destroys its own. The case
   * goes on; only its identity opens no more. Idempotent: a case already erased, here or by the
   * other party, answers its erasure again and sends nothing.
   *
   * @return the tombstone in force on this node
   */
  public synchronized CaseKeyTombstone eraseIdentity(String caseId, ErasureInput input, String officerId) {
    ActingOfficer.require(officerId);
    LocalizedText reason = CaseInputs.erasureReason(input, platform.node().languageTag());
    CaseView view = get(caseId);
    Optional<CaseKeyTombstone> erased = identities.erasure(caseId);
    if (erased.isPresent()) {
      return erased.get();
    }
    if (view.identityErasure().isEmpty()) {
      IdentityErased erasure = IdentityErased.newBuilder()
          // Derived id: sent again after a failure, it is still one erasure.
          .setEnvelope(platform.envelopes().envelope(IdentityErased.getClassSchema(), caseId, view.sequence(), officerId,
              Role.REPATRIATION_OFFICER, Causation.start(), EnvelopeFactory.derivedEventId(caseId, "identity-erased", self())))
          .setCaseId(caseId)
          .setReason(reason)
          .build();
      platform.publisher().publish(erasure, List.of(otherParty(view)));
      board.apply(erasure, EnvelopeView.of(erasure));
      log.info("erased the identity of case {} and asked {} to erase its key", caseId, otherParty(view));
    }
    return destroyKey(caseId, get(caseId).identityErasure().orElseThrow());
  }

  /** Makes this node's case key store agree with the log; a failure is logged and tried again at the next rebuild or read. */
  private void followIdentity(CaseView view) {
    try {
      if (view.identityErasure().isPresent()) {
        destroyKey(view.caseId(), view.identityErasure().get());
      } else if (identities.keep(view.caseId(), view.referral().getSealedIdentity()) == IdentityVault.Kept.STORED) {
        log.debug("kept the key of case {}", view.caseId());
      }
    } catch (SealedIdentityException | CaseKeyStoreException e) {
      log.warn("the key of case {} is not in this node's case key store: {}", view.caseId(), e.getMessage());
    }
  }

  private CaseKeyTombstone destroyKey(String caseId, IdentityErasure erasure) {
    return identities.erase(caseId, erasure.byNode(), erasure.at(), erasure.reason().getLanguage(), erasure.reason().getText());
  }

  private String otherParty(CaseView view) {
    return sideOf(view) == Side.SHELTERING ? view.referral().getReceivingNode() : view.referral().getShelteringNode();
  }

  /** Which side of the case this node is. */
  public Side sideOf(CaseView view) {
    return view.referral().getShelteringNode().equals(self()) ? Side.SHELTERING : Side.RECEIVING;
  }

  public boolean caughtUp() {
    return caughtUp;
  }

  public String nodeId() {
    return self();
  }


  @Override
  public void close() {
    subscribers.forEach(StreamSubscriber::close);
  }
}
