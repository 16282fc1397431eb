package org.saphan.meetings.service;

import org.saphan.platform.validation.ActingOfficer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saphan.meetings.domain.ActionRules;
import org.saphan.platform.validation.RejectedEventException;
import org.saphan.meetings.domain.IllegalStatusChangeException;
import org.saphan.meetings.domain.MeetingBoard;
import org.saphan.meetings.domain.MeetingBoard.ActionView;
import org.saphan.meetings.domain.MeetingBoard.MeetingView;
import org.saphan.meetings.input.MeetingChecks;
import org.saphan.meetings.input.MeetingInputs.ActionItemInput;
import org.saphan.meetings.input.MeetingInputs.MeetingInput;
import org.saphan.meetings.input.MeetingInputs.ProgressInput;
import org.saphan.meetings.minutes.Minutes;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.text.catalog.CurrentTexts;
import org.saphan.platform.kafka.ReceivedEvent;
import org.saphan.platform.kafka.StreamSubscriber;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.topic.Stream;
import org.saphan.schema.common.Role;
import org.saphan.schema.meeting.ActionItemAssigned;
import org.saphan.schema.meeting.ActionItemChased;
import org.saphan.schema.meeting.ActionItemUpdated;
import org.saphan.schema.meeting.ChaseKind;
import org.saphan.schema.meeting.MeetingParticipant;
import org.saphan.schema.meeting.MeetingRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's joint meetings. The host's secretariat records a meeting (agenda, decisions) and assigns
 * action items to participant nodes; each owner node records progress on its items and chases them:
 * a reminder some days before the due date, and an overdue notice after it. Every event goes to the
 * meeting's other participants; the board is rebuilt from the log at every start.
 */
public final class MeetingService implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(MeetingService.class);

  private final PlatformNode platform;
  private final Clock clock;
  private final Period reminderBefore;
  private final CurrentTexts texts;
  private final MeetingBoard board = new MeetingBoard();
  private final List<StreamSubscriber> subscribers = new ArrayList<>();

  /**
   * @param reminderBefore how long before an action item's due date its owner is reminded
   * @param texts the translations added to the meeting's texts since they were sent, for the minutes
   */
  public MeetingService(PlatformNode platform, Clock clock, Period reminderBefore, CurrentTexts texts) {
    this.platform = platform;
    this.clock = clock;
    this.reminderBefore = reminderBefore;
    this.texts = texts;
  }

  public MeetingService start() {
    subscribers.add(platform.replay(Stream.MEETING, "meeting-board", this::onEvent));
    return this;
  }

  private String self() {
    return platform.node().id().value();
  }

  /** Records a meeting hosted by this node (a new one, or a new revision of its record). */
  public synchronized MeetingView record(MeetingInput input, String officerId) {
    ActingOfficer.require(officerId);
    var m = MeetingChecks.meeting(input, self(), platform.registry(), clock.instant(), platform.node().languageTag());
    Optional<MeetingView> existing = board.meeting(m.meetingId());
    if (existing.isPresent() && !existing.get().current().getHostNode().equals(self())) {
      throw new MeetingConflictException("meeting " + m.meetingId() + " is hosted by " + existing.get().current().getHostNode());
    }
    MeetingRecorded recorded = MeetingRecorded.newBuilder()
        .setEnvelope(platform.envelopes().envelope(MeetingRecorded.getClassSchema(), m.meetingId(), board.nextSequence(m.meetingId(), self()),
            officerId, Role.SECRETARIAT, Causation.start()))
        .setMeetingId(m.meetingId())
        .setSeries(m.series())
        .setNumber(m.number())
        .setHostNode(self())
        .setVenue(m.venue())
        .setStartsAt(m.startsAt().toInstant())
        .setZone(platform.node().zone().getId())
        .setParticipants(m.participants())
        .setLanguages(m.languages())
        .setAgenda(m.agenda())
        .setDecisions(m.decisions())
        .build();
    publish(recorded, recorded.getParticipants());
    return meeting(m.meetingId());
  }

  /** Assigns an action item of a meeting this node hosts to a participant node. */
  public synchronized ActionView assign(String meetingId, ActionItemInput input, String officerId) {
    ActingOfficer.require(officerId);
    MeetingView meeting = meeting(meetingId);
    if (!meeting.current().getHostNode().equals(self())) {
      throw new MeetingConflictException("meeting " + meetingId + " is hosted by " + meeting.current().getHostNode()
          + "; its secretariat assigns the action items");
    }
    List<String> nodes = meeting.current().getParticipants().stream().map(MeetingParticipant::getNode).toList();
    var a = MeetingChecks.action(input, nodes, clock.instant(), platform.node().languageTag());
    var agendaItem = meeting.current().getAgenda().stream().filter(i -> i.getNumber() == a.agendaNumber()).findFirst()
        .orElseThrow(() -> new MeetingConflictException("meeting " + meetingId + " has no agenda item " + a.agendaNumber()));
    String actionId = meetingId + "-T" + (meeting.actions().size() + 1);
    ActionItemAssigned assigned = ActionItemAssigned.newBuilder()
        .setEnvelope(platform.envelopes().envelope(ActionItemAssigned.getClassSchema(), meetingId, board.nextSequence(meetingId, self()),
            officerId, Role.SECRETARIAT, Causation.start()))
        .setMeetingId(meetingId)
        .setActionId(actionId)
        .setAgendaItemId(agendaItem.getItemId())
        .setTitle(a.title())
        .setOwnerNode(a.ownerNode())
        .setOwnerOrganisation(a.ownerOrganisation())
        .setDueDate(a.dueDate())
        .setLinks(a.links())
        .build();
    publish(assigned, meeting.current().getParticipants());
    return action(actionId);
  }

  /** Progress on an action item this node owns: a status and a note. */
  public synchronized ActionView progress(String actionId, ProgressInput input, String officerId) {
    ActingOfficer.require(officerId);
    ActionView action = action(actionId);
    if (!action.assigned().getOwnerNode().equals(self())) {
      throw new MeetingConflictException("action item " + actionId + " is owned by " + action.assigned().getOwnerNode()
          + "; only its owner records progress");
    }
    var p = MeetingChecks.progress(input, clock.instant(), platform.node().languageTag());
    ActionRules.requireAllowed(actionId, action.status(), p.status());
    ActionItemUpdated update = ActionItemUpdated.newBuilder()
        .setEnvelope(platform.envelopes().envelope(ActionItemUpdated.getClassSchema(), actionId, board.nextSequence(actionId, self()), officerId,
            Role.SECRETARIAT, Causation.start())) // the role AccessRules admits to record progress
        .setMeetingId(action.assigned().getMeetingId())
        .setActionId(actionId)
        .setStatus(p.status())
        .setNote(p.note())
        .build();
    publish(update, meeting(action.assigned().getMeetingId()).current().getParticipants());
    return action(actionId);
  }

  /**
   * Chases this node's own outstanding action items: a reminder once the due date is within
   * {@code reminderBefore}, an overdue notice once it has passed. Each is sent once per item (derived
   * ids). Returns the action ids chased.
   */
  public synchronized List<String> chase() {
    LocalDate today = today(platform.node().zone());
    List<String> chased = new ArrayList<>();
    for (ActionView action : board.ownedBy(self(), today)) {
      if (!ActionRules.isOutstanding(action.status())) {
        continue;
      }
      LocalDate due = action.assigned().getDueDate();
      if (action.overdueOn(today) && !action.chased().contains(ChaseKind.OVERDUE)) {
        sendChase(action, ChaseKind.OVERDUE);
        chased.add(action.assigned().getActionId());
      } else if (!today.isAfter(due) && !today.isBefore(due.minus(reminderBefore)) && !action.chased().contains(ChaseKind.REMINDER)) {
        sendChase(action, ChaseKind.REMINDER);
        chased.add(action.assigned().getActionId());
      }
    }
    return chased;
  }

  private void sendChase(ActionView action, ChaseKind kind) {
    String actionId = action.assigned().getActionId();
    ActionItemChased chase = ActionItemChased.newBuilder()
        .setEnvelope(platform.envelopes().envelope(ActionItemChased.getClassSchema(), actionId, board.nextSequence(actionId, self()),
            "saphan-chaser", Role.SYSTEM, Causation.start(),
            EnvelopeFactory.derivedEventId(actionId + "|" + action.assigned().getDueDate(), kind.name(), self())))
        .setMeetingId(action.assigned().getMeetingId())
        .setActionId(actionId)
        .setKind(kind)
        .setDueDate(action.assigned().getDueDate())
        .build();
    publish(chase, meeting(action.assigned().getMeetingId()).current().getParticipants());
    log.info("{} for action item {} (due {})", kind, actionId, action.assigned().getDueDate());
  }

  private void publish(org.apache.avro.generic.GenericRecord event, List<MeetingParticipant> participants) {
    List<String> others = participants.stream().map(MeetingParticipant::getNode).filter(n -> !n.equals(self())).distinct().toList();
    platform.publisher().publish(event, others);
    board.apply(event, EnvelopeView.of(event));
  }

  private void onEvent(ReceivedEvent received) {
    try {
      board.apply(received.event(), received.envelope());
    } catch (IllegalStatusChangeException e) {
      throw new RejectedEventException("ILLEGAL_STATUS_CHANGE", e.getMessage());
    }
  }

  public MeetingView meeting(String meetingId) {
    return board.meeting(meetingId).orElseThrow(() -> new MeetingNotFoundException("meeting " + meetingId, self()));
  }

  public List<MeetingView> meetings() {
    return board.meetings();
  }

  public ActionView action(String actionId) {
    return board.action(actionId).orElseThrow(() -> new MeetingNotFoundException("action item " + actionId, self()));
  }

  /** This node's own action items, overdue ones first. */
  public List<ActionView> ownActions() {
    return board.ownedBy(self(), today(platform.node().zone()));
  }

  public LocalDate today(ZoneId zone) {
    return clock.instant().atZone(zone).toLocalDate();
  }

  /** The minutes of a meeting, for rendering in any reader's language. */
  public Minutes minutes(String meetingId) {
    MeetingView view = meeting(meetingId);
    String stream = Stream.MEETING.id();
    MeetingRecorded m = texts.withCurrentTranslations(stream, view.current());
    ZoneId zone = ZoneId.of(m.getZone());
    return new Minutes(
        m.getMeetingId(), m.getSeries(), m.getNumber(), m.getHostNode(), m.getVenue(), m.getStartsAt().atZone(zone),
        m.getParticipants().stream().map(p -> new Minutes.Participant(p.getNode(), p.getOrganisation())).toList(),
        List.copyOf(m.getLanguages()),
        m.getAgenda().stream().map(a -> new Minutes.AgendaItem(a.getItemId(), a.getNumber(), a.getTitle(), List.copyOf(a.getLinks()))).toList(),
        m.getDecisions().stream().map(d -> new Minutes.Decision(d.getDecisionId(), d.getAgendaItemId(), d.getText())).toList(),
        view.actions().stream().map(a -> {
          ActionItemAssigned assigned = texts.withCurrentTranslations(stream, a.assigned());
          ZoneId ownerZone = platform.registry().require(NodeId.of(assigned.getOwnerNode())).zone();
          return new Minutes.ActionItem(assigned.getActionId(), assigned.getAgendaItemId(), assigned.getTitle(),
              assigned.getOwnerNode(), assigned.getOwnerOrganisation(), assigned.getDueDate(), a.status().name(),
              a.overdueOn(today(ownerZone)),
              a.progress().stream().filter(p -> p.update().getNote() != null)
                  .map(p -> new Minutes.ProgressNote(p.envelope().origin(), p.envelope().authorOfficerId(),
                      p.envelope().occurredAt().atZone(p.envelope().occurredZone()),
                      texts.withCurrentTranslations(stream, p.update()).getNote()))
                  .toList(),
              List.copyOf(assigned.getLinks()));
        }).toList());
  }


  @Override
  public void close() {
    subscribers.forEach(StreamSubscriber::close);
  }
}
