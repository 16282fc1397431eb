package org.saphan.repatriation.domain;

import static org.saphan.repatriation.domain.CaseState.ACCEPTED;
import static org.saphan.repatriation.domain.CaseState.COMPLETED;
import static org.saphan.repatriation.domain.CaseState.FOLLOW_UP;
import static org.saphan.repatriation.domain.CaseState.IN_PROGRESS;
import static org.saphan.repatriation.domain.CaseState.ON_HOLD;
import static org.saphan.repatriation.domain.CaseState.READY;
import static org.saphan.repatriation.domain.CaseState.RECEIVED;
import static org.saphan.repatriation.domain.CaseState.REQUESTED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.saphan.schema.repatriation.CaseActionType;

/**
 * Who may do what in which state: the one place this rule lives. Each action belongs to one side,
 * starts from some states and leads to one state (or, for {@code RESUME}, back to the state the case
 * was put on hold in; for {@code RECORD_VERIFICATION}, nowhere: a step recorded in place).
 */
public final class CaseRules {

  /** One action's rule. {@code to} is empty when the case stays where it is (or returns from hold). */
  public record Rule(CaseActionType action, Side side, Set<CaseState> from, Optional<CaseState> to, String meaning) {}

  private static final Set<CaseState> NOT_FINAL =
      Arrays.stream(CaseState.values()).filter(s -> !s.isFinal()).collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseState.class)));

  private static final List<Rule> RULES = List.of(
      rule(CaseActionType.RECEIVE, Side.RECEIVING, EnumSet.of(REQUESTED), CaseState.RECEIVED,
          "the receiving side confirms it has received the referral"),
      rule(CaseActionType.ACCEPT, Side.RECEIVING, EnumSet.of(RECEIVED), CaseState.ACCEPTED,
          "the receiving side accepts the case after its preview"),
      rule(CaseActionType.REJECT, Side.RECEIVING, EnumSet.of(REQUESTED, RECEIVED), CaseState.REJECTED,
          "the receiving side rejects the case, giving a reason, before accepting it"),
      rule(CaseActionType.REVOKE, Side.SHELTERING, EnumSet.of(REQUESTED, RECEIVED), CaseState.CANCELLED,
          "the sheltering side revokes its referral, only before the case is accepted"),
      new Rule(CaseActionType.RECORD_VERIFICATION, Side.RECEIVING, EnumSet.of(RECEIVED, ACCEPTED, READY), Optional.empty(),
          "the receiving side records nationality verification and family tracing steps"),
      rule(CaseActionType.SCHEDULE_HANDOVER, Side.SHELTERING, EnumSet.of(ACCEPTED, READY), CaseState.READY,
          "the sheltering side schedules (or reschedules) the handover of an accepted case"),
      rule(CaseActionType.START_HANDOVER, Side.SHELTERING, EnumSet.of(READY), CaseState.IN_PROGRESS,
          "the sheltering side confirms it handed the person over at the checkpoint"),
      rule(CaseActionType.CONFIRM_RECEPTION, Side.RECEIVING, EnumSet.of(IN_PROGRESS), CaseState.COMPLETED,
          "the receiving side confirms it received the person"),
      rule(CaseActionType.REPORT_FOLLOW_UP, Side.RECEIVING, EnumSet.of(COMPLETED, FOLLOW_UP), CaseState.FOLLOW_UP,
          "the receiving side reports on reintegration after reception"),
      rule(CaseActionType.CLOSE, Side.RECEIVING, EnumSet.of(FOLLOW_UP), CaseState.CLOSED,
          "the receiving side closes the case after follow-up"),
      rule(CaseActionType.HOLD, Side.SHELTERING, EnumSet.of(ACCEPTED, READY), CaseState.ON_HOLD,
          "the sheltering side puts an accepted case on hold (illness, pending court proceedings ...)"),
      new Rule(CaseActionType.RESUME, Side.SHELTERING, EnumSet.of(ON_HOLD), Optional.empty(),
          "the sheltering side resumes a case on hold, back to where it was"),
      rule(CaseActionType.FAIL, Side.SHELTERING, EnumSet.of(READY, IN_PROGRESS, ON_HOLD), CaseState.FAILED,
          "the sheltering side records that the handover failed"),
      new Rule(CaseActionType.MARK_ENTERED_IN_ERROR, Side.SHELTERING, NOT_FINAL, Optional.of(CaseState.ENTERED_IN_ERROR),
          "the sheltering side withdraws a referral made in error"));

  private CaseRules() {}

  private static Rule rule(CaseActionType action, Side side, Set<CaseState> from, CaseState to, String meaning) {
    return new Rule(action, side, from, Optional.of(to), meaning);
  }

  public static List<Rule> rules() {
    return RULES;
  }

  public static Rule ruleFor(CaseActionType action) {
    return RULES.stream().filter(r -> r.action() == action).findFirst()
        .orElseThrow(() -> new IllegalTransitionException("there is no rule for action " + action + "; known actions: "
            + RULES.stream().map(r -> r.action().name()).toList()));
  }

  /**
   * The state {@code action} by {@code side} leads to from {@code current}; throws
   * {@link IllegalTransitionException} naming the state, the actor and the rule when not allowed.
   *
   * @param beforeHold the state the case was put on hold in (for RESUME)
   */
  public static CaseState next(String caseId, CaseState current, CaseState beforeHold, CaseActionType action, Side side, String actorNode) {
    Rule rule = ruleFor(action);
    if (rule.side() != side) {
      throw new IllegalTransitionException("case " + caseId + " is " + current + "; " + actorNode + " (" + side.label() + ") may not "
          + action + ": only the " + rule.side().label() + " may, as " + rule.meaning());
    }
    if (!rule.from().contains(current)) {
      throw new IllegalTransitionException("case " + caseId + " is " + current + "; " + actorNode + " (" + side.label() + ") may not "
          + action + " now: " + rule.meaning() + ", from " + names(rule.from()) + " only");
    }
    if (action == CaseActionType.RESUME) {
      return beforeHold;
    }
    return rule.to().orElse(current);
  }

  /** What {@code side} may do now: the actions offered to its officers. */
  public static List<CaseActionType> allowed(CaseState current, Side side) {
    return RULES.stream().filter(r -> r.side() == side && r.from().contains(current)).map(Rule::action).toList();
  }

  private static String names(Set<CaseState> states) {
    return states.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
  }
}
