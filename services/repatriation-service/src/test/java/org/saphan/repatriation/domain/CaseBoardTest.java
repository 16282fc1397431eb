package org.saphan.repatriation.domain;

import org.saphan.platform.validation.RejectedEventException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.repatriation.domain.CaseBoard.Outcome;
import org.saphan.schema.common.Role;
import org.saphan.schema.repatriation.ActionKind;
import org.saphan.schema.repatriation.CaseAction;
import org.saphan.schema.repatriation.CaseActionType;
import org.saphan.schema.repatriation.CaseReferred;
import org.saphan.schema.repatriation.Consent;
import org.saphan.schema.repatriation.ConsentGiver;
import org.saphan.schema.repatriation.IdentityErased;
import org.saphan.schema.repatriation.SealedIdentity;
import org.saphan.schema.repatriation.VerificationStatus;

class CaseBoardTest {

  private static final String CASE = "TH-CEI-RP-SH-0012";
  private static final Instant NOW = Instant.parse("2019-09-24T02:00:00Z");
  private final CaseBoard board = new CaseBoard();

  private static EnvelopeFactory at(String node) {
    return new EnvelopeFactory(NodeRegistry.defaults().require(NodeId.of(node)), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static Outcome apply(CaseBoard board, GenericRecord event) {
    return board.apply(event, EnvelopeView.of(event));
  }

  private static CaseReferred referral(String from) {
    return CaseReferred.newBuilder()
        .setEnvelope(at(from).envelope(CaseReferred.getClassSchema(), CASE, 1, "officer-1", Role.REPATRIATION_OFFICER, Causation.start()))
        .setCaseId(CASE).setShelterReference("SH-0012").setShelteringNode("th-cei").setReceivingNode("mm-tcl")
        .setSummary(LocalizedTexts.original("th", "ผู้เสียหายจากการค้ามนุษย์ สัญชาติเมียนมาร์")).setNationalityClaimed("MM")
        .setNationalityVerification(VerificationStatus.IN_PROGRESS).setChild(false).setUnaccompaniedMinor(false)
        .setConsent(new Consent(ConsentGiver.PERSON, NOW, "share with mm-tcl", "officer-1"))
        .setSealedIdentity(new SealedIdentity("test", ByteBuffer.wrap(new byte[] {1, 2, 3}), List.of()))
        .build();
  }

  private static CaseAction action(String from, ActionKind kind, long sequence, CaseActionType type, String fromState, String toState) {
    return CaseAction.newBuilder()
        .setEnvelope(at(from).envelope(CaseAction.getClassSchema(), CASE, sequence, "officer-2", Role.REPATRIATION_OFFICER, Causation.start()))
        .setCaseId(CASE).setKind(kind).setAction(type).setActorNode(from).setBasedOnSequence(sequence - 1)
        .setFromState(fromState).setToState(toState).build();
  }

  private static IdentityErased erasure(String from, String reason) {
    return IdentityErased.newBuilder()
        .setEnvelope(at(from).envelope(IdentityErased.getClassSchema(), CASE, 1, "officer-3", Role.REPATRIATION_OFFICER, Causation.start()))
        .setCaseId(CASE).setReason(LocalizedTexts.original("en", reason)).build();
  }

  @Test
  void aReferralAndItsStepsApplyOnceEach() {
    CaseReferred referral = referral("th-cei");
    CaseAction received = action("th-cei", ActionKind.RECORD, 2, CaseActionType.RECEIVE, "REQUESTED", "RECEIVED");

    assertThat(apply(board, referral)).isEqualTo(Outcome.APPLIED);
    assertThat(apply(board, received)).isEqualTo(Outcome.APPLIED);
    assertThat(apply(board, received)).isEqualTo(Outcome.DUPLICATE);
    assertThat(apply(board, referral)).isEqualTo(Outcome.DUPLICATE);

    assertThat(board.view(CASE).orElseThrow().history()).hasSize(2);
    assertThat(board.view(CASE).orElseThrow().state()).isEqualTo(CaseState.RECEIVED);
  }

  @Test
  void stepsThatArriveEarlyWaitForTheirTurn() {
    apply(board, referral("th-cei"));
    CaseAction third = action("th-cei", ActionKind.RECORD, 3, CaseActionType.ACCEPT, "RECEIVED", "ACCEPTED");

    apply(board, third);
    assertThat(board.view(CASE).orElseThrow().state()).as("step 3 waits for step 2").isEqualTo(CaseState.REQUESTED);

    apply(board, action("th-cei", ActionKind.RECORD, 2, CaseActionType.RECEIVE, "REQUESTED", "RECEIVED"));
    assertThat(board.view(CASE).orElseThrow().state()).isEqualTo(CaseState.ACCEPTED);
    assertThat(board.view(CASE).orElseThrow().sequence()).isEqualTo(3);
  }

  @Test
  void eventsForACaseNotYetKnownWaitForItsReferral() {
    assertThat(apply(board, action("th-cei", ActionKind.RECORD, 2, CaseActionType.RECEIVE, "REQUESTED", "RECEIVED"))).isEqualTo(Outcome.WAITING);
    assertThat(board.knows(CASE)).isFalse();

    apply(board, referral("th-cei"));

    assertThat(board.view(CASE).orElseThrow().state()).isEqualTo(CaseState.RECEIVED);
  }

  @Test
  void requestsWaitForTheShelteringNodesDecision() {
    apply(board, referral("th-cei"));
    CaseAction request = action("mm-tcl", ActionKind.REQUEST, 1, CaseActionType.RECEIVE, null, null);

    apply(board, request);
    assertThat(board.pendingRequests("th-cei")).extracting(CaseViews.Request::eventId).containsExactly(request.getEnvelope().getEventId());

    CaseAction recorded = CaseAction.newBuilder(action("th-cei", ActionKind.RECORD, 2, CaseActionType.RECEIVE, "REQUESTED", "RECEIVED"))
        .setRequestEventId(request.getEnvelope().getEventId()).setActorNode("mm-tcl").build();
    apply(board, recorded);
    assertThat(board.pendingRequests("th-cei")).isEmpty();
  }

  @Test
  void onlyTheReceivingSideRequestsAndOnlyTheShelteringNodeRecords() {
    apply(board, referral("th-cei"));

    assertThatThrownBy(() -> apply(board, action("la-hxy", ActionKind.REQUEST, 1, CaseActionType.ACCEPT, null, null)))
        .isInstanceOfSatisfying(RejectedEventException.class, e -> assertThat(e.reason()).isEqualTo("NOT_A_PARTY"));
    assertThatThrownBy(() -> apply(board, action("mm-tcl", ActionKind.RECORD, 2, CaseActionType.ACCEPT, "RECEIVED", "ACCEPTED")))
        .isInstanceOfSatisfying(RejectedEventException.class, e -> assertThat(e.reason()).isEqualTo("NOT_THE_RECORDER"));
    assertThatThrownBy(() -> apply(new CaseBoard(), referral("mm-tcl")))
        .isInstanceOfSatisfying(RejectedEventException.class, e -> assertThat(e.reason()).isEqualTo("NOT_THE_SHELTERING_NODE"));
    assertThat(board.view(CASE).orElseThrow().state()).isEqualTo(CaseState.REQUESTED);
  }

  @Test
  void eitherPartyMayEraseTheIdentityAndTheCaseGoesOn() {
    apply(board, referral("th-cei"));
    apply(board, action("th-cei", ActionKind.RECORD, 2, CaseActionType.RECEIVE, "REQUESTED", "RECEIVED"));

    assertThat(apply(board, erasure("mm-tcl", "consent withdrawn"))).isEqualTo(Outcome.APPLIED);
    assertThat(apply(board, erasure("th-cei", "retention period ended"))).as("a later erasure by the other party").isEqualTo(Outcome.APPLIED);
    apply(board, action("th-cei", ActionKind.RECORD, 3, CaseActionType.ACCEPT, "RECEIVED", "ACCEPTED"));

    CaseViews.CaseView view = board.view(CASE).orElseThrow();
    assertThat(view.identityErasure()).hasValueSatisfying(erased -> {
      assertThat(erased.byNode()).as("the first erasure is the one shown").isEqualTo("mm-tcl");
      assertThat(erased.officerId()).isEqualTo("officer-3");
      assertThat(erased.at()).isEqualTo(NOW);
      assertThat(erased.reason().getText()).isEqualTo("consent withdrawn");
    });
    assertThat(view.state()).isEqualTo(CaseState.ACCEPTED);
    assertThat(view.history()).hasSize(3);
  }

  @Test
  void anErasureThatArrivesBeforeItsReferralWaitsForIt() {
    assertThat(apply(board, erasure("mm-tcl", "consent withdrawn"))).isEqualTo(Outcome.WAITING);

    apply(board, referral("th-cei"));

    assertThat(board.view(CASE).orElseThrow().identityErasure()).map(CaseViews.IdentityErasure::byNode).hasValue("mm-tcl");
  }

  @Test
  void aNodeThatIsNotAPartyCannotEraseTheIdentity() {
    apply(board, referral("th-cei"));

    assertThatThrownBy(() -> apply(board, erasure("la-hxy", "no reason")))
        .isInstanceOfSatisfying(RejectedEventException.class, e -> assertThat(e.reason()).isEqualTo("NOT_A_PARTY"))
        .hasMessageContaining("not one of the case's parties (th-cei, mm-tcl)");
    assertThat(board.view(CASE).orElseThrow().identityErasure()).isEmpty();
  }
}
