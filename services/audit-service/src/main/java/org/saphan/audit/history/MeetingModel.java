package org.saphan.audit.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.avro.generic.GenericRecord;
import org.saphan.meetings.domain.IllegalStatusChangeException;
import org.saphan.meetings.domain.MeetingBoard;
import org.saphan.meetings.domain.MeetingBoard.ActionView;
import org.saphan.meetings.domain.MeetingBoard.MeetingView;
import org.saphan.meetings.web.MeetingJson;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.topic.Stream;
import org.saphan.platform.validation.RejectedEventException;

/**
 * Meetings: the meeting service's {@link MeetingBoard}, fed from the meeting stream. A meeting's
 * view includes its action items, whose later events (progress, chasing) have the action id as
 * aggregate id: every meeting event names its meeting ({@code meetingId}), which is what ties
 * them to it. Rendered as {@link MeetingJson}, an action item overdue when its owner's calendar
 * day at {@code now} is past its due date.
 */
public final class MeetingModel implements ReadModel {

  private final NodeRegistry registry;

  public MeetingModel(NodeRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String name() {
    return "meetings";
  }

  @Override
  public List<Stream> streams() {
    return List.of(Stream.MEETING);
  }

  @Override
  public String viewIdOf(GenericRecord event, EnvelopeView envelope) {
    Object meetingId = event.getSchema().getField("meetingId") == null ? null : event.get("meetingId");
    return meetingId == null ? envelope.aggregateId() : meetingId.toString();
  }

  @Override
  public Board newBoard() {
    MeetingBoard board = new MeetingBoard();
    return new Board() {
      @Override
      public Outcome apply(GenericRecord event, EnvelopeView envelope) {
        try {
          return Outcome.of(board.apply(event, envelope));
        } catch (IllegalStatusChangeException e) {
          // As the meeting service does: a status change its rules forbid is a rejected event.
          throw new RejectedEventException("ILLEGAL_STATUS_CHANGE", e.getMessage());
        }
      }

      @Override
      public Optional<Object> view(String id, Instant now) {
        return board.meeting(id).map(m -> json(m, now));
      }

      @Override
      public List<Object> views(Instant now) {
        return board.meetings().stream().map(m -> json(m, now)).toList();
      }
    };
  }

  private Object json(MeetingView view, Instant now) {
    return MeetingJson.of(view, (ActionView a) -> a.overdueOn(now.atZone(registry.require(NodeId.of(a.assigned().getOwnerNode())).zone())
        .toLocalDate()));
  }
}
