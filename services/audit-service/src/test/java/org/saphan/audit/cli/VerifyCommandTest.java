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
import java.util.HashMap;
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
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.saphan.platform.kafka.EventSignatures;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.envelope.EnvelopeFactory;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.serde.EventCodec;
import org.saphan.platform.serde.WriterSchemas;
import org.saphan.platform.signing.SigningKey;
import org.saphan.platform.signing.Statements;
import org.saphan.schema.checkpoint.ChainCheckpointed;
import org.saphan.schema.common.Role;

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
      Map<String, String> headers = new HashMap<>(Map.of(ChainHeaders.SEQUENCE, Long.toString(link.sequence()), ChainHeaders.PREVIOUS,
          link.previousLinkHex(), ChainHeaders.LINK, link.linkHex()));
      headers.putAll(signatureHeaders(CHIANG_RAI_KEY, value));
      ExportedEvent event = new ExportedEvent(true, "th-cei.bcc.mm-tcl.alert.v1", 0, i - 1, Instant.EPOCH, "th-cei", "mm-tcl", "alert", "A-" + i,
          null, "e-" + i, "A-" + i, 1L, Instant.EPOCH, "th-cei", "officer", headers, ChainHash.valueHashHex(value),
          Base64.getEncoder().encodeToString(value), null, null);
      events.add(i % 2 == 0 ? event.asLink() : event);
    }
    return events;
  }

  private record Run(int exit, String out) {}

  /** Chiang Rai's signature headers of a record to Tachileik holding {@code value}, as an export shows them. */
  private static Map<String, String> signatureHeaders(SigningKey key, byte[] value) {
    RecordHeaders headers = new RecordHeaders();
    EventSignatures.sign(headers, key, LANE.origin(), LANE.audience(), value);
    Map<String, String> text = new HashMap<>();
    headers.forEach(h -> text.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
    return text;
  }

  /** Verifies with the registry's keys of Chiang Rai. */
  private Run verify(List<ExportedEvent> events) throws IOException {
    return verifyWith(events, "--keys", keysFile());
  }

  private Run verifyWith(List<ExportedEvent> events, String... options) throws IOException {
    Path file = dir.resolve("export.jsonl");
    try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      ExportWriter.jsonLines(events, writer);
    }
    StringWriter out = new StringWriter();
    List<String> arguments = new ArrayList<>(List.of("verify", file.toString()));
    arguments.addAll(List.of(options));
    int exit = AuditCli.run(new PrintWriter(out, true), new PrintWriter(out, true), arguments.toArray(String[]::new));
    return new Run(exit, out.toString());
  }

  private static final SigningKey CHIANG_RAI_KEY = SigningKey.generate();

  /**
   * {@link #export()} followed by Chiang Rai's checkpoint of the lane at sequence 5, signed with
   * {@code signer} but naming Chiang Rai's key, chained as the lane's sequence 6.
   */
  private static List<ExportedEvent> exportWithCheckpoint(SigningKey signer) {
    List<ExportedEvent> events = new ArrayList<>(export());
    ExportedEvent last = events.get(events.size() - 1);
    ChainHead head = new ChainHead(LANE, 5, last.headers().get(ChainHeaders.LINK));
    EnvelopeFactory envelopes = new EnvelopeFactory(NodeRegistry.defaults().require("th-cei", "test"), Clock.systemUTC());
    ChainCheckpointed checkpoint = ChainCheckpointed.newBuilder()
        .setEnvelope(envelopes.envelope(ChainCheckpointed.getClassSchema(), LANE.toString(), 6, "saphan-platform", Role.SYSTEM, Causation.start()))
        .setLaneAudience(LANE.audience())
        .setSequence(head.sequence())
        .setLinkSha256(head.linkHex())
        .setKeyId(CHIANG_RAI_KEY.keyId())
        .setSignature(ByteBuffer.wrap(signer.sign(Statements.checkpoint(LANE.origin(), LANE.audience(), head.sequence(), head.linkHex()))))
        .build();
    byte[] value = new EventCodec(WriterSchemas.withCompiledEvents(), Duration.ZERO).encode(checkpoint);
    ChainLink link = head.next(value);
    Map<String, String> headers = new HashMap<>(Map.of(ChainHeaders.SEQUENCE, "6", ChainHeaders.PREVIOUS, link.previousLinkHex(),
        ChainHeaders.LINK, link.linkHex()));
    headers.putAll(signatureHeaders(CHIANG_RAI_KEY, value)); // the record itself signed by Chiang Rai: only the checkpoint is forged
    events.add(new ExportedEvent(true, "th-cei.bcc.mm-tcl.checkpoint.v1", 0, 0, Instant.EPOCH, "th-cei", "mm-tcl", "checkpoint",
        LANE.toString(), null, "cp-1", LANE.toString(), 6L, Instant.EPOCH, "th-cei", "saphan-platform", headers, ChainHash.valueHashHex(value),
        Base64.getEncoder().encodeToString(value), null, null));
    return events;
  }

  /** The registry's public keys of Chiang Rai, as an auditor holds them. */
  private String keysFile() throws IOException {
    Path keys = dir.resolve("keys.properties");
    Files.writeString(keys, "saphan.nodes.th-cei.signing-keys=" + CHIANG_RAI_KEY.publicKeyBase64() + "\n");
    return keys.toString();
  }

  @Test
  void aSignedCheckpointVerifiesWithTheRegistryKeysAndIsRequiredToBeChecked() throws IOException {
    Run withoutKeys = verifyWith(exportWithCheckpoint(CHIANG_RAI_KEY));
    assertThat(withoutKeys.exit()).isEqualTo(AuditCli.USAGE);
    assertThat(withoutKeys.out()).contains("--keys");

    Run run = verify(exportWithCheckpoint(CHIANG_RAI_KEY));

    assertThat(run.exit()).as(run.out()).isEqualTo(AuditCli.VERIFIED);
    assertThat(run.out()).contains("checkpoint th-cei>mm-tcl", "#5", "signed by key " + CHIANG_RAI_KEY.keyId() + ", on the chain",
        "cosigned by nobody yet", "VERDICT: INTACT");
    // the key file lists Chiang Rai only: Tachileik, the lane's addressee, is still awaited
    assertThat(run.out()).contains("not (yet) by mm-tcl");
  }

  @Test
  void aCheckpointForgedWithAnotherKeyIsFoundAtItsLineThoughTheChainIsUnbroken() throws IOException {
    Run run = verify(exportWithCheckpoint(SigningKey.generate()));

    assertThat(run.exit()).isEqualTo(AuditCli.FINDINGS);
    assertThat(run.out()).contains("NOT VALIDLY SIGNED")
        .contains("SIGNATURE th-cei>mm-tcl#5: expected checkpoint signed by th-cei with key " + CHIANG_RAI_KEY.keyId())
        .contains("forged or altered (line 6,")
        .doesNotContain("CHANGED", "BROKEN", "GAP")
        .contains("VERDICT: TAMPERED");
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

  @Test
  void anUnsignedEventAndOneSignedWithAnotherKeyAreFoundAtTheirLines() throws IOException {
    List<ExportedEvent> events = new ArrayList<>(export());
    ExportedEvent first = events.get(0);
    Map<String, String> unsigned = new HashMap<>(first.headers());
    unsigned.remove(EventSignatures.SIGNATURE);
    events.set(0, withHeaders(first, unsigned));
    ExportedEvent third = events.get(2);
    Map<String, String> forged = new HashMap<>(third.headers());
    forged.put(EventSignatures.SIGNATURE, signatureHeaders(SigningKey.generate(), third.value()).get(EventSignatures.SIGNATURE));
    events.set(2, withHeaders(third, forged));

    Run run = verify(events);

    assertThat(run.exit()).isEqualTo(AuditCli.FINDINGS);
    assertThat(run.out()).contains("SIGNATURE th-cei>mm-tcl#1: expected event signed by th-cei, found UNSIGNED").contains("(line 1,")
        .contains("SIGNATURE th-cei>mm-tcl#3: expected event signed by th-cei, found FORGED_SIGNATURE").contains("(line 3,")
        .doesNotContain("CHANGED", "BROKEN", "GAP");
  }

  private static ExportedEvent withHeaders(ExportedEvent e, Map<String, String> headers) {
    return new ExportedEvent(e.selected(), e.topic(), e.partition(), e.offset(), e.timestamp(), e.origin(), e.audience(), e.stream(), e.key(),
        e.eventType(), e.eventId(), e.aggregateId(), e.aggregateSequence(), e.occurredAt(), e.authorNode(), e.authorOfficerId(), headers,
        e.valueSha256(), e.valueBase64(), e.eventJson(), e.decodeError());
  }
}
