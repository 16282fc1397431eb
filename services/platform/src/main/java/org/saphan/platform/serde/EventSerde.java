package org.saphan.platform.serde;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.saphan.platform.envelope.EnvelopeView;

/**
 * Kafka {@link Serde} over {@link EventCodec}, for Kafka Streams and Spring Kafka. Serializing also
 * writes the CloudEvents headers; deserializing throws {@link UndecodableEventException}.
 */
public final class EventSerde implements Serde<GenericRecord> {

  private final EventCodec codec;

  public EventSerde(EventCodec codec) {
    this.codec = codec;
  }

  @Override
  public Serializer<GenericRecord> serializer() {
    return new Serializer<>() {
      @Override
      public byte[] serialize(String topic, GenericRecord event) {
        return event == null ? null : codec.encode(event);
      }

      @Override
      public byte[] serialize(String topic, Headers headers, GenericRecord event) {
        if (event == null) {
          return null;
        }
        CloudEventsHeaders.write(headers, EnvelopeView.of(event));
        return codec.encode(event);
      }
    };
  }

  @Override
  public Deserializer<GenericRecord> deserializer() {
    return (topic, bytes) -> bytes == null ? null : codec.decode(bytes);
  }
}
