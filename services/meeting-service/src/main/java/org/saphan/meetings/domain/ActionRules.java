package org.saphan.meetings.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.saphan.schema.meeting.ActionStatus;

/**
 * How an action item's status may move: the one place this rule lives. Open and in-progress items
 * can take progress notes, start, be done or be dropped; done and dropped are final.
 */
public final class ActionRules {

  private static final Map<ActionStatus, Set<ActionStatus>> NEXT = Map.of(
      ActionStatus.OPEN, EnumSet.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.DROPPED),
      ActionStatus.IN_PROGRESS, EnumSet.of(ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.DROPPED),
      ActionStatus.DONE, EnumSet.noneOf(ActionStatus.class),
      ActionStatus.DROPPED, EnumSet.noneOf(ActionStatus.class));

  private ActionRules() {}

  /** Throws {@link IllegalStatusChangeException} naming the item, both statuses and the rule. */
  public static void requireAllowed(String actionId, ActionStatus from, ActionStatus to) {
    if (!NEXT.get(from).contains(to)) {
      throw new IllegalStatusChangeException("action item " + actionId + " is " + from + "; it cannot become " + to + ": "
          + (NEXT.get(from).isEmpty() ? from + " is final" : "from " + from + " it can become " + NEXT.get(from)));
    }
  }

  /** Whether an item in this status is still to be done (and so can be overdue). */
  public static boolean isOutstanding(ActionStatus status) {
    return status == ActionStatus.OPEN || status == ActionStatus.IN_PROGRESS;
  }
}
