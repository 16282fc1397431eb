package org.saphan.sandbox.inspect;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.saphan.platform.kafka.KafkaAccess;
import org.saphan.platform.kafka.KafkaDefaults;

/**
 * Reads every record of every topic on a cluster, internal topics included, and reports those whose
 * key, value or headers contain some bytes: how the sandbox proves that an event addressed to two
 * parties never reached a third.
 */
public final class ClusterScan {

  private ClusterScan() {}

  /** What a scan read, and where it found the needle. */
  public record Result(int topics, long records, List<String> hits) {}

  /** Scans the cluster as {@code kafka}'s principal, which must be allowed to read every topic (its administrator). */
  public static Result find(KafkaAccess kafka, String needle) {
    return find(kafka, needle.getBytes(StandardCharsets.UTF_8));
  }

  public static Result find(KafkaAccess kafka, byte[] needle) {
    try (Admin admin = Admin.create(KafkaDefaults.admin(kafka));
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(kafka))) {
      Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
      List<TopicPartition> partitions = new ArrayList<>();
      for (TopicDescription d : admin.describeTopics(topics).allTopicNames().get().values()) {
        d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
      end.entrySet().removeIf(e -> e.getValue() == 0);
      long records = 0;
      List<String> hits = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!end.isEmpty()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("scan of " + kafka.bootstrapServers() + " did not reach the end of " + end.keySet() + " within 30 s");
        }
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          records++;
          if (contains(r, needle)) {
            hits.add(r.topic() + "-" + r.partition() + "@" + r.offset());
          }
        }
        end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
      }
      return new Result(topics.size(), records, hits);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scanning " + kafka.bootstrapServers(), e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot scan " + kafka.bootstrapServers() + ": " + e.getCause().getMessage(), e.getCause());
    }
  }

  private static Map<String, Object> consumerConfig(KafkaAccess kafka) {
    Map<String, Object> config = KafkaDefaults.admin(kafka);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return config;
  }

  private static boolean contains(ConsumerRecord<byte[], byte[]> r, byte[] needle) {
    if (indexOf(r.key(), needle) >= 0 || indexOf(r.value(), needle) >= 0) {
      return true;
    }
    for (Header h : r.headers()) {
      if (indexOf(h.value(), needle) >= 0) {
        return true;
      }
    }
    return false;
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    if (haystack == null || needle.length == 0) {
      return -1;
    }
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
