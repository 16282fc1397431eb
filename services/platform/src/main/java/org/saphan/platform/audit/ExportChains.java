package org.saphan.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saphan.platform.chain.ChainReport;
import org.saphan.platform.chain.ChainVerifier;
import org.saphan.platform.chain.ChainedRecord;
import org.saphan.platform.chain.Lane;
import org.saphan.platform.kafka.ChainHeaders;

/**
 * Verifies the hash chains of an export offline: every selected event from its exact bytes (so a
 * changed byte shows), every link line from the hash it states, lane by lane.
 */
public final class ExportChains {

  private ExportChains() {}

  /**
   * @param unchained records without chain headers (written before chains existed): listed, not verifiable
   */
  public record Verification(ChainReport report, int selected, int links, List<String> unchained) {

    public boolean intact() {
      return report.clean();
    }
  }

  /** Verifies {@code events}, numbered as lines 1, 2, ... of their export. */
  public static Verification verify(List<ExportedEvent> events) {
    List<ChainedRecord> records = new ArrayList<>();
    List<String> unchained = new ArrayList<>();
    int selected = 0;
    int links = 0;
    for (int i = 0; i < events.size(); i++) {
      ExportedEvent event = events.get(i);
      String where = "line " + (i + 1) + ", " + event.topic() + "-" + event.partition() + "@" + event.offset();
      Optional<ChainedRecord> record = chained(event, where);
      if (record.isEmpty()) {
        unchained.add(where);
        continue;
      }
      records.add(record.get());
      if (event.selected()) {
        selected++;
      } else {
        links++;
      }
    }
    return new Verification(ChainVerifier.verify(records), selected, links, unchained);
  }

  private static Optional<ChainedRecord> chained(ExportedEvent event, String where) {
    Map<String, String> headers = event.headers();
    String sequence = headers.get(ChainHeaders.SEQUENCE);
    String previous = headers.get(ChainHeaders.PREVIOUS);
    String link = headers.get(ChainHeaders.LINK);
    if (sequence == null || previous == null || link == null || event.origin() == null || event.audience() == null) {
      return Optional.empty();
    }
    long n;
    try {
      n = Long.parseLong(sequence);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    Lane lane = new Lane(event.origin(), event.audience());
    return Optional.of(event.valueBase64() != null
        ? ChainedRecord.of(lane, n, previous, link, event.value(), where)
        : new ChainedRecord(lane, n, previous, link, event.valueSha256(), where));
  }
}
