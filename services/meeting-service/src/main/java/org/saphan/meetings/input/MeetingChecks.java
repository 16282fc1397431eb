package org.saphan.meetings.input;

import org.saphan.platform.validation.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.saphan.meetings.input.MeetingInputs.ActionItemInput;
import org.saphan.meetings.input.MeetingInputs.MeetingInput;
import org.saphan.meetings.input.MeetingInputs.ProgressInput;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.text.InvalidTextException;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.platform.text.TextDraft;
import org.saphan.platform.validation.Violation;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.meeting.ActionStatus;
import org.saphan.schema.meeting.AgendaEntry;
import org.saphan.schema.meeting.DecisionEntry;
import org.saphan.schema.meeting.MeetingParticipant;

/** Checks meeting inputs field by field (field, value, rule), all at once, before anything is sent. */
public final class MeetingChecks {

  private static final Set<String> LINK_KINDS = Set.of("alert", "case");

  private final List<Violation> violations = new ArrayList<>();
  private final Instant at;
  private final String defaultLanguage;

  private MeetingChecks(Instant at, String defaultLanguage) {
    this.at = at;
    this.defaultLanguage = defaultLanguage;
  }

  /** A checked meeting record. */
  public record CheckedMeeting(String meetingId, LocalizedText series, int number, LocalizedText venue, OffsetDateTime startsAt,
      List<MeetingParticipant> participants, List<String> languages, List<AgendaEntry> agenda, List<DecisionEntry> decisions) {}

  public record CheckedAction(int agendaNumber, LocalizedText title, String ownerNode, LocalizedText ownerOrganisation, LocalDate dueDate,
      List<String> links) {}

  public static CheckedMeeting meeting(MeetingInput in, String hostNode, NodeRegistry registry, Instant at, String defaultLanguage) {
    MeetingChecks c = new MeetingChecks(at, defaultLanguage);
    if (in == null) {
      c.fail("meeting", null, "a JSON object with the meeting is required");
    }
    if (in.seriesCode() == null || !in.seriesCode().matches("[A-Z0-9][A-Z0-9-]{1,30}")) {
      c.add("seriesCode", in.seriesCode(), "required: 2-31 capital letters, digits and hyphens, e.g. BCC-MM-TH");
    }
    if (in.number() == null || in.number() < 1) {
      c.add("number", String.valueOf(in.number()), "required: the meeting's number in its series, 1 or more");
    }
    LocalizedText series = c.text("series", in.series());
    LocalizedText venue = c.text("venue", in.venue());
    OffsetDateTime startsAt = MeetingInputs.offsetDateTime(in.startsAt());
    if (startsAt == null) {
      c.add("startsAt", in.startsAt(), "required: date and time with offset, e.g. 2019-09-24T09:00:00+07:00");
    }
    List<MeetingParticipant> participants = new ArrayList<>();
    List<MeetingInputs.ParticipantInput> given = in.participants() == null ? List.of() : in.participants();
    for (int i = 0; i < given.size(); i++) {
      var p = given.get(i);
      String path = "participants[" + i + "]";
      if (p == null || registry.find(p.node()).isEmpty()) {
        c.add(path + ".node", p == null ? null : p.node(), "unknown node; known nodes: " + registry.ids());
        continue;
      }
      LocalizedText organisation = c.text(path + ".organisation", p.organisation());
      if (organisation != null) {
        participants.add(new MeetingParticipant(p.node(), organisation));
      }
    }
    if (participants.stream().noneMatch(p -> p.getNode().equals(hostNode))) {
      c.add("participants", null, "the host " + hostNode + " must be among the participants");
    }
    if (participants.stream().map(MeetingParticipant::getNode).distinct().count() < 2) {
      c.add("participants", null, "a joint meeting has at least two nodes");
    }
    List<String> languages = in.languages() == null ? List.of() : in.languages();
    if (languages.isEmpty()) {
      c.add("languages", null, "required: the languages of the meeting, e.g. [\"th\", \"my\", \"en\"]");
    }
    for (int i = 0; i < languages.size(); i++) {
      try {
        LocalizedTexts.languageTag(languages.get(i));
      } catch (InvalidTextException e) {
        c.add("languages[" + i + "]", languages.get(i), e.getMessage());
      }
    }
    List<AgendaEntry> agenda = new ArrayList<>();
    List<MeetingInputs.AgendaInput> items = in.agenda() == null ? List.of() : in.agenda();
    for (int i = 0; i < items.size(); i++) {
      var a = items.get(i);
      String path = "agenda[" + i + "]";
      if (a == null || a.number() == null || a.number() < 1) {
        c.add(path + ".number", a == null ? null : String.valueOf(a.number()), "required: 1 or more");
        continue;
      }
      if (agenda.stream().anyMatch(e -> e.getNumber() == a.number())) {
        c.add(path + ".number", a.number().toString(), "two agenda items have the same number");
      }
      LocalizedText title = c.text(path + ".title", a.title());
      List<String> links = c.links(path + ".links", a.links());
      if (title != null) {
        agenda.add(new AgendaEntry(itemId(in.seriesCode(), in.number(), a.number()), a.number(), title, links));
      }
    }
    List<DecisionEntry> decisions = new ArrayList<>();
    List<MeetingInputs.DecisionInput> given2 = in.decisions() == null ? List.of() : in.decisions();
    for (int i = 0; i < given2.size(); i++) {
      var d = given2.get(i);
      String path = "decisions[" + i + "]";
      if (d == null || d.agendaNumber() == null || agenda.stream().noneMatch(e -> e.getNumber() == d.agendaNumber())) {
        c.add(path + ".agendaNumber", d == null ? null : String.valueOf(d.agendaNumber()), "must be the number of an agenda item of this meeting");
        continue;
      }
      LocalizedText text = c.text(path + ".text", d.text());
      if (text != null) {
        decisions.add(new DecisionEntry(itemId(in.seriesCode(), in.number(), d.agendaNumber()) + "-D" + (i + 1),
            itemId(in.seriesCode(), in.number(), d.agendaNumber()), text));
      }
    }
    c.throwIfAny();
    return new CheckedMeeting(in.seriesCode() + "-" + in.number(), series, in.number(), venue, startsAt, participants, languages, agenda,
        decisions);
  }

  public static CheckedAction action(ActionItemInput in, List<String> participantNodes, Instant at, String defaultLanguage) {
    MeetingChecks c = new MeetingChecks(at, defaultLanguage);
    if (in == null) {
      c.fail("actionItem", null, "a JSON object with the action item is required");
    }
    if (in.agendaNumber() == null) {
      c.add("agendaNumber", null, "required: the agenda item the action belongs to");
    }
    LocalizedText title = c.text("title", in.title());
    if (in.ownerNode() == null || !participantNodes.contains(in.ownerNode())) {
      c.add("ownerNode", in.ownerNode(), "must be one of the meeting's participants " + participantNodes);
    }
    LocalizedText organisation = c.text("ownerOrganisation", in.ownerOrganisation());
    LocalDate due = MeetingInputs.date(in.dueDate());
    if (due == null) {
      c.add("dueDate", in.dueDate(), "required: a date yyyy-MM-dd");
    }
    List<String> links = c.links("links", in.links());
    c.throwIfAny();
    return new CheckedAction(in.agendaNumber(), title, in.ownerNode(), organisation, due, links);
  }

  public record CheckedProgress(ActionStatus status, LocalizedText note) {}

  public static CheckedProgress progress(ProgressInput in, Instant at, String defaultLanguage) {
    MeetingChecks c = new MeetingChecks(at, defaultLanguage);
    if (in == null) {
      c.fail("progress", null, "a JSON object with status and note is required");
    }
    ActionStatus status = null;
    try {
      status = ActionStatus.valueOf(in.status() == null ? "" : in.status());
    } catch (IllegalArgumentException e) {
      c.add("status", in.status(), "one of OPEN, IN_PROGRESS, DONE, DROPPED");
    }
    LocalizedText note = in.note() == null ? null : c.text("note", in.note());
    c.throwIfAny();
    return new CheckedProgress(status, note);
  }

  static String itemId(String seriesCode, Integer number, Integer agendaNumber) {
    return seriesCode + "-" + number + "-A" + agendaNumber;
  }

  private List<String> links(String field, List<String> given) {
    List<String> links = given == null ? List.of() : given;
    for (int i = 0; i < links.size(); i++) {
      String link = links.get(i);
      String[] parts = link == null ? new String[0] : link.split(":", 2);
      if (parts.length != 2 || !LINK_KINDS.contains(parts[0]) || !parts[1].matches("[A-Za-z0-9-]{1,80}")) {
        add(field + "[" + i + "]", link, "a link is alert:<alert id> or case:<case id>");
      }
    }
    return links;
  }

  private LocalizedText text(String field, TextDraft draft) {
    try {
      return LocalizedTexts.fromDraft(draft, defaultLanguage, at);
    } catch (InvalidTextException e) {
      add(field, draft == null ? null : draft.text(), e.getMessage());
      return null;
    }
  }

  private void add(String field, String value, String rule) {
    violations.add(new Violation(field, value, rule));
  }

  private void fail(String field, String value, String rule) {
    add(field, value, rule);
    throwIfAny();
  }

  private void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }
}
