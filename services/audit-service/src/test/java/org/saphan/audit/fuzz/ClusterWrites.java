package org.saphan.audit.fuzz;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.saphan.alerts.scenario.ServiceFederation;
import org.saphan.mirror.MirrorFlows;
import org.saphan.platform.node.NodeId;

/**
 * How many records every topic of every node's cluster holds (the sum of its partitions' end
 * offsets, dead-letter topics included): what any write moves. MirrorMaker 2's own bookkeeping on
 * a node (its workers' config, offset and status topics) is left out: it records the mirror's
 * progress, not a write of the node.
 */
public final class ClusterWrites {

  /** Records per topic, by node. */
  public record Counts(Map<String, Map<String, Long>> byNode) {
    /** What grew from {@code before} to this, beyond {@code allowed} (records per topic, by node), e.g. "th-cei bcc.mm-tcl.alert.v1 +1". */
    public List<String> growthSince(Counts before, Map<String, Map<String, Long>> allowed) {
      return byNode.entrySet().stream().flatMap(node -> node.getValue().entrySet().stream()
              .filter(topic -> topic.getValue() - before.of(node.getKey(), topic.getKey())
                  > allowed.getOrDefault(node.getKey(), Map.of()).getOrDefault(topic.getKey(), 0L))
              .map(topic -> node.getKey() + " " + topic.getKey() + " +" + (topic.getValue() - before.of(node.getKey(), topic.getKey()))))
          .toList();
    }

    private long of(String node, String topic) {
      return byNode.getOrDefault(node, Map.of()).getOrDefault(topic, 0L);
    }
  }

  private final Map<String, Admin> admins = new LinkedHashMap<>();
  private final Map<String, Set<String>> mirrorBookkeeping = new HashMap<>();
  private final Map<String, Map<Set<String>, List<TopicPartition>>> partitions = new ConcurrentHashMap<>();

  public ClusterWrites(ServiceFederation federation) {
    for (var node : federation.sandbox().nodes()) {
      String id = node.id().value();
      admins.put(id, federation.sandbox().admin(node.id()));
      mirrorBookkeeping.put(id, federation.sandbox().flows().stream().filter(flow -> flow.target().equals(NodeId.of(id)))
          .flatMap(flow -> MirrorFlows.workerResourcesOnTarget(federation.sandbox().mirrorConfig(), flow).internalTopics().stream())
          .collect(Collectors.toSet()));
    }
  }

  /** The counts of every node, read at once. */
  public Counts read() {
    Map<String, CompletableFuture<Map<String, Long>>> reads = new LinkedHashMap<>();
    admins.keySet().forEach(node -> reads.put(node, CompletableFuture.supplyAsync(() -> read(node))));
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    reads.forEach((node, read) -> counts.put(node, read.join()));
    return new Counts(counts);
  }

  /** The counts once nothing has moved on any node for {@code quiet}: every earlier write delivered, mirrored, answered. */
  public Counts awaitQuiet(Duration quiet, Duration atMost) {
    long deadline = System.nanoTime() + atMost.toNanos();
    Counts last = read();
    long quietSince = System.nanoTime();
    while (System.nanoTime() - quietSince < quiet.toNanos()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the federation did not come to rest within " + atMost + ": still moving " + read()
            .growthSince(last, Map.of()));
      }
      sleep(Duration.ofMillis(200));
      Counts now = read();
      if (!now.growthSince(last, Map.of()).isEmpty()) {
        quietSince = System.nanoTime();
      }
      last = now;
    }
    return last;
  }

  private Map<String, Long> read(String node) {
    Admin admin = admins.get(node);
    try {
      Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
          .filter(topic -> !mirrorBookkeeping.get(node).contains(topic)).collect(Collectors.toSet());
      List<TopicPartition> all = partitions.computeIfAbsent(node, n -> new ConcurrentHashMap<>()).get(topics);
      if (all == null) {
        all = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values().stream()
            .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition()))).toList();
        partitions.get(node).put(topics, all);
      }
      var ends = admin.listOffsets(all.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all()
          .get(10, TimeUnit.SECONDS);
      Map<String, Long> records = new TreeMap<>();
      ends.forEach((partition, end) -> records.merge(partition.topic(), end.offset(), Long::sum));
      return records;
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read the end offsets of " + node + "'s topics", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
