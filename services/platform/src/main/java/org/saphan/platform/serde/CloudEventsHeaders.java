package org.saphan.platform.serde;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.saphan.platform.envelope.EnvelopeView;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: the envelope mirrored into {@code ce_*}
 * headers so generic tools can route Saphan events without decoding Avro. The envelope inside the
 * Avro record stays the source of truth.
 */
public final class CloudEventsHeaders {

  public static final String SPEC_VERSION = "ce_specversion";
  public static final String ID = "ce_id";
  public static final String SOURCE = "ce_source";
  public static final String TYPE = "ce_type";
  public static final String TIME = "ce_time";
  public static final String SUBJECT = "ce_subject";
  public static final String DATA_SCHEMA = "ce_dataschema";
  public static final String CONTENT_TYPE = "content-type";
  /** Avro single-object encoding; the schema is named by the fingerprint in the first bytes. */
  public static final String AVRO_SINGLE_OBJECT = "application/vnd.apache.avro+binary; encoding=single-object";

  private CloudEventsHeaders() {}

  public static void write(Headers headers, EnvelopeView envelope) {
    put(headers, SPEC_VERSION, "1.0");
    put(headers, ID, envelope.eventId());
    put(headers, SOURCE, source(envelope.origin()));
    put(headers, TYPE, envelope.eventType());
    put(headers, TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(envelope.occurredLocally()));
    put(headers, SUBJECT, envelope.aggregateId());
    put(headers, DATA_SCHEMA, "urn:saphan:schema:" + envelope.eventType() + ":" + envelope.schemaVersion());
    put(headers, CONTENT_TYPE, AVRO_SINGLE_OBJECT);
  }

  /** The CloudEvents source of events originating at a node. */
  public static String source(String nodeId) {
    return "/saphan/nodes/" + nodeId;
  }

  /** The headers as text, last value per key. */
  public static Map<String, String> read(Headers headers) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Header header : headers) {
      if (header.key().startsWith("ce_") || header.key().equals(CONTENT_TYPE)) {
        values.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static void put(Headers headers, String key, String value) {
    headers.remove(key);
    headers.add(key, value.getBytes(StandardCharsets.UTF_8));
  }
}
