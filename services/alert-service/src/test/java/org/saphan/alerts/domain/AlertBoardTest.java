package org.saphan.alerts.domain;

import org.saphan.platform.validation.RejectedEventException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saphan.alerts.domain.AlertValidatorTest.NOW;
import static org.saphan.alerts.domain.AlertValidatorTest.REGISTRY;
import static org.saphan.alerts.domain.AlertValidatorTest.with;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saphan.alerts.domain.AlertBoard.Outcome;
import org.saphan.alerts.domain.AlertViews.DeliveryStatus;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.alerts.draft.ReferenceDraft;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.node.NodeId;
import org.saphan.schema.alert.AlertAcknowledged;
import org.saphan.schema.alert.AlertDelivered;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.common.Role;

class AlertBoardTest {

  private final EnvelopeFactory chiangRai = envelopes("th-cei");
  private final EnvelopeFactory tachileik = envelopes("mm-tcl");
  private final EnvelopeFactory houayxay = envelopes("la-hxy");
  private final AlertBoard board = new AlertBoard(NodeId.of("th-cei"), REGISTRY);

  private static EnvelopeFactory envelopes(String node) {
    return new EnvelopeFactory(REGISTRY.require(NodeId.of(node)), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private AlertIssued message(AlertDraft draft, String chainId, long sequence) {
    return AlertValidatorTest.CHIANG_RAI.validate(draft)
        .setEnvelope(chiangRai.envelope(AlertIssued.getClassSchema(), chainId, sequence, "officer-1", Role.OFFICER, Causation.start()))
        .build();
  }

  private static Outcome apply(AlertBoard board, org.apache.avro.generic.GenericRecord event) {
    return board.apply(event, EnvelopeView.of(event));
  }

  private AlertDraft followUp(String msgType, String identifier, AlertDraft of) {
    return with(b -> b.identifier(identifier).msgType(msgType).addresses(of.addresses())
        .references(List.of(new ReferenceDraft("bcc@th-cei.saphan", of.identifier(), of.sent())))
        .infos(msgType.equals("Cancel") ? List.of() : of.infos()));
  }

  private AlertDelivered receipt(EnvelopeFactory at, AlertIssued alert) {
    return AlertDelivered.newBuilder()
        .setEnvelope(at.envelope(AlertDelivered.getClassSchema(), alert.getEnvelope().getAggregateId(), 1, "system", Role.SYSTEM, Causation.start()))
        .setThreadId(alert.getEnvelope().getAggregateId()).setMessageIdentifier(alert.getIdentifier())
        .setMessageEventId(alert.getEnvelope().getEventId()).setReceiver(at.origin().id().value()).build();
  }

  private AlertAcknowledged ack(EnvelopeFactory at, AlertIssued alert) {
    return AlertAcknowledged.newBuilder()
        .setEnvelope(at.envelope(AlertAcknowledged.getClassSchema(), alert.getEnvelope().getAggregateId(), 1, "officer-9", Role.OFFICER,
            Causation.start()))
        .setThreadId(alert.getEnvelope().getAggregateId()).setMessageIdentifier(alert.getIdentifier())
        .setMessageEventId(alert.getEnvelope().getEventId()).setAcknowledgedBy(at.origin().id().value()).build();
  }

  @Test
  void anEventAppliedTwiceChangesNothing() {
    AlertIssued alert = message(AlertValidatorTest.draft(), "TH-CEI-2562-0001", 1);

    assertThat(apply(board, alert)).isEqualTo(Outcome.APPLIED);
    assertThat(apply(board, alert)).isEqualTo(Outcome.DUPLICATE);
    assertThat(board.view("TH-CEI-2562-0001", NOW).orElseThrow().history()).hasSize(1);
  }

  @Test
  void updateSupersedesAndCancelCancelsWhileHistoryStays() {
    AlertDraft original = AlertValidatorTest.draft();
    AlertDraft update = followUp("Update", "TH-CEI-2562-0002", original);
    apply(board, message(original, "TH-CEI-2562-0001", 1));
    apply(board, message(update, "TH-CEI-2562-0001", 2));

    assertThat(board.view("TH-CEI-2562-0001", NOW).orElseThrow().history()).extracting(AlertViews.Message::state)
        .containsExactly(AlertState.SUPERSEDED, AlertState.ACTIVE);

    apply(board, message(followUp("Cancel", "TH-CEI-2562-0003", update), "TH-CEI-2562-0001", 3));

    var view = board.view("TH-CEI-2562-0001", NOW).orElseThrow();
    assertThat(view.state()).isEqualTo(AlertState.CANCELLED);
    assertThat(view.history()).extracting(AlertViews.Message::state)
        .containsExactly(AlertState.SUPERSEDED, AlertState.SUPERSEDED, AlertState.CANCELLED);
    assertThat(board.chainOf("bcc@th-cei.saphan", "TH-CEI-2562-0002")).contains("TH-CEI-2562-0001");
  }

  @Test
  void anAlertIsExpiredOnceEveryInfoHasExpired() {
    apply(board, message(AlertValidatorTest.draft(), "TH-CEI-2562-0001", 1)); // expires 2019-09-25T09:00+07:00

    assertThat(board.view("TH-CEI-2562-0001", NOW.plus(Duration.ofHours(23))).orElseThrow().state()).isEqualTo(AlertState.ACTIVE);
    assertThat(board.view("TH-CEI-2562-0001", NOW.plus(Duration.ofHours(24))).orElseThrow().state()).isEqualTo(AlertState.EXPIRED);
  }

  @Test
  void aReceiptThatOvertakesItsAlertWaitsForIt() {
    AlertIssued alert = message(AlertValidatorTest.draft(), "TH-CEI-2562-0001", 1);
    AlertDelivered receipt = receipt(tachileik, alert);

    assertThat(apply(board, receipt)).isEqualTo(Outcome.WAITING);
    assertThat(apply(board, receipt)).as("a redelivered waiting receipt is kept once").isEqualTo(Outcome.WAITING);
    apply(board, alert);

    var delivery = board.view("TH-CEI-2562-0001", NOW).orElseThrow().deliveries();
    assertThat(delivery).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED));
    assertThat(apply(board, receipt)).isEqualTo(Outcome.DUPLICATE);
  }

  @Test
  void deliveredAcknowledgedAndNeitherArePerAddressedNode() {
    AlertIssued alert = message(with(b -> b.scope("Public").addresses(List.of())), "TH-CEI-2562-0001", 1);
    apply(board, alert);
    apply(board, receipt(tachileik, alert));
    apply(board, ack(tachileik, alert));

    var deliveries = board.view("TH-CEI-2562-0001", NOW).orElseThrow().deliveries();
    assertThat(deliveries).extracting(AlertViews.NodeDelivery::node, AlertViews.NodeDelivery::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("la-hxy", DeliveryStatus.NEITHER),
            org.assertj.core.groups.Tuple.tuple("mm-tcl", DeliveryStatus.ACKNOWLEDGED));
  }

  @Test
  void anAcknowledgementFromANodeTheAlertWasNotSentToIsRefused() {
    AlertIssued alert = message(AlertValidatorTest.draft(), "TH-CEI-2562-0001", 1); // to mm-tcl only
    apply(board, alert);

    assertThatThrownBy(() -> apply(board, ack(houayxay, alert)))
        .isInstanceOfSatisfying(RejectedEventException.class, e -> assertThat(e.reason()).isEqualTo("NOT_ADDRESSED"))
        .hasMessageContaining("was not addressed to la-hxy");
  }

  @Test
  void onlyTheSendingNodeAddsMessagesToAnAlert() {
    AlertIssued alert = message(AlertValidatorTest.draft(), "TH-CEI-2562-0001", 1);
    apply(board, alert);
    AlertIssued hijack = AlertIssued.newBuilder(message(followUp("Cancel", "MM-1", AlertValidatorTest.draft()), "TH-CEI-2562-0001", 2))
        .setEnvelope(tachileik.envelope(AlertIssued.getClassSchema(), "TH-CEI-2562-0001", 2, "officer-7", Role.OFFICER, Causation.start()))
        .build();

    assertThatThrownBy(() -> apply(board, hijack))
        .isInstanceOfSatisfying(RejectedEventException.class, e -> assertThat(e.reason()).isEqualTo("NOT_THE_SENDER"));
    assertThat(board.view("TH-CEI-2562-0001", NOW).orElseThrow().state()).isEqualTo(AlertState.ACTIVE);
  }

  @Test
  void escalationIsDueAtTheSeverityDeadlineForSilentNodesOnly() {
    AlertIssued alert = message(with(b -> b.scope("Public").addresses(List.of())), "TH-CEI-2562-0001", 1); // Severe: 1 h
    apply(board, alert);
    apply(board, ack(tachileik, alert));
    EscalationPolicy policy = EscalationPolicy.defaults();

    assertThat(board.escalationsDue(policy, NOW.plus(Duration.ofMinutes(59)))).isEmpty();
    assertThat(board.escalationsDue(policy, NOW.plus(Duration.ofMinutes(60)))).singleElement().satisfies(due -> {
      assertThat(due.unacknowledged()).containsExactly("la-hxy");
      assertThat(due.severity()).isEqualTo("Severe");
      assertThat(due.deadline()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    });
  }

  @Test
  void testAlertsNeverEscalateAndPeersDoNotEscalateOthersAlerts() {
    apply(board, message(with(b -> b.status("Test")), "TH-CEI-2562-0001", 1));
    AlertBoard atTachileik = new AlertBoard(NodeId.of("mm-tcl"), REGISTRY);
    apply(atTachileik, message(AlertValidatorTest.draft(), "TH-CEI-2562-0002", 1));

    assertThat(board.escalationsDue(EscalationPolicy.defaults(), NOW.plus(Duration.ofDays(2)))).isEmpty();
    assertThat(atTachileik.escalationsDue(EscalationPolicy.defaults(), NOW.plus(Duration.ofMinutes(90)))).isEmpty();
  }

  @Test
  void exercisesAndActualAlertsAreListedApart() {
    apply(board, message(AlertValidatorTest.draft(), "TH-CEI-2562-0001", 1));
    apply(board, message(with(b -> b.identifier("TH-CEI-2562-0002").status("Exercise")), "TH-CEI-2562-0002", 1));

    assertThat(board.list(AlertMode.OPERATIONAL, NOW)).extracting(AlertViews.AlertView::threadId).containsExactly("TH-CEI-2562-0001");
    assertThat(board.list(AlertMode.EXERCISE, NOW)).extracting(AlertViews.AlertView::threadId).containsExactly("TH-CEI-2562-0002");
  }
}
