package org.saphan.platform.kafka;

import java.time.Duration;
import java.util.List;
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
   * Every record of the selected streams on {@code node}'s cluster that the selection includes, in
   * log order per topic partition; a record that does not decode is included with the reason.
   */
  public static List<ExportedEvent> export(String node, String bootstrapServers, ExportSelection selection, EventCodec codec, Duration timeout) {
    List<Stream> streams = selection.streams().stream().map(Stream::fromId).toList();
    return NodeLog.read(bootstrapServers, streams, timeout).stream()
        .map(record -> exported(node, record, codec))
        .filter(selection::includes)
        .toList();
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
