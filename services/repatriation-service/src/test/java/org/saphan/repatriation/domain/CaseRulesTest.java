package org.saphan.repatriation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.saphan.schema.repatriation.CaseActionType;

/**
 * Every action, by every side, in every state. The expected table below is written out by hand
 * from the issue (not derived from {@link CaseRules}), so the test fails when the rules drift.
 */
class CaseRulesTest {

  private static final String CASE = "TH-CEI-RP-2562-0012";

  /** action: side, from-states, resulting state ("=" stays, "<" back to the state before hold). */
  private static final String EXPECTED = """
      RECEIVE               RECEIVING  REQUESTED                                   RECEIVED
      ACCEPT                RECEIVING  RECEIVED                                    ACCEPTED
      REJECT                RECEIVING  REQUESTED,RECEIVED                          REJECTED
      REVOKE                SHELTERING REQUESTED,RECEIVED                          CANCELLED
      RECORD_VERIFICATION   RECEIVING  RECEIVED,ACCEPTED,READY                     =
      SCHEDULE_HANDOVER     SHELTERING ACCEPTED,READY                              READY
      START_HANDOVER        SHELTERING READY                                       IN_PROGRESS
      CONFIRM_RECEPTION     RECEIVING  IN_PROGRESS                                 COMPLETED
      REPORT_FOLLOW_UP      RECEIVING  COMPLETED,FOLLOW_UP                         FOLLOW_UP
      CLOSE                 RECEIVING  FOLLOW_UP                                   CLOSED
      HOLD                  SHELTERING ACCEPTED,READY                              ON_HOLD
      RESUME                SHELTERING ON_HOLD                                     <
      FAIL                  SHELTERING READY,IN_PROGRESS,ON_HOLD                   FAILED
      MARK_ENTERED_IN_ERROR SHELTERING REQUESTED,RECEIVED,ACCEPTED,READY,IN_PROGRESS,COMPLETED,FOLLOW_UP,ON_HOLD ENTERED_IN_ERROR
      """;

  private record Expected(Side side, Set<CaseState> from, String to) {}

  private static Map<CaseActionType, Expected> expected() {
    Map<CaseActionType, Expected> table = new HashMap<>();
    for (String line : EXPECTED.strip().split("\n")) {
      String[] f = line.trim().split("\\s+");
      Set<CaseState> from = Arrays.stream(f[2].split(",")).map(CaseState::valueOf)
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseState.class)));
      table.put(CaseActionType.valueOf(f[0]), new Expected(Side.valueOf(f[1]), from, f[3]));
    }
    return table;
  }

  @Test
  void everyActionBySideAndStateIsAllowedExactlyAsTheTableSays() {
    Map<CaseActionType, Expected> table = expected();
    assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(CaseActionType.values()).filter(a -> a != CaseActionType.UNKNOWN).toList());
    int checked = 0;
    for (CaseActionType action : table.keySet()) {
      Expected e = table.get(action);
      for (CaseState state : CaseState.values()) {
        for (Side side : Side.values()) {
          boolean allowed = side == e.side() && e.from().contains(state);
          if (allowed) {
            CaseState next = CaseRules.next(CASE, state, CaseState.READY, action, side, "node-x");
            CaseState wanted = switch (e.to()) {
              case "=" -> state;
              case "<" -> CaseState.READY;
              default -> CaseState.valueOf(e.to());
            };
            assertThat(next).as(action + " by " + side + " from " + state).isEqualTo(wanted);
            assertThat(CaseRules.allowed(state, side)).contains(action);
          } else {
            Throwable refused = catchThrowable(() -> CaseRules.next(CASE, state, CaseState.READY, action, side, "node-x"));
            assertThat(refused).as(action + " by " + side + " from " + state).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("case " + CASE + " is " + state)
                .hasMessageContaining("node-x (" + side.label() + ") may not " + action);
            assertThat(CaseRules.allowed(state, side)).doesNotContain(action);
          }
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(14 * 13 * 2);
  }

  @Test
  void finalStatesAllowNothing() {
    for (CaseState state : CaseState.values()) {
      if (state.isFinal()) {
        assertThat(CaseRules.allowed(state, Side.SHELTERING)).as(state.name()).isEmpty();
        assertThat(CaseRules.allowed(state, Side.RECEIVING)).as(state.name()).isEmpty();
      }
    }
  }

  @Test
  void theWholeHappyPathFromReferralToClosure() {
    List<Object[]> path = List.of(
        new Object[] {CaseActionType.RECEIVE, Side.RECEIVING, CaseState.RECEIVED},
        new Object[] {CaseActionType.RECORD_VERIFICATION, Side.RECEIVING, CaseState.RECEIVED},
        new Object[] {CaseActionType.ACCEPT, Side.RECEIVING, CaseState.ACCEPTED},
        new Object[] {CaseActionType.SCHEDULE_HANDOVER, Side.SHELTERING, CaseState.READY},
        new Object[] {CaseActionType.START_HANDOVER, Side.SHELTERING, CaseState.IN_PROGRESS},
        new Object[] {CaseActionType.CONFIRM_RECEPTION, Side.RECEIVING, CaseState.COMPLETED},
        new Object[] {CaseActionType.REPORT_FOLLOW_UP, Side.RECEIVING, CaseState.FOLLOW_UP},
        new Object[] {CaseActionType.REPORT_FOLLOW_UP, Side.RECEIVING, CaseState.FOLLOW_UP},
        new Object[] {CaseActionType.CLOSE, Side.RECEIVING, CaseState.CLOSED});
    CaseState state = CaseState.REQUESTED;
    for (Object[] step : path) {
      state = CaseRules.next(CASE, state, null, (CaseActionType) step[0], (Side) step[1], "n");
      assertThat(state).as(step[0].toString()).isEqualTo(step[2]);
    }
  }

  @Test
  void revokingAfterAcceptanceIsRefusedNamingStateActorAndRule() {
    assertThatThrownBy(() -> CaseRules.next(CASE, CaseState.ACCEPTED, null, CaseActionType.REVOKE, Side.SHELTERING, "th-cei"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("case " + CASE + " is ACCEPTED; th-cei (sheltering side) may not REVOKE now: the sheltering side revokes its referral,"
            + " only before the case is accepted, from REQUESTED, RECEIVED only");
  }

  @Test
  void theSidesCannotTakeEachOthersActions() {
    assertThatThrownBy(() -> CaseRules.next(CASE, CaseState.RECEIVED, null, CaseActionType.ACCEPT, Side.SHELTERING, "th-cei"))
        .hasMessage("case " + CASE + " is RECEIVED; th-cei (sheltering side) may not ACCEPT: only the receiving side may, as the receiving"
            + " side accepts the case after its preview");
  }

  @Test
  void aResumedCaseReturnsToWhereItWasPutOnHold() {
    CaseState held = CaseRules.next(CASE, CaseState.ACCEPTED, null, CaseActionType.HOLD, Side.SHELTERING, "th-cei");
    assertThat(held).isEqualTo(CaseState.ON_HOLD);
    assertThat(CaseRules.next(CASE, held, CaseState.ACCEPTED, CaseActionType.RESUME, Side.SHELTERING, "th-cei")).isEqualTo(CaseState.ACCEPTED);
  }
}
