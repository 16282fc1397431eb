package org.saphan.audit.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.avro.generic.GenericRecord;
import org.saphan.platform.audit.LoggedRecord;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.serde.EventCodec;
import org.saphan.platform.serde.UndecodableEventException;
import org.saphan.platform.topic.Stream;

/**
 * A node's log read as decoded events, in log order. A record that does not decode (or carries no
 * envelope) is counted, skipped and reported, never fatal.
 *
 * <p>Log order: each partition in offset order (the order its consumer sees), the partitions of
 * the node's own and mirrored topics merged by record timestamp (ties by topic, partition,
 * offset). Kafka keeps no order across partitions; the boards do not need one (an event that
 * overtakes what it concerns waits on the board), and merging by timestamp is as close as the log
 * gets to the order the live consumers saw.
 */
public final class NodeEvents {

  /** Reads every record of some streams on the node's cluster, e.g. {@code NodeLog.read}. */
  @FunctionalInterface
  public interface LogSource {
    List<LoggedRecord> read(Collection<Stream> streams);
  }

  private final LogSource source;
  private final EventCodec codec;

  /** @param codec decodes the node's records; give it no wait for unknown schemas, so a bad record costs nothing */
  public NodeEvents(LogSource source, EventCodec codec) {
    this.source = source;
    this.codec = codec;
  }

  /**
   * Every event of {@code streams} on the node, in log order, and the records that did not decode.
   * Records decode in parallel (each on its own; the codec is thread-safe), the result keeps log
   * order.
   */
  public Read read(Collection<Stream> streams) {
    List<LoggedRecord> records = inLogOrder(source.read(streams));
    List<Decoded> decoded = records.parallelStream().map(this::decoded).toList();
    List<LoggedEvent> events = new ArrayList<>(records.size());
    List<Undecodable> undecodable = new ArrayList<>();
    for (Decoded d : decoded) {
      if (d instanceof LoggedEvent event) {
        events.add(event);
      } else {
        undecodable.add((Undecodable) d);
      }
    }
    return new Read(records.size(), List.copyOf(events), List.copyOf(undecodable));
  }

  /** What a record of the log decoded to: an event, or why it is not one. */
  public sealed interface Decoded permits LoggedEvent, Undecodable {}

  private Decoded decoded(LoggedRecord r) {
    try {
      GenericRecord event = codec.decode(r.value());
      return new LoggedEvent(r, event, EnvelopeView.of(event));
    } catch (UndecodableEventException e) {
      return new Undecodable(r.where(), e.reason().name(), e.getMessage());
    } catch (IllegalArgumentException e) {
      return new Undecodable(r.where(), "NO_ENVELOPE", e.getMessage());
    }
  }

  /** Each partition in offset order, partitions merged by timestamp (then topic, partition, offset). */
  static List<LoggedRecord> inLogOrder(List<LoggedRecord> records) {
    Map<String, List<LoggedRecord>> byPartition = new LinkedHashMap<>();
    for (LoggedRecord r : records) {
      byPartition.computeIfAbsent(r.topic() + "-" + r.partition(), k -> new ArrayList<>()).add(r);
    }
    Comparator<LoggedRecord> order = Comparator.comparing(LoggedRecord::timestamp).thenComparing(LoggedRecord::topic)
        .thenComparingInt(LoggedRecord::partition).thenComparingLong(LoggedRecord::offset);
    PriorityQueue<Cursor> heads = new PriorityQueue<>(Comparator.comparing(Cursor::head, order));
    for (List<LoggedRecord> partition : byPartition.values()) {
      partition.sort(Comparator.comparingLong(LoggedRecord::offset));
      heads.add(new Cursor(partition, 0));
    }
    List<LoggedRecord> merged = new ArrayList<>(records.size());
    while (!heads.isEmpty()) {
      Cursor c = heads.poll();
      merged.add(c.head());
      if (c.index() + 1 < c.records().size()) {
        heads.add(new Cursor(c.records(), c.index() + 1));
      }
    }
    return merged;
  }

  private record Cursor(List<LoggedRecord> records, int index) {
    LoggedRecord head() {
      return records.get(index);
    }
  }

  /**
   * @param records how many records of the streams the log held
   * @param events those that decoded, in log order
   */
  public record Read(int records, List<LoggedEvent> events, List<Undecodable> undecodable) {}
}
