package org.saphan.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.saphan.platform.chain.ChainLink;
import org.saphan.platform.chain.ChainedRecord;
import org.saphan.platform.chain.Lane;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.topic.Topics;

/**
 * The hash-chain headers every published record carries: {@code saphan_chain_seq} (decimal),
 * {@code saphan_chain_prev} and {@code saphan_chain_link} (hex). The lane is not a header: it is the
 * topic's origin (the node it was mirrored from, or the cluster's own node) and audience.
 */
public final class ChainHeaders {

  public static final String SEQUENCE = "saphan_chain_seq";
  public static final String PREVIOUS = "saphan_chain_prev";
  public static final String LINK = "saphan_chain_link";

  private ChainHeaders() {}

  public static void write(Headers headers, ChainLink link) {
    put(headers, SEQUENCE, Long.toString(link.sequence()));
    put(headers, PREVIOUS, link.previousLinkHex());
    put(headers, LINK, link.linkHex());
  }

  /** The record's sequence, or empty if it carries none (written before chains, or not by a publisher). */
  public static Optional<Long> sequence(Headers headers) {
    return HeaderText.last(headers, SEQUENCE).flatMap(ChainHeaders::parseSequence);
  }

  /**
   * The record as a verifier sees it, read on the cluster of node {@code clusterNode}; empty if it
   * is not on a Saphan topic or carries no complete, readable chain headers.
   */
  public static Optional<ChainedRecord> chainedRecord(ConsumerRecord<?, byte[]> record, NodeId clusterNode) {
    Optional<Topics.TopicName> topic = Topics.parse(record.topic());
    Optional<Long> sequence = sequence(record.headers());
    Optional<String> previous = HeaderText.last(record.headers(), PREVIOUS);
    Optional<String> link = HeaderText.last(record.headers(), LINK);
    if (topic.isEmpty() || sequence.isEmpty() || previous.isEmpty() || link.isEmpty()) {
      return Optional.empty();
    }
    Lane lane = new Lane(topic.get().mirroredFrom().orElse(clusterNode).value(), topic.get().audience().token());
    byte[] value = record.value() == null ? new byte[0] : record.value();
    return Optional.of(ChainedRecord.of(lane, sequence.get(), previous.get(), link.get(), value, where(record)));
  }

  /** {@code topic-partition@offset}. */
  public static String where(ConsumerRecord<?, ?> record) {
    return record.topic() + "-" + record.partition() + "@" + record.offset();
  }

  private static Optional<Long> parseSequence(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }


  private static void put(Headers headers, String key, String value) {
    headers.remove(key);
    headers.add(key, value.getBytes(StandardCharsets.UTF_8));
  }
}
