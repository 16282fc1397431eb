package org.saphan.meetings.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.saphan.meetings.domain.MeetingBoard.ActionView;
import org.saphan.meetings.input.MeetingInputs.ActionItemInput;
import org.saphan.meetings.input.MeetingInputs.MeetingInput;
import org.saphan.meetings.input.MeetingInputs.ProgressInput;
import org.saphan.meetings.minutes.MinutesRenderer;
import org.saphan.meetings.service.MeetingService;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.spring.security.Officer;
import org.saphan.platform.text.reader.ReaderLanguage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Meetings and action items of one node; the acting officer is the one the request's bearer token names. */
@RestController
public class MeetingController {

  private final MeetingService meetings;
  private final NodeRegistry registry;
  private final MinutesRenderer minutes;

  public MeetingController(MeetingService meetings, NodeRegistry registry, MinutesRenderer minutes) {
    this.meetings = meetings;
    this.registry = registry;
    this.minutes = minutes;
  }

  /**
   * The minutes as an HTML page in the reader's language (th, my, lo, en: {@code ?language=}, else the
   * {@code Accept-Language} header, else English), with each text's translation status.
   */
  @GetMapping(value = "/api/meetings/{id}/minutes", produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> minutesHtml(@PathVariable String id, ReaderLanguage language) {
    return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
        .body(minutes.html(meetings.minutes(id), language));
  }

  /** The minutes as PDF in the reader's language (chosen as for the HTML), with fonts that shape Thai, Burmese and Lao. */
  @GetMapping(value = "/api/meetings/{id}/minutes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> minutesPdf(@PathVariable String id, ReaderLanguage language) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "inline; filename=\"" + id + "-" + language.tag() + ".pdf\"")
        .body(minutes.pdf(meetings.minutes(id), language));
  }

  /** Records a meeting this node hosts (or a new revision of its record). */
  @PostMapping(value = "/api/meetings", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<MeetingJson> record(Officer officer, @RequestBody MeetingInput input) {
    var view = meetings.record(input, officer.id());
    return ResponseEntity.created(URI.create("/api/meetings/" + view.current().getMeetingId())).body(json(view));
  }

  @GetMapping(value = "/api/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<MeetingJson> list() {
    return meetings.meetings().stream().map(this::json).toList();
  }

  @GetMapping(value = "/api/meetings/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  public MeetingJson get(@PathVariable String id) {
    return json(meetings.meeting(id));
  }

  /** Assigns an action item (host only) to a participant node and organisation. */
  @PostMapping(value = "/api/meetings/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<MeetingJson.ActionJson> assign(Officer officer, @PathVariable String id,
      @RequestBody ActionItemInput input) {
    ActionView action = meetings.assign(id, input, officer.id());
    return ResponseEntity.created(URI.create("/api/actions/" + action.assigned().getActionId())).body(actionJson(action));
  }

  /** This node's own action items, overdue ones first. */
  @GetMapping(value = "/api/actions", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<MeetingJson.ActionJson> ownActions() {
    return meetings.ownActions().stream().map(this::actionJson).toList();
  }

  @GetMapping(value = "/api/actions/{actionId}", produces = MediaType.APPLICATION_JSON_VALUE)
  public MeetingJson.ActionJson action(@PathVariable String actionId) {
    return actionJson(meetings.action(actionId));
  }

  /** Progress on an action item this node owns. */
  @PostMapping(value = "/api/actions/{actionId}/progress", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public MeetingJson.ActionJson progress(Officer officer, @PathVariable String actionId,
      @RequestBody ProgressInput input) {
    return actionJson(meetings.progress(actionId, input, officer.id()));
  }

  private MeetingJson json(org.saphan.meetings.domain.MeetingBoard.MeetingView view) {
    return MeetingJson.of(view, this::overdue);
  }

  private MeetingJson.ActionJson actionJson(ActionView action) {
    return MeetingJson.action(action, overdue(action));
  }

  private boolean overdue(ActionView action) {
    return action.overdueOn(meetings.today(registry.require(NodeId.of(action.assigned().getOwnerNode())).zone()));
  }
}
