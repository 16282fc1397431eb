package org.saphan.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saphan.platform.chain.ChainFinding;
import org.saphan.platform.chain.ChainReport;
import org.saphan.platform.chain.Checkpoint;
import org.saphan.platform.chain.CheckpointReport;
import org.saphan.platform.chain.CheckpointVerifier;
import org.saphan.platform.chain.Cosignature;
import org.saphan.platform.chain.ChainVerifier;
import org.saphan.platform.chain.ChainedRecord;
import org.saphan.platform.chain.Lane;
import org.saphan.platform.chain.SignedStatement;
import org.saphan.platform.kafka.ChainHeaders;
import org.saphan.platform.kafka.EventSignatures;
import org.saphan.platform.serde.EventCodec;
import org.saphan.platform.signing.KeyRing;
import org.saphan.platform.topic.Stream;
import org.saphan.platform.topic.Topics;
import org.saphan.platform.topic.Topics.TopicName;

/**
 * Verifies the hash chains of an export offline: every selected event from its exact bytes (so a
 * changed byte shows), every link line from the hash it states, lane by lane; then, with the node
 * registry's public keys, every event's own signature by its origin and every signed checkpoint and
 * cosignature among the events, also against the lanes' records ({@link CheckpointVerifier}).
 */
public final class ExportChains {

  private ExportChains() {}

  /**
   * @param unchained records without chain headers (written before chains existed): listed, not verifiable
   */
  public record Verification(ChainReport report, CheckpointReport checkpoints, int selected, int links, List<String> unchained) {

    public boolean intact() {
      return report.clean() && checkpoints.clean();
    }

    /** Every finding: the chains', then the signatures'. */
    public List<ChainFinding> findings() {
      List<ChainFinding> all = new ArrayList<>(report.findings());
      all.addAll(checkpoints.findings());
      return all;
    }
  }

  /**
   * Verifies {@code events}, numbered as lines 1, 2, ... of their export.
   *
   * @param codec decodes the checkpoint events (the schemas compiled into this build)
   * @param ring every node's public signing keys, from the node registry
   */
  public static Verification verify(List<ExportedEvent> events, EventCodec codec, KeyRing ring) {
    List<ChainedRecord> records = new ArrayList<>();
    Statements statements = new Statements();
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
        statements.checkSignature(record.get(), event.headers(), ring);
        if (Stream.CHECKPOINT.id().equals(event.stream())) {
          statements.read(record.get(), event.value(), codec);
        }
      } else {
        links++;
      }
    }
    return statements.verification(records, ring, selected, links, unchained);
  }

  /**
   * Verifies a node's log as read from its cluster ({@code NodeLog.read}, headers included): every
   * lane the node holds, from the records' bytes, decoding only the checkpoints and cosignatures.
   */
  public static Verification verifyLog(String node, List<LoggedRecord> log, EventCodec codec, KeyRing ring) {
    List<ChainedRecord> records = new ArrayList<>();
    Statements statements = new Statements();
    List<String> unchained = new ArrayList<>();
    for (LoggedRecord r : log) {
      Optional<TopicName> topic = Topics.parse(r.topic());
      Optional<ChainedRecord> record = topic.flatMap(t -> chained(t.mirroredFrom().map(Object::toString).orElse(node), t.audience().token(),
          r.headers(), r.value(), null, r.where()));
      if (record.isPresent()) {
        records.add(record.get());
        statements.checkSignature(record.get(), r.headers(), ring);
        if (topic.get().stream() == Stream.CHECKPOINT) {
          statements.read(record.get(), r.value(), codec);
        }
      } else {
        unchained.add(r.where());
      }
    }
    return statements.verification(records, ring, records.size(), 0, unchained);
  }

  /**
   * The signed statements found among the records, and the records whose own signature is refused;
   * an unreadable statement is a finding at its place.
   */
  private static final class Statements {
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final List<Cosignature> cosignatures = new ArrayList<>();
    private final List<ChainFinding> refused = new ArrayList<>();

    /**
     * The record's own signature by its origin ({@code EventSignatures}), checked when there are keys to check it with, over the
     * hash the verifier took of its bytes.
     */
    void checkSignature(ChainedRecord record, Map<String, String> headers, KeyRing ring) {
      if (ring.isEmpty()) {
        return;
      }
      Lane lane = record.lane();
      EventSignatures.check(headers, ring, lane.origin(), lane.audience(), record.valueSha256Hex()).ifPresent(refusal -> refused.add(
          new ChainFinding(ChainFinding.Kind.SIGNATURE, lane, record.sequence(), "event signed by " + lane.origin(),
              refusal.reason() + ": " + refusal.detail(), record.where())));
    }

    void read(ChainedRecord record, byte[] value, EventCodec codec) {
      try {
        SignedStatement statement = CheckpointEvents.statement(codec.decode(value), record.where())
            .orElseThrow(() -> new IllegalArgumentException("not a checkpoint or cosignature"));
        if (statement instanceof Checkpoint checkpoint) {
          checkpoints.add(checkpoint);
        } else {
          cosignatures.add((Cosignature) statement);
        }
      } catch (RuntimeException e) {
        refused.add(new ChainFinding(ChainFinding.Kind.SIGNATURE, record.lane(), record.sequence(), "a checkpoint or cosignature",
            "unreadable: " + e.getMessage(), record.where()));
      }
    }

    Verification verification(List<ChainedRecord> records, KeyRing ring, int selected, int links, List<String> unchained) {
      CheckpointReport signed = CheckpointVerifier.verify(records, checkpoints, cosignatures, ring);
      List<ChainFinding> findings = new ArrayList<>(refused);
      findings.addAll(signed.findings());
      return new Verification(ChainVerifier.verify(records), new CheckpointReport(findings, signed.checkpoints()), selected, links,
          unchained);
    }
  }

  private static Optional<ChainedRecord> chained(ExportedEvent event, String where) {
    return chained(event.origin(), event.audience(), event.headers(), event.valueBase64() == null ? null : event.value(),
        event.valueSha256(), where);
  }

  /** The record as the verifier sees it, from its bytes when given, else from the hash its export states. */
  private static Optional<ChainedRecord> chained(String origin, String audience, Map<String, String> headers, byte[] value,
      String statedValueSha256, String where) {
    String sequence = headers.get(ChainHeaders.SEQUENCE);
    String previous = headers.get(ChainHeaders.PREVIOUS);
    String link = headers.get(ChainHeaders.LINK);
    if (sequence == null || previous == null || link == null || origin == null || audience == null) {
      return Optional.empty();
    }
    long n;
    try {
      n = Long.parseLong(sequence);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    Lane lane = new Lane(origin, audience);
    return Optional.of(value != null
        ? ChainedRecord.of(lane, n, previous, link, value, where)
        : new ChainedRecord(lane, n, previous, link, statedValueSha256, where));
  }
}
