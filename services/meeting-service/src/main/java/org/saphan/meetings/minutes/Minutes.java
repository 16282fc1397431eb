package org.saphan.meetings.minutes;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.saphan.schema.common.LocalizedText;

/**
 * The minutes of one joint meeting, as the renderer needs them: every human text a
 * {@link LocalizedText} (original plus translations with their provenance), every time with the
 * zone it happened in. Built by the meeting service from its view; rendered per reader language.
 *
 * @param series e.g. "Myanmar–Thai Border Coordination Centre (Tachileik–Chiang Rai)"
 * @param startsAt in the host's zone
 */
public record Minutes(
    String meetingId,
    LocalizedText series,
    int number,
    String hostNode,
    LocalizedText venue,
    ZonedDateTime startsAt,
    List<Participant> participants,
    List<String> languages,
    List<AgendaItem> agenda,
    List<Decision> decisions,
    List<ActionItem> actions) {

  public record Participant(String node, LocalizedText organisation) {}

  /** @param links ids of the alerts ("alert:TH-CEI-...") and cases ("case:TH-CEI-RP-...") it discusses */
  public record AgendaItem(String itemId, int number, LocalizedText title, List<String> links) {}

  public record Decision(String decisionId, String agendaItemId, LocalizedText text) {}

  /**
   * @param status OPEN, IN_PROGRESS, DONE or DROPPED
   * @param overdue past its due date and neither done nor dropped
   */
  public record ActionItem(String actionId, String agendaItemId, LocalizedText title, String ownerNode, LocalizedText ownerOrganisation,
      LocalDate dueDate, String status, boolean overdue, List<ProgressNote> notes, List<String> links) {}

  public record ProgressNote(String authorNode, String officerId, ZonedDateTime at, LocalizedText text) {}
}
