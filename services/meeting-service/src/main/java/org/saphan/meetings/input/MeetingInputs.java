package org.saphan.meetings.input;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.saphan.platform.text.TextDraft;

/** What the REST API takes: a meeting, an action item, progress on it. Checked by {@code MeetingChecks}. */
public final class MeetingInputs {

  private MeetingInputs() {}

  /**
   * A numbered joint meeting as the host's secretariat records it.
   *
   * @param seriesCode short code of the series, e.g. BCC-MM-TH; with the number it makes the meeting id
   * @param startsAt ISO-8601 with offset, e.g. 2019-09-24T09:00:00+07:00
   */
  public record MeetingInput(String seriesCode, TextDraft series, Integer number, TextDraft venue, String startsAt,
      List<ParticipantInput> participants, List<String> languages, List<AgendaInput> agenda, List<DecisionInput> decisions) {}

  public record ParticipantInput(String node, TextDraft organisation) {}

  /** @param links alert:&lt;id&gt; or case:&lt;id&gt; */
  public record AgendaInput(Integer number, TextDraft title, List<String> links) {}

  public record DecisionInput(Integer agendaNumber, TextDraft text) {}

  /** @param dueDate yyyy-MM-dd */
  public record ActionItemInput(Integer agendaNumber, TextDraft title, String ownerNode, TextDraft ownerOrganisation, String dueDate,
      List<String> links) {}

  /** @param status OPEN, IN_PROGRESS, DONE or DROPPED */
  public record ProgressInput(String status, TextDraft note) {}

  static OffsetDateTime offsetDateTime(String text) {
    try {
      return text == null ? null : OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static LocalDate date(String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
