package org.saphan.alerts.domain;

import org.saphan.platform.validation.RejectedEventException;
import java.time.Instant;
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
import org.saphan.alerts.domain.AlertViews.Acknowledgement;
import org.saphan.alerts.domain.AlertViews.AlertView;
import org.saphan.alerts.domain.AlertViews.DeliveryStatus;
import org.saphan.alerts.domain.AlertViews.Escalation;
import org.saphan.alerts.domain.AlertViews.EscalationDue;
import org.saphan.alerts.domain.AlertViews.Message;
import org.saphan.alerts.domain.AlertViews.NodeDelivery;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.schema.alert.AlertAcknowledged;
import org.saphan.schema.alert.AlertDelivered;
import org.saphan.schema.alert.AlertEscalated;
import org.saphan.schema.alert.AlertInfo;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.alert.MessageType;
import org.saphan.schema.alert.Scope;
import org.saphan.schema.alert.Severity;

/**
 * One node's view of every alert on its cluster, built only from events, so replaying the log
 * rebuilds it exactly. Each event is applied once: a redelivered event id changes nothing. A
 * receipt, acknowledgement or escalation can overtake its alert (they travel on other topics); it
 * waits here until the alert arrives.
 */
public final class AlertBoard {

  /** What applying an event did. */
  public enum Outcome {
    APPLIED,
    DUPLICATE,
    /** Kept until the alert it concerns arrives. */
    WAITING
  }

  private final NodeId self;
  private final NodeRegistry registry;
  private final Map<String, Chain> chains = new LinkedHashMap<>();
  private final Map<String, String> chainOfMessage = new HashMap<>();
  private final Set<String> appliedEventIds = new HashSet<>();
  private final Map<String, List<Waiting>> waiting = new HashMap<>();

  public AlertBoard(NodeId self, NodeRegistry registry) {
    this.self = self;
    this.registry = registry;
  }

  private record Waiting(GenericRecord event, EnvelopeView envelope) {}

  /** Applies one event; throws {@link RejectedEventException} for an event that must not be applied. */
  public synchronized Outcome apply(GenericRecord event, EnvelopeView envelope) {
    if (appliedEventIds.contains(envelope.eventId())) {
      return Outcome.DUPLICATE;
    }
    if (event instanceof AlertIssued issued) {
      applyMessage(issued, envelope);
      appliedEventIds.add(envelope.eventId());
      applyWaiting(envelope.aggregateId());
      return Outcome.APPLIED;
    }
    String chainId = envelope.aggregateId();
    Chain chain = chains.get(chainId);
    if (chain == null) {
      List<Waiting> queue = waiting.computeIfAbsent(chainId, k -> new ArrayList<>());
      if (queue.stream().noneMatch(w -> w.envelope().eventId().equals(envelope.eventId()))) {
        queue.add(new Waiting(event, envelope));
      }
      return Outcome.WAITING;
    }
    applyToChain(chain, event, envelope);
    appliedEventIds.add(envelope.eventId());
    return Outcome.APPLIED;
  }

  private void applyWaiting(String chainId) {
    List<Waiting> queue = waiting.remove(chainId);
    if (queue == null) {
      return;
    }
    Chain chain = chains.get(chainId);
    for (Waiting w : queue) {
      if (appliedEventIds.add(w.envelope().eventId())) {
        applyToChain(chain, w.event(), w.envelope());
      }
    }
  }

  private void applyMessage(AlertIssued issued, EnvelopeView envelope) {
    String chainId = envelope.aggregateId();
    Chain chain = chains.get(chainId);
    if (chain == null) {
      chain = new Chain(chainId, envelope.origin());
      chains.put(chainId, chain);
    } else if (!chain.origin.equals(envelope.origin())) {
      throw new RejectedEventException("NOT_THE_SENDER", "alert " + chainId + " was sent by " + chain.origin + "; " + envelope.origin()
          + " cannot add message " + issued.getIdentifier() + " to it");
    }
    chain.messages.put(envelope.aggregateSequence(), new Stored(envelope, issued));
    chainOfMessage.put(key(issued.getSender(), issued.getIdentifier()), chainId);
  }

  private void applyToChain(Chain chain, GenericRecord event, EnvelopeView envelope) {
    if (event instanceof AlertDelivered delivered) {
      chain.deliveries.computeIfAbsent(delivered.getReceiver(), n -> new HashMap<>())
          .putIfAbsent(delivered.getMessageEventId(), envelope.occurredAt());
    } else if (event instanceof AlertAcknowledged ack) {
      if (!ack.getAcknowledgedBy().equals(envelope.origin())) {
        throw new RejectedEventException("MISATTRIBUTED_ACKNOWLEDGEMENT", "acknowledgement " + envelope.eventId() + " says it is by "
            + ack.getAcknowledgedBy() + " but comes from " + envelope.origin());
      }
      if (!chain.addressees(registry).contains(ack.getAcknowledgedBy())) {
        throw new RejectedEventException("NOT_ADDRESSED", "alert " + chain.id + " was not addressed to " + ack.getAcknowledgedBy()
            + "; it cannot acknowledge it");
      }
      chain.acknowledgements.add(new Acknowledgement(ack.getAcknowledgedBy(), envelope.authorOfficerId(), envelope.occurredAt(),
          ack.getMessageIdentifier(), Optional.ofNullable(ack.getNote())));
    } else if (event instanceof AlertEscalated escalated) {
      if (!chain.origin.equals(envelope.origin())) {
        throw new RejectedEventException("NOT_THE_SENDER", "only " + chain.origin + " escalates alert " + chain.id + ", not "
            + envelope.origin());
      }
      if (chain.escalations.stream().noneMatch(e -> e.messageIdentifier().equals(escalated.getMessageIdentifier()))) {
        chain.escalations.add(new Escalation(envelope.eventId(), escalated.getMessageIdentifier(), escalated.getSeverity(),
            escalated.getDeadline(), envelope.occurredAt(), List.copyOf(escalated.getUnacknowledged())));
      }
    } else {
      throw new RejectedEventException("UNKNOWN_EVENT", "the alert board does not apply " + event.getSchema().getFullName());
    }
  }

  /** The alert with this id as it stands at {@code now}. */
  public synchronized Optional<AlertView> view(String chainId, Instant now) {
    return Optional.ofNullable(chains.get(chainId)).filter(c -> c.current() != null).map(c -> c.view(registry, now));
  }

  /** Every alert of one mode (operational or exercise), newest first. */
  public synchronized List<AlertView> list(AlertMode mode, Instant now) {
    return chains.values().stream()
        .filter(c -> c.current() != null && c.mode() == mode)
        .map(c -> c.view(registry, now))
        .sorted(Comparator.comparing((AlertView v) -> v.current().sentAt()).reversed())
        .toList();
  }

  /** The chain a CAP message (sender, identifier) belongs to. */
  public synchronized Optional<String> chainOf(String sender, String identifier) {
    return Optional.ofNullable(chainOfMessage.get(key(sender, identifier)));
  }

  public synchronized boolean knowsMessage(String sender, String identifier) {
    return chainOfMessage.containsKey(key(sender, identifier));
  }

  /** The sequence the next message of a chain sent by this node takes. */
  public synchronized long nextSequence(String chainId) {
    Chain chain = chains.get(chainId);
    return chain == null ? 1 : chain.messages.lastKey() + 1;
  }

  /** This node's alerts whose acknowledgement deadline has passed with addressed nodes still silent. */
  public synchronized List<EscalationDue> escalationsDue(EscalationPolicy policy, Instant now) {
    List<EscalationDue> due = new ArrayList<>();
    for (Chain chain : chains.values()) {
      Stored current = chain.current();
      if (current == null || !chain.origin.equals(self.value())) {
        continue;
      }
      AlertView view = chain.view(registry, now);
      if (view.state() != AlertState.ACTIVE || current.cap.getMsgType() == MessageType.CANCEL) {
        continue;
      }
      Severity severity = severityOf(current.cap);
      var deadline = policy.deadline(current.cap.getStatus(), severity).map(d -> current.envelope.occurredAt().plus(d));
      if (deadline.isEmpty() || deadline.get().isAfter(now)
          || chain.escalations.stream().anyMatch(e -> e.messageIdentifier().equals(current.cap.getIdentifier()))) {
        continue;
      }
      List<String> silent = view.deliveries().stream().filter(d -> d.status() != DeliveryStatus.ACKNOWLEDGED).map(NodeDelivery::node).toList();
      if (!silent.isEmpty()) {
        due.add(new EscalationDue(chain.id, view.current(), capSeverity(severity), deadline.get(), silent));
      }
    }
    return due;
  }

  /** The highest severity among a message's info blocks. */
  public static Severity severityOf(AlertIssued alert) {
    return alert.getInfos().stream().map(AlertInfo::getSeverity).min(Comparator.naturalOrder()).orElse(Severity.UNKNOWN);
  }

  private static String capSeverity(Severity severity) {
    String name = severity.name();
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  private static String key(String sender, String identifier) {
    return sender + "\u0000" + identifier;
  }

  private record Stored(EnvelopeView envelope, AlertIssued cap) {}

  /** One alert's chain of messages and what happened to it. */
  private static final class Chain {
    final String id;
    final String origin;
    final TreeMap<Long, Stored> messages = new TreeMap<>();
    final Map<String, Map<String, Instant>> deliveries = new HashMap<>();
    final List<Acknowledgement> acknowledgements = new ArrayList<>();
    final List<Escalation> escalations = new ArrayList<>();

    Chain(String id, String origin) {
      this.id = id;
      this.origin = origin;
    }

    /** The latest Alert, Update or Cancel: Ack and Error messages do not change an alert. */
    Stored current() {
      return messages.descendingMap().values().stream()
          .filter(s -> s.cap.getMsgType() != MessageType.ACK && s.cap.getMsgType() != MessageType.ERROR)
          .findFirst()
          .orElse(messages.isEmpty() ? null : messages.lastEntry().getValue());
    }

    AlertMode mode() {
      return AlertMode.of(current().cap.getStatus());
    }

    List<String> addressees(NodeRegistry registry) {
      AlertIssued cap = current().cap;
      if (cap.getScope() == Scope.PRIVATE) {
        return List.copyOf(cap.getAddresses());
      }
      return registry.peersOf(NodeId.of(origin)).stream().map(Node::id).map(NodeId::value).toList();
    }

    AlertView view(NodeRegistry registry, Instant now) {
      Stored current = current();
      AlertState currentState = stateOf(current.cap, now);
      List<Message> history = new ArrayList<>();
      for (Stored s : messages.values()) {
        history.add(message(s, s == current ? currentState : AlertState.SUPERSEDED));
      }
      List<NodeDelivery> nodeDeliveries = new ArrayList<>();
      for (String node : addressees(registry)) {
        Optional<Instant> delivered = Optional.ofNullable(deliveries.getOrDefault(node, Map.of()).get(current.envelope.eventId()));
        Optional<Acknowledgement> ack = acknowledgements.stream()
            .filter(a -> a.node().equals(node) && a.messageIdentifier().equals(current.cap.getIdentifier()))
            .findFirst();
        DeliveryStatus status = ack.isPresent() ? DeliveryStatus.ACKNOWLEDGED : delivered.isPresent() ? DeliveryStatus.DELIVERED : DeliveryStatus.NEITHER;
        nodeDeliveries.add(new NodeDelivery(node, status, delivered, ack));
      }
      return new AlertView(id, origin, currentState, mode(), message(current, currentState), List.copyOf(history),
          List.copyOf(nodeDeliveries), List.copyOf(escalations), messages.firstKey() != 1L);
    }

    private static Message message(Stored s, AlertState state) {
      return new Message(s.envelope.aggregateSequence(), s.envelope.eventId(), state, s.cap.getSentAt(), s.cap);
    }

    private static AlertState stateOf(AlertIssued cap, Instant now) {
      if (cap.getMsgType() == MessageType.CANCEL) {
        return AlertState.CANCELLED;
      }
      boolean expired = !cap.getInfos().isEmpty()
          && cap.getInfos().stream().allMatch(i -> i.getExpiresAt() != null && !i.getExpiresAt().isAfter(now));
      return expired ? AlertState.EXPIRED : AlertState.ACTIVE;
    }
  }
}
