package org.saphan.meetings.web;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.saphan.meetings.domain.MeetingBoard.ActionView;
import org.saphan.meetings.domain.MeetingBoard.MeetingView;
import org.saphan.platform.text.TextDraft;
import org.saphan.platform.text.TranslationDraft;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.meeting.MeetingRecorded;

/** A meeting and its action items as the REST API shows them; texts with their translations and provenance. */
public record MeetingJson(String meetingId, TextDraft series, int number, String hostNode, TextDraft venue, ZonedDateTime startsAt,
    List<ParticipantJson> participants, List<String> languages, List<AgendaJson> agenda, List<DecisionJson> decisions,
    List<ActionJson> actions, int revisions) {

  public record ParticipantJson(String node, TextDraft organisation) {}

  public record AgendaJson(String itemId, int number, TextDraft title, List<String> links) {}

  public record DecisionJson(String decisionId, String agendaItemId, TextDraft text) {}

  public record ActionJson(String actionId, String meetingId, String agendaItemId, TextDraft title, String ownerNode, TextDraft ownerOrganisation,
      LocalDate dueDate, String status, boolean overdue, List<String> chased, List<NoteJson> progress, List<String> links) {}

  public record NoteJson(String status, String node, String officerId, ZonedDateTime at, TextDraft note) {}

  public static MeetingJson of(MeetingView view, java.util.function.Function<ActionView, Boolean> overdue) {
    MeetingRecorded m = view.current();
    return new MeetingJson(m.getMeetingId(), text(m.getSeries()), m.getNumber(), m.getHostNode(), text(m.getVenue()),
        m.getStartsAt().atZone(java.time.ZoneId.of(m.getZone())),
        m.getParticipants().stream().map(p -> new ParticipantJson(p.getNode(), text(p.getOrganisation()))).toList(),
        List.copyOf(m.getLanguages()),
        m.getAgenda().stream().map(a -> new AgendaJson(a.getItemId(), a.getNumber(), text(a.getTitle()), List.copyOf(a.getLinks()))).toList(),
        m.getDecisions().stream().map(d -> new DecisionJson(d.getDecisionId(), d.getAgendaItemId(), text(d.getText()))).toList(),
        view.actions().stream().map(a -> action(a, overdue.apply(a))).toList(), view.revisions().size());
  }

  static ActionJson action(ActionView a, boolean overdue) {
    var x = a.assigned();
    return new ActionJson(x.getActionId(), x.getMeetingId(), x.getAgendaItemId(), text(x.getTitle()), x.getOwnerNode(),
        text(x.getOwnerOrganisation()), x.getDueDate(), a.status().name(), overdue, a.chased().stream().map(Enum::name).sorted().toList(),
        a.progress().stream().map(p -> new NoteJson(p.update().getStatus().name(), p.envelope().origin(), p.envelope().authorOfficerId(),
            p.envelope().occurredLocally(), text(p.update().getNote()))).toList(),
        List.copyOf(x.getLinks()));
  }

  static TextDraft text(LocalizedText t) {
    if (t == null) {
      return null;
    }
    return new TextDraft(t.getLanguage(), t.getText(), t.getTranslations().stream()
        .map(tr -> new TranslationDraft(tr.getLanguage(), tr.getText(), tr.getProvenance().name(), tr.getTranslator(), tr.getReviewed())).toList());
  }
}
