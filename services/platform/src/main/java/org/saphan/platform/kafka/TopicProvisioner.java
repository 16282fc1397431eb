package org.saphan.platform.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.topic.Stream;
import org.saphan.platform.topic.Topics;

/**
 * Creates a node's outbound topics before anything is written, so MirrorMaker 2 sees them from its
 * first topic scan and consumers' pattern subscriptions find them. Safe to run again.
 */
public final class TopicProvisioner {

  private TopicProvisioner() {}

  /** Creates every outbound topic of {@code node} that does not exist yet; returns those it created. */
  public static List<String> provision(Admin admin, NodeId node, NodeRegistry registry, TopicSettings settings) {
    Set<String> existing = existingTopics(admin);
    List<NewTopic> missing = new ArrayList<>();
    for (String topic : Topics.outboundTopicsOf(node, registry)) {
      if (!existing.contains(topic)) {
        missing.add(newTopic(topic, settings));
      }
    }
    create(admin, missing);
    return missing.stream().map(NewTopic::name).toList();
  }

  /** Creates one topic (e.g. a dead-letter topic) if it does not exist. */
  public static void ensure(Admin admin, String topic, TopicSettings settings) {
    if (!existingTopics(admin).contains(topic)) {
      create(admin, List.of(newTopic(topic, settings)));
    }
  }

  private static NewTopic newTopic(String topic, TopicSettings settings) {
    NewTopic newTopic = new NewTopic(topic, settings.partitions(), settings.replicationFactor());
    boolean schemaStream = Topics.parse(topic).map(t -> t.stream() == Stream.SCHEMA).orElse(false);
    // Writer schemas are keyed by fingerprint: keeping the latest record per key keeps every schema.
    return schemaStream ? newTopic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)) : newTopic;
  }

  private static Set<String> existingTopics(Admin admin) {
    try {
      return admin.listTopics().names().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while listing topics", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e.getCause());
    }
  }

  private static void create(Admin admin, List<NewTopic> topics) {
    if (topics.isEmpty()) {
      return;
    }
    admin.createTopics(topics).values().forEach((name, future) -> {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while creating " + name, e);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause().getMessage(), e.getCause());
        }
      }
    });
  }
}
