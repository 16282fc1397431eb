package org.saphan.meetings.domain;

import org.saphan.platform.validation.RejectedEventException;
import java.time.LocalDate;
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
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.schema.meeting.ActionItemAssigned;
import org.saphan.schema.meeting.ActionItemChased;
import org.saphan.schema.meeting.ActionItemUpdated;
import org.saphan.schema.meeting.ActionStatus;
import org.saphan.schema.meeting.ChaseKind;
import org.saphan.schema.meeting.MeetingRecorded;

/**
 * One node's meetings and action items, built only from events (replaying the log rebuilds it).
 * The host writes a meeting and assigns its action items; each item's owner node writes its
 * progress and chases. Each event is applied once per event id; an update that overtakes its
 * assignment waits for it.
 */
public final class MeetingBoard {

  public enum Outcome { APPLIED, DUPLICATE, WAITING }

  /** An action item as it stands. */
  public record ActionView(ActionItemAssigned assigned, ActionStatus status, List<Progress> progress, Set<ChaseKind> chased) {

    public boolean overdueOn(LocalDate today) {
      return ActionRules.isOutstanding(status) && today.isAfter(assigned.getDueDate());
    }
  }

  public record Progress(ActionItemUpdated update, EnvelopeView envelope) {}

  /** A meeting: its latest revision and every earlier one, and its action items. */
  public record MeetingView(MeetingRecorded current, List<MeetingRecorded> revisions, List<ActionView> actions) {}

  private final Map<String, TreeMap<Long, MeetingRecorded>> meetings = new LinkedHashMap<>();
  private final Map<String, ActionState> actions = new LinkedHashMap<>();
  private final Map<String, Long> sequences = new HashMap<>();
  private final Set<String> applied = new HashSet<>();
  private final Map<String, List<GenericRecord>> waiting = new HashMap<>();

  private static final class ActionState {
    final ActionItemAssigned assigned;
    ActionStatus status = ActionStatus.OPEN;
    final List<Progress> progress = new ArrayList<>();
    final Set<ChaseKind> chased = new HashSet<>();

    ActionState(ActionItemAssigned assigned) {
      this.assigned = assigned;
    }

    ActionView view() {
      return new ActionView(assigned, status, List.copyOf(progress), Set.copyOf(chased));
    }
  }

  public synchronized Outcome apply(GenericRecord event, EnvelopeView envelope) {
    if (applied.contains(envelope.eventId())) {
      return Outcome.DUPLICATE;
    }
    if (event instanceof MeetingRecorded meeting) {
      if (!meeting.getHostNode().equals(envelope.origin())) {
        throw new RejectedEventException("NOT_THE_HOST", "meeting " + meeting.getMeetingId() + " names " + meeting.getHostNode()
            + " as host but was recorded by " + envelope.origin());
      }
      TreeMap<Long, MeetingRecorded> revisions = meetings.computeIfAbsent(meeting.getMeetingId(), k -> new TreeMap<>());
      if (!revisions.isEmpty() && !revisions.firstEntry().getValue().getHostNode().equals(envelope.origin())) {
        throw new RejectedEventException("NOT_THE_HOST", "meeting " + meeting.getMeetingId() + " is hosted by "
            + revisions.firstEntry().getValue().getHostNode() + "; " + envelope.origin() + " cannot revise it");
      }
      revisions.put(envelope.aggregateSequence(), meeting);
    } else if (event instanceof ActionItemAssigned assigned) {
      TreeMap<Long, MeetingRecorded> revisions = meetings.get(assigned.getMeetingId());
      if (revisions == null) {
        return wait(assigned.getMeetingId(), event, envelope);
      }
      if (!revisions.lastEntry().getValue().getHostNode().equals(envelope.origin())) {
        throw new RejectedEventException("NOT_THE_HOST", "only the host of meeting " + assigned.getMeetingId() + " assigns its action items, not "
            + envelope.origin());
      }
      actions.putIfAbsent(assigned.getActionId(), new ActionState(assigned));
    } else if (event instanceof ActionItemUpdated update) {
      ActionState action = actions.get(update.getActionId());
      if (action == null) {
        return wait(update.getActionId(), event, envelope);
      }
      requireOwner(action, envelope);
      ActionRules.requireAllowed(update.getActionId(), action.status, update.getStatus());
      action.status = update.getStatus();
      action.progress.add(new Progress(update, envelope));
    } else if (event instanceof ActionItemChased chased) {
      ActionState action = actions.get(chased.getActionId());
      if (action == null) {
        return wait(chased.getActionId(), event, envelope);
      }
      requireOwner(action, envelope);
      action.chased.add(chased.getKind());
    } else {
      throw new RejectedEventException("UNKNOWN_EVENT", "the meeting board does not apply " + event.getSchema().getFullName());
    }
    applied.add(envelope.eventId());
    sequences.merge(envelope.aggregateId() + "|" + envelope.origin(), envelope.aggregateSequence(), Math::max);
    String key = event instanceof MeetingRecorded m ? m.getMeetingId() : event instanceof ActionItemAssigned a ? a.getActionId() : null;
    if (key != null) {
      release(key);
    }
    return Outcome.APPLIED;
  }

  private Outcome wait(String key, GenericRecord event, EnvelopeView envelope) {
    List<GenericRecord> queue = waiting.computeIfAbsent(key, k -> new ArrayList<>());
    if (queue.stream().noneMatch(e -> EnvelopeView.of(e).eventId().equals(envelope.eventId()))) {
      queue.add(event);
    }
    return Outcome.WAITING;
  }

  private void release(String key) {
    List<GenericRecord> queue = waiting.remove(key);
    if (queue != null) {
      queue.forEach(e -> apply(e, EnvelopeView.of(e)));
    }
  }

  private static void requireOwner(ActionState action, EnvelopeView envelope) {
    if (!action.assigned.getOwnerNode().equals(envelope.origin())) {
      throw new RejectedEventException("NOT_THE_OWNER", "action item " + action.assigned.getActionId() + " is owned by "
          + action.assigned.getOwnerNode() + "; " + envelope.origin() + " cannot update it");
    }
  }

  /** The next aggregate sequence for events {@code origin} writes about {@code aggregateId}. */
  public synchronized long nextSequence(String aggregateId, String origin) {
    return sequences.getOrDefault(aggregateId + "|" + origin, 0L) + 1;
  }

  public synchronized Optional<MeetingView> meeting(String meetingId) {
    TreeMap<Long, MeetingRecorded> revisions = meetings.get(meetingId);
    if (revisions == null) {
      return Optional.empty();
    }
    List<ActionView> items = actions.values().stream().filter(a -> a.assigned.getMeetingId().equals(meetingId)).map(ActionState::view).toList();
    return Optional.of(new MeetingView(revisions.lastEntry().getValue(), List.copyOf(revisions.values()), items));
  }

  public synchronized List<MeetingView> meetings() {
    return meetings.keySet().stream().map(id -> meeting(id).orElseThrow())
        .sorted(Comparator.comparing((MeetingView m) -> m.current().getStartsAt()).reversed()).toList();
  }

  public synchronized Optional<ActionView> action(String actionId) {
    return Optional.ofNullable(actions.get(actionId)).map(ActionState::view);
  }

  /** Action items owned by {@code node}: overdue ones first, then by due date. */
  public synchronized List<ActionView> ownedBy(String node, LocalDate today) {
    return actions.values().stream().filter(a -> a.assigned.getOwnerNode().equals(node)).map(ActionState::view)
        .sorted(Comparator.comparing((ActionView a) -> !a.overdueOn(today)).thenComparing(a -> a.assigned().getDueDate())).toList();
  }
}
