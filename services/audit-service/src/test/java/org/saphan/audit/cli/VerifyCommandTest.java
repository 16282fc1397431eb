package org.saphan.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saphan.platform.audit.ExportWriter;
import org.saphan.platform.audit.ExportedEvent;
import org.saphan.platform.chain.ChainHash;
import org.saphan.platform.chain.ChainHead;
import org.saphan.platform.chain.ChainLink;
import org.saphan.platform.chain.Lane;
import org.saphan.platform.kafka.ChainHeaders;

/** The offline verifier on exports tampered with in each way an auditor must catch, each pinpointed. */
class VerifyCommandTest {

  private static final Lane LANE = new Lane("th-cei", "mm-tcl");

  @TempDir
  Path dir;

  /** An export of one lane of five events; events 2 and 4 exported as links only. */
  private static List<ExportedEvent> export() {
    List<ExportedEvent> events = new ArrayList<>();
    ChainHead head = ChainHead.genesis(LANE);
    for (int i = 1; i <= 5; i++) {
      byte[] value = ("event " + i + " of th-cei to mm-tcl").getBytes(StandardCharsets.UTF_8);
      ChainLink link = head.next(value);
      head = link.head();
      Map<String, String> headers = Map.of(ChainHeaders.SEQUENCE, Long.toString(link.sequence()), ChainHeaders.PREVIOUS, link.previousLinkHex(),
          ChainHeaders.LINK, link.linkHex());
      ExportedEvent event = new ExportedEvent(true, "th-cei.bcc.mm-tcl.alert.v1", 0, i - 1, Instant.EPOCH, "th-cei", "mm-tcl", "alert", "A-" + i,
          null, "e-" + i, "A-" + i, 1L, Instant.EPOCH, "th-cei", "officer", headers, ChainHash.valueHashHex(value),
          Base64.getEncoder().encodeToString(value), null, null);
      events.add(i % 2 == 0 ? event.asLink() : event);
    }
    return events;
  }

  private record Run(int exit, String out) {}

  private Run verify(List<ExportedEvent> events) throws IOException {
    Path file = dir.resolve("export.jsonl");
    try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      ExportWriter.jsonLines(events, writer);
    }
    StringWriter out = new StringWriter();
    int exit = AuditCli.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "verify", file.toString());
    return new Run(exit, out.toString());
  }

  private static ExportedEvent withValue(ExportedEvent event, byte[] value) {
    return new ExportedEvent(event.selected(), event.topic(), event.partition(), event.offset(), event.timestamp(), event.origin(),
        event.audience(), event.stream(), event.key(), event.eventType(), event.eventId(), event.aggregateId(), event.aggregateSequence(),
        event.occurredAt(), event.authorNode(), event.authorOfficerId(), event.headers(), event.valueSha256(),
        Base64.getEncoder().encodeToString(value), event.eventJson(), event.decodeError());
  }

  @Test
  void anUntouchedExportWithLinksIsIntact() throws IOException {
    Run run = verify(export());

    assertThat(run.exit()).isEqualTo(AuditCli.VERIFIED);
    assertThat(run.out()).contains("3 selected events, 2 links").contains("lane th-cei>mm-tcl", "#1..#5").contains("VERDICT: INTACT");
  }

  @Test
  void aFlippedByteIsFoundAtItsSequenceAndLine() throws IOException {
    List<ExportedEvent> events = new ArrayList<>(export());
    byte[] value = events.get(2).value();
    value[3] ^= 1;
    events.set(2, withValue(events.get(2), value));

    Run run = verify(events);

    assertThat(run.exit()).isEqualTo(AuditCli.FINDINGS);
    assertThat(run.out()).contains("CHANGED th-cei>mm-tcl#3").contains("line 3,").contains("VERDICT: TAMPERED");
  }

  @Test
  void aDroppedEventIsAGapAndTwoSwappedEventsAreFoundAtBothPlaces() throws IOException {
    List<ExportedEvent> dropped = new ArrayList<>(export());
    dropped.remove(1);
    Run gap = verify(dropped);
    assertThat(gap.exit()).isEqualTo(AuditCli.FINDINGS);
    assertThat(gap.out()).contains("GAP th-cei>mm-tcl#2: expected 2, found 3");

    List<ExportedEvent> swapped = new ArrayList<>(export());
    byte[] first = swapped.get(0).value();
    byte[] third = swapped.get(2).value();
    swapped.set(0, withValue(swapped.get(0), third));
    swapped.set(2, withValue(swapped.get(2), first));
    Run reordered = verify(swapped);
    assertThat(reordered.exit()).isEqualTo(AuditCli.FINDINGS);
    assertThat(reordered.out()).contains("th-cei>mm-tcl#1").contains("th-cei>mm-tcl#3");
  }

  @Test
  void aLinkWhoseHashWasChangedBreaksTheChainAndGarbageIsAUsageError() throws IOException {
    List<ExportedEvent> events = new ArrayList<>(export());
    ExportedEvent link = events.get(1);
    events.set(1, new ExportedEvent(false, link.topic(), link.partition(), link.offset(), link.timestamp(), link.origin(), link.audience(),
        link.stream(), null, null, null, null, null, null, null, null, link.headers(), "00".repeat(32), null, null, null));
    assertThat(verify(events).out()).contains("CHANGED th-cei>mm-tcl#2");

    Path garbage = dir.resolve("garbage.jsonl");
    Files.writeString(garbage, "this is not an export\n");
    assertThat(AuditCli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "verify", garbage.toString()))
        .isEqualTo(AuditCli.USAGE);
  }
}
