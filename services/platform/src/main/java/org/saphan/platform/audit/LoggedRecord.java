package org.saphan.platform.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One record as it sits in a node's Kafka log: where it is on that node's cluster, its key, its
 * exact value bytes (what hashes and signatures cover) and its headers.
 */
public record LoggedRecord(String topic, int partition, long offset, Instant timestamp, String key, byte[] value,
    Map<String, String> headers) {

  public LoggedRecord {
    headers = Map.copyOf(headers);
  }

  /** {@code topic-partition@offset}: where to look. */
  public String where() {
    return topic + "-" + partition + "@" + offset;
  }
}
