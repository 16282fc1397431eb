package org.saphan.alerts.web;

import java.time.Instant;
import java.util.List;
import org.saphan.alerts.domain.AlertDrafts;
import org.saphan.alerts.domain.AlertViews;
import org.saphan.alerts.domain.AlertViews.AlertView;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.platform.text.TextDraft;

/** An alert as the REST API shows it: CAP messages in CAP spelling, states and deliveries per node. */
public record AlertJson(
    String id,
    String origin,
    String state,
    String mode,
    MessageJson current,
    List<MessageJson> history,
    List<DeliveryJson> deliveries,
    List<EscalationJson> escalations,
    boolean incomplete) {

  public record MessageJson(long sequence, String eventId, String state, AlertDraft cap) {}

  /** status: ACKNOWLEDGED, DELIVERED or NEITHER, for the current message. */
  public record DeliveryJson(String node, String status, Instant deliveredAt, AcknowledgementJson acknowledgement) {}

  public record AcknowledgementJson(String officerId, Instant at, String messageIdentifier, TextDraft note) {}

  public record EscalationJson(String eventId, String messageIdentifier, String severity, Instant deadline, Instant escalatedAt,
      List<String> unacknowledged) {}

  public static AlertJson of(AlertView view) {
    return new AlertJson(
        view.threadId(),
        view.origin(),
        view.state().name(),
        view.mode().name(),
        message(view.current()),
        view.history().stream().map(AlertJson::message).toList(),
        view.deliveries().stream().map(d -> new DeliveryJson(d.node(), d.status().name(), d.deliveredAt().orElse(null),
            d.acknowledgement().map(a -> new AcknowledgementJson(a.officerId(), a.at(), a.messageIdentifier(),
                a.note().map(n -> TextDraft.of(n.getLanguage(), n.getText())).orElse(null))).orElse(null))).toList(),
        view.escalations().stream().map(e -> new EscalationJson(e.eventId(), e.messageIdentifier(), e.severity(), e.deadline(),
            e.escalatedAt(), e.unacknowledged())).toList(),
        view.incomplete());
  }

  private static MessageJson message(AlertViews.Message m) {
    return new MessageJson(m.sequence(), m.eventId(), m.state().name(), AlertDrafts.from(m.cap()));
  }
}
