package org.saphan.alerts.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Optional;
import java.util.Set;
import org.saphan.alerts.domain.AlertBoard;
import org.saphan.alerts.domain.AlertConflictException;
import org.saphan.alerts.domain.AlertMode;
import org.saphan.alerts.domain.AlertNotFoundException;
import org.saphan.alerts.domain.AlertState;
import org.saphan.alerts.domain.AlertValidator;
import org.saphan.alerts.domain.AlertViews.AlertView;
import org.saphan.alerts.domain.AlertViews.DeliveryStatus;
import org.saphan.alerts.domain.AlertViews.Message;
import org.saphan.alerts.domain.AlertViews.EscalationDue;
import org.saphan.alerts.domain.AlertViews.NodeDelivery;
import org.saphan.alerts.domain.EscalationPolicy;
import org.saphan.platform.validation.ActingOfficer;
import org.saphan.platform.validation.InvalidInputException;
import org.saphan.platform.validation.Violation;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.platform.text.TextDraft;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.kafka.ReceivedEvent;
import org.saphan.platform.kafka.StreamSubscriber;
import org.saphan.platform.text.InvalidTextException;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.platform.text.catalog.CurrentTexts;
import org.saphan.platform.topic.Stream;
import org.saphan.schema.alert.AlertAcknowledged;
import org.saphan.schema.alert.AlertDelivered;
import org.saphan.schema.alert.AlertEscalated;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.alert.MessageType;
import org.saphan.schema.alert.Scope;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's alert service: sends, updates and cancels its alerts, acknowledges those it receives,
 * returns delivery receipts automatically, and escalates its own alerts left unacknowledged.
 * Every change is an event published through the platform; the board is rebuilt from the log on
 * every start, and each write is also applied to it at once so the officer sees it immediately.
 */
public final class AlertService implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(AlertService.class);

  private final PlatformNode platform;
  private final AlertBoard board;
  private final EscalationPolicy escalation;
  private final Clock clock;
  private final AlertValidator validator;
  private final CurrentTexts texts;
  private final List<StreamSubscriber> subscribers = new ArrayList<>();

  /** @param texts the translations added to alerts' texts since they were sent (CurrentTexts.asSent() for none) */
  public AlertService(PlatformNode platform, EscalationPolicy escalation, Clock clock, CurrentTexts texts) {
    this.platform = platform;
    this.texts = texts;
    this.board = new AlertBoard(platform.node().id(), platform.registry());
    this.escalation = escalation;
    this.clock = clock;
    this.validator = new AlertValidator(platform.node(), platform.registry(), () -> clock.instant().atZone(platform.node().zone()));
  }

  /** Rebuilds the board from the beginning of the alert and receipt streams, then follows them. */
  public AlertService start() {
    subscribers.add(platform.replay(Stream.ALERT, "alert-board", this::onEvent));
    subscribers.add(platform.replay(Stream.RECEIPT, "alert-receipts", this::onEvent));
    return this;
  }

  /** Sends a new alert, or an Update, Cancel, Ack or Error of one of this node's alerts. */
  public synchronized AlertView send(AlertDraft draft, String officerId) {
    ActingOfficer.require(officerId);
    AlertIssued.Builder message = validator.validate(draft);
    Optional<AlertView> chain = Optional.empty();
    if (message.getMsgType() == MessageType.ALERT) {
      if (board.knowsMessage(message.getSender(), message.getIdentifier())) {
        throw new AlertConflictException("alert " + message.getIdentifier() + " from " + message.getSender() + " was already sent");
      }
    } else {
      chain = Optional.of(chainReferredTo(message));
      continueChain(chain.get(), message);
    }
    String chainId = chain.map(AlertView::threadId).orElse(message.getIdentifier());
    Causation causation = chain.map(c -> new Causation(Optional.of(c.threadId()), Optional.of(c.current().eventId()))).orElse(Causation.start());
    message.setEnvelope(platform.envelopes().envelope(AlertIssued.getClassSchema(), chainId, board.nextSequence(chainId), officerId,
        Role.OFFICER, causation));
    AlertIssued alert = message.build();
    platform.publisher().publish(alert, message.getScope() == Scope.PRIVATE ? alert.getAddresses() : List.of("all"));
    board.apply(alert, EnvelopeView.of(alert));
    return get(chainId);
  }

  private AlertView chainReferredTo(AlertIssued.Builder message) {
    for (int i = 0; i < message.getReferences().size(); i++) {
      var reference = message.getReferences().get(i);
      Optional<String> chainId = board.chainOf(reference.getSender(), reference.getIdentifier());
      if (chainId.isPresent()) {
        AlertView chain = get(chainId.get());
        if (!chain.origin().equals(platform.node().id().value())) {
          throw new InvalidInputException(List.of(new Violation("references[" + i + "].identifier", reference.getIdentifier(),
              "alert " + chain.threadId() + " was sent by " + chain.origin() + "; only the sending node may update or cancel it")));
        }
        return chain;
      }
    }
    throw new InvalidInputException(List.of(new Violation("references", message.getReferences().isEmpty() ? null
        : message.getReferences().get(0).getIdentifier(), "refers to no alert known on node " + platform.node().id())));
  }

  /** An Update or Cancel keeps the chain's kind (real or exercise) and reaches every node the alert reached. */
  private void continueChain(AlertView chain, AlertIssued.Builder message) {
    if (chain.state() == AlertState.CANCELLED) {
      throw new AlertConflictException("alert " + chain.threadId() + " is already cancelled; it cannot be updated or cancelled again");
    }
    if (AlertMode.of(message.getStatus()) != chain.mode()) {
      throw new InvalidInputException(List.of(new Violation("status", message.getStatus().name(),
          "an update or cancel keeps the status class of alert " + chain.threadId() + " (" + chain.mode() + ")")));
    }
    List<String> reached = chain.deliveries().stream().map(NodeDelivery::node).toList();
    if (message.getScope() == Scope.PRIVATE) {
      Set<String> addresses = new HashSet<>(message.getAddresses());
      List<String> missing = reached.stream().filter(n -> !addresses.contains(n)).toList();
      if (!missing.isEmpty()) {
        throw new InvalidInputException(List.of(new Violation("addresses", String.join(" ", message.getAddresses()),
            "must include every node alert " + chain.threadId() + " was sent to; missing " + missing)));
      }
    }
  }

  /** A human acknowledgement of alert {@code chainId} by an officer of this node. */
  public synchronized AlertView acknowledge(String chainId, String officerId, TextDraft note) {
    ActingOfficer.require(officerId);
    AlertView chain = get(chainId);
    String self = platform.node().id().value();
    if (chain.origin().equals(self)) {
      throw new AlertConflictException("alert " + chainId + " was sent by this node (" + self + "); only the nodes it was sent to acknowledge it");
    }
    NodeDelivery delivery = chain.deliveries().stream().filter(d -> d.node().equals(self)).findFirst()
        .orElseThrow(() -> new AlertConflictException("alert " + chainId + " was not addressed to " + self));
    if (delivery.status() == DeliveryStatus.ACKNOWLEDGED) {
      throw new AlertConflictException("message " + chain.current().cap().getIdentifier() + " of alert " + chainId + " was already acknowledged by "
          + delivery.acknowledgement().orElseThrow().officerId() + " at " + self);
    }
    LocalizedText noteText = note == null ? null : noteText(note);
    AlertIssued current = chain.current().cap();
    AlertAcknowledged ack = AlertAcknowledged.newBuilder()
        .setEnvelope(platform.envelopes().envelope(AlertAcknowledged.getClassSchema(), chainId, chain.current().sequence(), officerId,
            Role.OFFICER, new Causation(Optional.of(chainId), Optional.of(chain.current().eventId()))))
        .setThreadId(chainId)
        .setMessageIdentifier(current.getIdentifier())
        .setMessageEventId(chain.current().eventId())
        .setAcknowledgedBy(self)
        .setNote(noteText)
        .build();
    platform.publisher().publish(ack, List.of(chain.origin()));
    board.apply(ack, EnvelopeView.of(ack));
    return get(chainId);
  }

  private LocalizedText noteText(TextDraft note) {
    String language = note.language() == null ? platform.node().languageTag() : note.language();
    try {
      return LocalizedTexts.original(language, note.text());
    } catch (InvalidTextException e) {
      throw new InvalidInputException(List.of(new Violation("note.text", note.text(), e.getMessage())));
    }
  }

  /** Publishes an escalation for each of this node's alerts whose acknowledgement deadline has passed; returns their ids. */
  public synchronized List<String> escalateOverdue() {
    Instant now = clock.instant();
    List<EscalationDue> due = board.escalationsDue(escalation, now);
    for (EscalationDue d : due) {
      AlertEscalated escalated = AlertEscalated.newBuilder()
          .setEnvelope(platform.envelopes().envelope(AlertEscalated.getClassSchema(), d.threadId(), d.message().sequence(), "saphan-escalation",
              Role.SYSTEM, new Causation(Optional.of(d.threadId()), Optional.of(d.message().eventId())),
              EnvelopeFactory.derivedEventId(d.message().eventId(), "escalated", platform.node().id().value())))
          .setThreadId(d.threadId())
          .setMessageIdentifier(d.message().cap().getIdentifier())
          .setMessageEventId(d.message().eventId())
          .setSeverity(d.severity())
          .setDeadline(d.deadline())
          .setUnacknowledged(d.unacknowledged())
          .build();
      platform.publisher().publish(escalated, d.unacknowledged());
      board.apply(escalated, EnvelopeView.of(escalated));
      log.info("escalated alert {} ({}): no acknowledgement from {} by {}", d.threadId(), d.severity(), d.unacknowledged(), d.deadline());
    }
    return due.stream().map(EscalationDue::threadId).toList();
  }

  /** An alert as this node holds it, its texts with the translations translators added since it was sent. */
  public AlertView get(String chainId) {
    return board.view(chainId, clock.instant()).map(this::withCurrentTranslations)
        .orElseThrow(() -> new AlertNotFoundException(chainId, platform.node().id().value()));
  }

  public List<AlertView> list(AlertMode mode) {
    return board.list(mode, clock.instant()).stream().map(this::withCurrentTranslations).toList();
  }

  private AlertView withCurrentTranslations(AlertView view) {
    UnaryOperator<Message> translated = m -> new Message(m.sequence(), m.eventId(), m.state(), m.sentAt(),
        texts.withCurrentTranslations(Stream.ALERT.id(), m.cap()));
    return new AlertView(view.threadId(), view.origin(), view.state(), view.mode(), translated.apply(view.current()),
        view.history().stream().map(translated).toList(), view.deliveries(), view.escalations(), view.incomplete());
  }

  /** Applies an event from the log; a received alert gets its delivery receipt sent back to its node. */
  private void onEvent(ReceivedEvent received) {
    // A RejectedEventException from the board parks the event in the dead-letter topic.
    AlertBoard.Outcome outcome = board.apply(received.event(), received.envelope());
    if (outcome == AlertBoard.Outcome.APPLIED && received.event() instanceof AlertIssued alert && received.mirroredFrom().isPresent()) {
      sendReceipt(alert, received.envelope());
    }
  }

  private void sendReceipt(AlertIssued alert, EnvelopeView envelope) {
    String self = platform.node().id().value();
    AlertDelivered receipt = AlertDelivered.newBuilder()
        .setEnvelope(platform.envelopes().envelope(AlertDelivered.getClassSchema(), envelope.aggregateId(), envelope.aggregateSequence(),
            "saphan-receipts", Role.SYSTEM, Causation.after(envelope), EnvelopeFactory.derivedEventId(envelope.eventId(), "delivered", self)))
        .setThreadId(envelope.aggregateId())
        .setMessageIdentifier(alert.getIdentifier())
        .setMessageEventId(envelope.eventId())
        .setReceiver(self)
        .build();
    platform.publisher().publish(receipt, List.of(envelope.origin()));
    board.apply(receipt, EnvelopeView.of(receipt));
  }


  public String nodeId() {
    return platform.node().id().value();
  }

  @Override
  public void close() {
    subscribers.forEach(StreamSubscriber::close);
  }
}
