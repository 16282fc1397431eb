package org.saphan.platform.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The project's Kafka client settings, in one place. They favour never losing an event
 * (idempotent producer, acks=all, manual commits) and low cross-border latency ({@code linger.ms=0},
 * measured to take the MirrorMaker 2 hop from p50 ~10 ms to ~2 ms).
 */
public final class KafkaDefaults {

  /**
   * How often a pattern subscription looks for new topics. Mirrored topics appear on a node when
   * MirrorMaker 2 first sees a peer's topic, so consumers must notice them quickly.
   */
  public static final int METADATA_MAX_AGE_MS = 2_000;

  private KafkaDefaults() {}

  /** An admin client's settings: where the cluster is and how to sign in to it. */
  public static Map<String, Object> admin(KafkaAccess access) {
    return new HashMap<>(access.clientConfig());
  }

  /** String keys (the aggregate id), byte values (Avro single-object encoded events). */
  public static Map<String, Object> producer(KafkaAccess access, String clientId) {
    Map<String, Object> config = admin(access);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return config;
  }

  /** Reads committed data from the beginning of the log; commits only after processing. */
  public static Map<String, Object> consumer(KafkaAccess access, String groupId) {
    Map<String, Object> config = reader(access);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    return config;
  }

  /**
   * A consumer in no group, for partitions it assigns itself and positions it never commits (reading
   * a log to its end): it needs no consumer-group ACL.
   */
  public static Map<String, Object> reader(KafkaAccess access) {
    Map<String, Object> config = admin(access);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, METADATA_MAX_AGE_MS);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return config;
  }
}
