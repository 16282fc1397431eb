package org.saphan.platform.kafka;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import java.util.function.Predicate;
import org.saphan.platform.audit.AvroJson;
import org.saphan.platform.audit.ExportSelection;
import org.saphan.platform.audit.ExportedEvent;
import org.saphan.platform.audit.LoggedRecord;
import org.saphan.platform.serde.EventCodec;
import org.saphan.platform.topic.Stream;

/** Exports a selection of a node's log: what an auditor takes away to check offline. */
public final class NodeExport {

  private NodeExport() {}

  /**
   * Every record on {@code node}'s cluster that the selection includes, in log order per topic
   * partition (a record that does not decode is included with the reason); every checkpoint and
   * cosignature of the hash-chain lanes the selected ones are in (what a third party checks the
   * signatures of); and, as links only, every other record of the lanes any of these are in,
   * whatever their stream.
   */
  public static List<ExportedEvent> export(String node, KafkaAccess kafka, ExportSelection selection, EventCodec codec, Duration timeout) {
    List<Stream> everyLaneStream = Arrays.asList(Stream.values());
    List<ExportedEvent> all = NodeLog.read(kafka, everyLaneStream, timeout).stream()
        .map(record -> exported(node, record, codec))
        .toList();
    Set<String> selectedLanes = all.stream().filter(selection::includes).map(NodeExport::lane).collect(Collectors.toSet());
    Predicate<ExportedEvent> full = e -> selection.includes(e) || signsOneOf(e, selectedLanes);
    Set<String> lanes = all.stream().filter(full).map(NodeExport::lane).collect(Collectors.toSet());
    return all.stream()
        .filter(e -> full.test(e) || lanes.contains(lane(e)))
        .map(e -> full.test(e) ? e : e.asLink())
        .toList();
  }

  /** Whether {@code e} is a checkpoint or cosignature of one of {@code lanes} (its aggregate is the lane). */
  private static boolean signsOneOf(ExportedEvent e, Set<String> lanes) {
    return Stream.CHECKPOINT.id().equals(e.stream()) && e.aggregateId() != null && lanes.contains(e.aggregateId());
  }

  private static String lane(ExportedEvent e) {
    return e.origin() + ">" + e.audience();
  }

  private static ExportedEvent exported(String node, LoggedRecord record, EventCodec codec) {
    try {
      var event = codec.decode(record.value());
      return ExportedEvent.decoded(node, record, event, AvroJson.of(event));
    } catch (RuntimeException e) {
      return ExportedEvent.undecodable(node, record, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
