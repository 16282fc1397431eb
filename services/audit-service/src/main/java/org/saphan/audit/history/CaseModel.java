package org.saphan.audit.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.avro.generic.GenericRecord;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.topic.Stream;
import org.saphan.repatriation.domain.CaseBoard;
import org.saphan.repatriation.domain.CaseViews.CaseView;
import org.saphan.repatriation.domain.Side;
import org.saphan.repatriation.web.CaseJson;

/**
 * Repatriation cases: the repatriation service's {@link CaseBoard}, fed from the repatriation
 * stream, each event belonging to its case (the envelope's aggregate id); rendered as
 * {@link CaseJson} for this node's side of the case. Never the identity.
 */
public final class CaseModel implements ReadModel {

  private final Node self;
  private final NodeRegistry registry;

  public CaseModel(Node self, NodeRegistry registry) {
    this.self = self;
    this.registry = registry;
  }

  @Override
  public String name() {
    return "cases";
  }

  @Override
  public List<Stream> streams() {
    return List.of(Stream.REPATRIATION);
  }

  @Override
  public Board newBoard() {
    CaseBoard board = new CaseBoard();
    return new Board() {
      @Override
      public Outcome apply(GenericRecord event, EnvelopeView envelope) {
        return Outcome.of(board.apply(event, envelope));
      }

      @Override
      public Optional<Object> view(String id, Instant now) {
        return board.view(id).map(CaseModel.this::json);
      }

      @Override
      public List<Object> views(Instant now) {
        return board.list().stream().<Object>map(CaseModel.this::json).toList();
      }
    };
  }

  private CaseJson json(CaseView view) {
    // This node's side, as the repatriation service names it for its own REST API.
    Side side = view.referral().getShelteringNode().equals(self.id().value()) ? Side.SHELTERING : Side.RECEIVING;
    return CaseJson.of(view, side, registry);
  }
}
