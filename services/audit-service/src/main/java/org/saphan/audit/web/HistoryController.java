package org.saphan.audit.web;

import org.saphan.audit.history.AsOfView;
import org.saphan.audit.history.AuditHistory;
import org.saphan.audit.history.AuditTimes;
import org.saphan.audit.history.ReplayReport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit API's history of one node: an alert, a case or a meeting as it stood at a given time
 * ({@code ?asOf=2019-09-24T10:00:00+07:00}, now when absent) with the events that made it so, and
 * the replay of a whole read model from the node's log. Read-only: nothing is published, no
 * consumer group moves. See {@link AuditHistory} for which time "as of" uses.
 */
@RestController
@RequestMapping(value = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
public class HistoryController {

  private final AuditHistory history;

  public HistoryController(AuditHistory history) {
    this.history = history;
  }

  @GetMapping("/alerts/{id}")
  public AsOfView alert(@PathVariable String id, @RequestParam(required = false) String asOf) {
    return asOf("alerts", id, asOf);
  }

  @GetMapping("/cases/{id}")
  public AsOfView kase(@PathVariable String id, @RequestParam(required = false) String asOf) {
    return asOf("cases", id, asOf);
  }

  /** A meeting with its action items, their progress and chasing included. */
  @GetMapping("/meetings/{id}")
  public AsOfView meeting(@PathVariable String id, @RequestParam(required = false) String asOf) {
    return asOf("meetings", id, asOf);
  }

  /** Rebuilds a read model ({@code alerts}, {@code cases}, {@code meetings}) from the node's log, optionally only from a time on. */
  @PostMapping(value = "/replays", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ReplayReport replay(@RequestBody ReplayRequest request) {
    return history.replay(request.model(), AuditTimes.parse("from", request.from()));
  }

  private AsOfView asOf(String model, String id, String asOf) {
    return history.asOf(model, id, AuditTimes.parse("asOf", asOf));
  }

  /**
   * @param model {@code alerts}, {@code cases} or {@code meetings}
   * @param from optional ISO-8601 date-time with offset: only events that occurred at or after it are replayed
   */
  public record ReplayRequest(String model, String from) {}
}
