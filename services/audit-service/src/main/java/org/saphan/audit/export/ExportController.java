package org.saphan.audit.export;

import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.saphan.audit.reads.AuditedReadsFilter;
import org.saphan.platform.audit.ExportSelection;
import org.saphan.platform.audit.ExportWriter;
import org.saphan.platform.audit.ExportedEvent;
import org.saphan.platform.kafka.NodeExport;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.topic.Stream;
import org.saphan.platform.validation.InvalidInputException;
import org.saphan.platform.validation.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An auditor's export of this node's log: a selection by stream, origin node, time range and
 * aggregate, as JSON Lines (exact bytes and headers, for offline verification) or CSV.
 */
@RestController
public class ExportController {

  private static final MediaType JSON_LINES = MediaType.parseMediaType("application/x-ndjson");
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  private final PlatformNode platform;

  public ExportController(PlatformNode platform) {
    this.platform = platform;
  }

  /**
   * @param streams comma-separated stream ids; every stream that crosses borders when absent
   * @param from inclusive, ISO-8601 with offset, when the events happened
   * @param to exclusive
   * @param format jsonl (default) or csv
   */
  @GetMapping("/api/audit/export")
  public ResponseEntity<String> export(@RequestParam(required = false) String streams, @RequestParam(required = false) String origin,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String aggregate, @RequestParam(defaultValue = "jsonl") String format, HttpServletRequest request) {
    List<Violation> violations = new ArrayList<>();
    Set<String> selected = streams(streams, violations);
    Instant fromInstant = instant("from", from, violations);
    Instant toInstant = instant("to", to, violations);
    if (origin != null && platform.registry().find(origin).isEmpty()) {
      violations.add(new Violation("origin", origin, "not a node of the registry: " + platform.registry().ids()));
    }
    if (!format.equals("jsonl") && !format.equals("csv")) {
      violations.add(new Violation("format", format, "jsonl or csv"));
    }
    if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
      violations.add(new Violation("to", to, "must be after from"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    String node = platform.node().id().value();
    List<ExportedEvent> events = NodeExport.export(node, platform.kafka(),
        new ExportSelection(selected, origin, fromInstant, toInstant, aggregate), platform.codec(), READ_TIMEOUT);
    request.setAttribute(AuditedReadsFilter.RESULT_COUNT, events.stream().filter(ExportedEvent::selected).count());
    StringWriter body = new StringWriter();
    boolean csv = format.equals("csv");
    if (csv) {
      ExportWriter.csv(events, body);
    } else {
      ExportWriter.jsonLines(events, body);
    }
    String file = "saphan-" + node + "-" + platform.settings().clock().instant().toString().replace(':', '-') + (csv ? ".csv" : ".jsonl");
    return ResponseEntity.ok()
        .contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : JSON_LINES)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .body(body.toString());
  }

  private static Set<String> streams(String streams, List<Violation> violations) {
    if (streams == null || streams.isBlank()) {
      Set<String> all = new LinkedHashSet<>();
      Arrays.stream(Stream.values()).filter(s -> !s.isLocal()).forEach(s -> all.add(s.id()));
      return all;
    }
    Set<String> selected = new LinkedHashSet<>();
    for (String id : streams.split(",")) {
      try {
        selected.add(Stream.fromId(id.strip()).id());
      } catch (IllegalArgumentException e) {
        violations.add(new Violation("streams", id, e.getMessage()));
      }
    }
    return selected;
  }

  private static Instant instant(String field, String value, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      violations.add(new Violation(field, value, "an ISO-8601 date and time with offset, e.g. 2019-09-24T09:00:00+07:00"));
      return null;
    }
  }
}
