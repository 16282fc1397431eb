package org.saphan.platform.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an export as JSON Lines (one event per line, everything a third party needs to verify it
 * offline: exact bytes, headers, where it was read) and as CSV (one row per event, for a
 * spreadsheet; no bytes).
 */
public final class ExportWriter {

  static final List<String> CSV_COLUMNS = List.of("origin", "audience", "stream", "eventType", "eventId", "aggregateId",
      "aggregateSequence", "occurredAt", "authorNode", "authorOfficerId", "topic", "partition", "offset", "decodeError");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ExportWriter() {}

  public static void jsonLines(List<ExportedEvent> events, Writer out) {
    try {
      for (ExportedEvent event : events) {
        ObjectNode line = JSON.valueToTree(event);
        // The event as an object, not as a string of JSON inside JSON.
        line.set("eventJson", event.eventJson() == null ? null : JSON.readTree(event.eventJson()));
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The selected events only (links carry nothing a spreadsheet reader needs). */
  public static void csv(List<ExportedEvent> events, Writer out) {
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
      for (ExportedEvent e : events.stream().filter(ExportedEvent::selected).toList()) {
        printer.printRecord(e.origin(), e.audience(), e.stream(), e.eventType(), e.eventId(), e.aggregateId(), e.aggregateSequence(),
            e.occurredAt(), e.authorNode(), e.authorOfficerId(), e.topic(), e.partition(), e.offset(), e.decodeError());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a JSON Lines export back, e.g. to verify it. */
  public static List<ExportedEvent> readJsonLines(java.io.BufferedReader in) {
    return in.lines().filter(l -> !l.isBlank()).map(l -> {
      ObjectNode node = (ObjectNode) JSON.readTree(l);
      tools.jackson.databind.JsonNode json = node.get("eventJson");
      node.put("eventJson", json == null || json.isNull() ? null : JSON.writeValueAsString(json));
      return JSON.treeToValue(node, ExportedEvent.class);
    }).toList();
  }
}
