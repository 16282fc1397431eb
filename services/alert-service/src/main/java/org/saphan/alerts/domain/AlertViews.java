package org.saphan.alerts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.common.LocalizedText;

/** Read-only snapshots of the alert board, as the REST API and the console show them. */
public final class AlertViews {

  private AlertViews() {}

  /**
   * An alert: its update/cancel chain, current message, state, and per addressed node whether the
   * current message was delivered and acknowledged.
   *
   * @param incomplete this node holds later messages of the chain but not its first one
   */
  public record AlertView(
      String threadId,
      String origin,
      AlertState state,
      AlertMode mode,
      Message current,
      List<Message> history,
      List<NodeDelivery> deliveries,
      List<Escalation> escalations,
      boolean incomplete) {}

  /** One CAP message of a chain, with the state it has now. */
  public record Message(long sequence, String eventId, AlertState state, Instant sentAt, AlertIssued cap) {}

  public enum DeliveryStatus { ACKNOWLEDGED, DELIVERED, NEITHER }

  /** What an addressed node has done with the current message. */
  public record NodeDelivery(
      String node, DeliveryStatus status, Optional<Instant> deliveredAt, Optional<Acknowledgement> acknowledgement) {}

  public record Acknowledgement(String node, String officerId, Instant at, String messageIdentifier, Optional<LocalizedText> note) {}

  public record Escalation(String eventId, String messageIdentifier, String severity, Instant deadline, Instant escalatedAt,
      List<String> unacknowledged) {}

  /** An escalation that is due: the sender node should publish it. */
  public record EscalationDue(String threadId, Message message, String severity, Instant deadline, List<String> unacknowledged) {}
}
