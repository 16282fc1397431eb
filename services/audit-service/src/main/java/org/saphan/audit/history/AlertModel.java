package org.saphan.audit.history;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.avro.generic.GenericRecord;
import org.saphan.alerts.domain.AlertBoard;
import org.saphan.alerts.domain.AlertMode;
import org.saphan.alerts.web.AlertJson;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.topic.Stream;

/**
 * Alerts: the alert service's {@link AlertBoard}, fed from the alert and receipt streams, each
 * event belonging to its alert thread (the envelope's aggregate id); rendered as {@link AlertJson}.
 * Texts are shown as sent: translations added since live on the translation stream, which this
 * model does not read.
 */
public final class AlertModel implements ReadModel {

  private final Node self;
  private final NodeRegistry registry;

  public AlertModel(Node self, NodeRegistry registry) {
    this.self = self;
    this.registry = registry;
  }

  @Override
  public String name() {
    return "alerts";
  }

  @Override
  public List<Stream> streams() {
    return List.of(Stream.ALERT, Stream.RECEIPT);
  }

  @Override
  public Board newBoard() {
    AlertBoard board = new AlertBoard(self.id(), registry);
    return new Board() {
      @Override
      public Outcome apply(GenericRecord event, EnvelopeView envelope) {
        return Outcome.of(board.apply(event, envelope));
      }

      @Override
      public Optional<Object> view(String id, Instant now) {
        return board.view(id, now).map(AlertJson::of);
      }

      /** Operational alerts then exercises, each newest first: {@code GET /api/alerts} then {@code ?mode=exercise}. */
      @Override
      public List<Object> views(Instant now) {
        return Arrays.stream(AlertMode.values()).flatMap(mode -> board.list(mode, now).stream()).<Object>map(AlertJson::of).toList();
      }
    };
  }
}
