package org.saphan.sandbox.demo;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.saphan.platform.kafka.EventHandler;
import org.saphan.platform.kafka.ReceivedEvent;
import org.saphan.platform.node.Node;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.schema.alert.AlertInfo;
import org.saphan.schema.alert.AlertIssued;

/**
 * A node's view of the alerts on its cluster, its own and those received from peers, one entry per
 * event id: a redelivered event is counted, never applied twice. It announces each alert received
 * from a peer in the node's own language.
 */
public final class AlertInbox implements EventHandler {

  private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx '('VV')'");

  private final Node node;
  private final Map<String, ReceivedEvent> byEventId = new ConcurrentHashMap<>();
  private final AtomicInteger redeliveries = new AtomicInteger();
  private final Consumer<String> announcer;

  public AlertInbox(Node node, Consumer<String> announcer) {
    this.node = node;
    this.announcer = announcer;
  }

  @Override
  public void handle(ReceivedEvent received) {
    if (!(received.event() instanceof AlertIssued)) {
      return; // a newer alert event type this build does not know yet: kept in the log, not in this view
    }
    if (byEventId.putIfAbsent(received.envelope().eventId(), received) != null) {
      redeliveries.incrementAndGet();
      return;
    }
    if (received.mirroredFrom().isPresent()) {
      announcer.accept(describe(received));
    }
  }

  /** The alert as this node's officers read it: in their language where a translation exists. */
  public String describe(ReceivedEvent received) {
    AlertIssued alert = received.as(AlertIssued.class);
    String language = node.languageTag();
    AlertInfo info = alert.getInfos().get(0);
    StringBuilder out = new StringBuilder();
    out.append(String.format("[%s %s, %s] alert %s from %s (%s, %s, %s)%n", node.id(), node.name(), node.zone(), alert.getIdentifier(),
        received.envelope().origin(), alert.getStatus(), info.getSeverity(), info.getUrgency()));
    out.append("    sent     : ").append(received.envelope().occurredAt().atZone(node.zone()).format(LOCAL_TIME)).append('\n');
    out.append("    event    : ").append(LocalizedTexts.readIn(info.getEvent(), language)).append('\n');
    if (info.getHeadline() != null) {
      out.append("    headline : ").append(LocalizedTexts.readIn(info.getHeadline(), language)).append('\n');
    }
    if (info.getDescription() != null) {
      out.append("    details  : ").append(LocalizedTexts.readIn(info.getDescription(), language)).append('\n');
    }
    info.getAreas().forEach(a -> out.append("    area     : ").append(LocalizedTexts.readIn(a.getAreaDesc(), language)).append('\n'));
    out.append("    text     : original ").append(info.getHeadline() == null ? "?" : info.getHeadline().getLanguage())
        .append(", shown in ").append(language).append(" (").append(translationNote(info, language)).append(")");
    return out.toString();
  }

  private static String translationNote(AlertInfo info, String language) {
    if (info.getHeadline() == null || info.getHeadline().getLanguage().equals(language)) {
      return "as written";
    }
    return info.getHeadline().getTranslations().stream().filter(t -> t.getLanguage().equals(language)).findFirst()
        .map(t -> t.getProvenance() + " translation by " + t.getTranslator() + (t.getReviewed() ? ", reviewed" : ", not reviewed"))
        .orElse("no translation: English or original shown");
  }

  public Optional<ReceivedEvent> find(String eventId) {
    return Optional.ofNullable(byEventId.get(eventId));
  }

  public boolean contains(String eventId) {
    return byEventId.containsKey(eventId);
  }

  public List<ReceivedEvent> all() {
    return List.copyOf(byEventId.values());
  }

  /** Events delivered again (after a consumer restart, say) and ignored. */
  public int redeliveries() {
    return redeliveries.get();
  }

  public Node node() {
    return node;
  }
}
