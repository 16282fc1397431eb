package org.saphan.audit.history;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Replay and as-of on one node, read-only: each request reads the node's log afresh (no consumer
 * group, nothing committed) and feeds a fresh board, the service's own, so the live services go
 * on undisturbed and every view is rendered by the one place that renders it.
 *
 * <p><b>Which time "as of" uses.</b> An event counts as of a time when its envelope's
 * {@code occurredAt} — when it happened at its origin, on the origin's clock — is at or before
 * it. Not the Kafka record timestamp, nor the time a copy reached this node: those are facts of
 * the transport, differ from node to node and are not part of the event; {@code occurredAt} is
 * in the event itself (what hashes and signatures cover) and is the same on every node that holds
 * it. So an as-of view is "what had been done by then, as this node knows it now": a peer's
 * acknowledgement made at 10:00 counts as of 10:05 even if it reached this node at 10:20. It is
 * not a picture of this node's screen at 10:05.
 */
public final class AuditHistory {

  private final String node;
  private final ReadModels models;
  private final NodeEvents log;
  private final Clock clock;

  /** @param clock "now", when no as-of time is given and for the views' time-dependent fields in a replay */
  public AuditHistory(String node, ReadModels models, NodeEvents log, Clock clock) {
    this.node = node;
    this.models = models;
    this.log = log;
    this.clock = clock;
  }

  /**
   * View {@code id} of {@code model} as it stood at {@code asOf} (now when empty): a fresh board
   * fed, in log order, with that view's events that occurred by then.
   *
   * @throws HistoryNotFoundException when none of its events occurred by then, or none that makes the view
   */
  public AsOfView asOf(String modelName, String id, Optional<Instant> asOf) {
    ReadModel model = models.require("model", modelName);
    Instant at = asOf.orElseGet(clock::instant);
    List<LoggedEvent> all = log.read(model.streams()).events().stream()
        .filter(e -> id.equals(model.viewIdOf(e.event(), e.envelope())))
        .toList();
    List<LoggedEvent> byThen = all.stream().filter(e -> !e.envelope().occurredAt().isAfter(at)).toList();
    if (byThen.isEmpty()) {
      throw new HistoryNotFoundException("node " + node + " holds no event of " + model.name() + " " + id + " that occurred by " + at
          + (all.isEmpty() ? "" : "; its first occurred at " + all.get(0).envelope().occurredAt()));
    }
    Replayer.Fed fed = Replayer.feed(model, byThen);
    Object view = fed.board().view(id, at).orElseThrow(() -> new HistoryNotFoundException("node " + node + " holds " + byThen.size()
        + " event(s) of " + model.name() + " " + id + " that occurred by " + at + ", but not the one that creates it"));
    return new AsOfView(node, model.name(), id, at, view, fed.taken().stream().map(HistoryEvent::of).toList(), fed.rejections());
  }

  /**
   * Rebuilds {@code model} from the node's log into a fresh board. With {@code from}, only events
   * that occurred at or after it are fed: the views then hold what happened since, not the state
   * (an action on a case referred before {@code from} waits for its referral, and shows nowhere).
   */
  private static double perSecond(int events, long nanos) {
    return nanos == 0 ? 0 : Math.round(events * 1e10 / nanos) / 10.0;
  }

  public ReplayReport replay(String modelName, Optional<Instant> from) {
    ReadModel model = models.require("model", modelName);
    long start = System.nanoTime();
    NodeEvents.Read read = log.read(model.streams());
    List<LoggedEvent> selected = from.map(f -> read.events().stream().filter(e -> !e.envelope().occurredAt().isBefore(f)).toList())
        .orElse(read.events());
    Replayer.Fed fed = Replayer.feed(model, selected);
    long rebuilt = System.nanoTime() - start;
    List<Object> views = fed.board().views(clock.instant());
    long nanos = System.nanoTime() - start;
    return new ReplayReport(node, model.name(), from.orElse(null), read.records(), selected.size(), read.events().size() - selected.size(),
        fed.applied(), fed.duplicates(), fed.waiting(), fed.rejections().size(), fed.rejections(), read.undecodable().size(),
        read.undecodable(), nanos / 1_000_000, perSecond(selected.size(), nanos), rebuilt / 1_000_000, perSecond(selected.size(), rebuilt),
        views);
  }
}
