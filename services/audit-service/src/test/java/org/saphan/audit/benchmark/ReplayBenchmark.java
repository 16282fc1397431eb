package org.saphan.audit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.saphan.audit.history.AuditHistory;
import org.saphan.audit.history.NodeEvents;
import org.saphan.audit.history.ReadModels;
import org.saphan.audit.history.ReplayReport;
import org.saphan.platform.kafka.KafkaAccess;
import org.saphan.platform.kafka.KafkaDefaults;
import org.saphan.platform.kafka.NodeAcls;
import org.saphan.platform.kafka.NodeLog;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.kafka.PlatformSettings;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.topic.Stream;
import org.saphan.platform.topic.Topics;
import org.saphan.sandbox.SandboxFederation;
import org.saphan.sandbox.demo.SeedScenario;

/**
 * Replay rate of the alert view from a node's log, beside a raw Kafka consumer reading the same
 * topics in the same run. Not part of the default test run:
 * {@code ./mvnw -B -pl services/audit-service -am test -Dsaphan.excludedGroups=none -Dgroups=benchmark -Dtest=ReplayBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Prints one line per figure and writes them to {@code services/audit-service/target/benchmarks/replay.txt}.
 */
@Tag("benchmark")
class ReplayBenchmark {

  private static final int EVENTS = Integer.getInteger("replay.events", 20_000);
  private static final int WARMUP_ROUNDS = 1;
  private static final int ROUNDS = 5;
  private static final NodeId CHIANG_RAI = NodeId.of("th-cei");

  @Test
  void replayBesideARawConsumer() throws IOException {
    NodeRegistry registry = NodeRegistry.defaults();
    try (SandboxFederation federation = SandboxFederation.start(registry);
        PlatformNode node = PlatformNode.start(registry, CHIANG_RAI, federation.access(CHIANG_RAI), PlatformSettings.sandbox())) {
      KafkaAccess servers = federation.access(CHIANG_RAI);
      publish(node, EVENTS);
      List<Stream> streams = List.of(Stream.ALERT, Stream.RECEIPT);
      NodeEvents log = new NodeEvents(s -> NodeLog.readValues(servers, s, Duration.ofMinutes(2)), node.codec());
      AuditHistory history = new AuditHistory("th-cei", ReadModels.of(node.node(), registry), log, Clock.systemUTC());

      List<String> lines = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      List<Double> renderedRatios = new ArrayList<>();
      double bestReplay = 0;
      double bestRaw = 0;
      for (int round = 1 - WARMUP_ROUNDS; round <= ROUNDS; round++) {
        long start = System.nanoTime();
        long rawRecords = rawRead(servers, streams);
        double raw = rawRecords * 1e9 / (System.nanoTime() - start);
        ReplayReport replay = history.replay("alerts", Optional.empty());
        assertThat(replay.eventsRead()).isGreaterThanOrEqualTo(EVENTS);
        assertThat(replay.views()).hasSizeGreaterThanOrEqualTo(EVENTS);
        double replayRate = replay.eventsRead() * 1000.0 / Math.max(1, replay.millis());
        double rebuildRate = replay.rebuildEventsPerSecond();
        if (round < 1) {
          lines.add(String.format("warm-up: raw %.0f rec/s, rebuild %.0f ev/s, replay with rendering %.0f ev/s (not counted)", raw,
              rebuildRate, replayRate));
          continue;
        }
        lines.add(String.format("round %d: raw consumer %d records at %.0f rec/s; rebuild of the alert view (read, decode, apply) %d events"
            + " at %.0f ev/s, ratio %.0f %%; with the %d views rendered as JSON %.0f ev/s, ratio %.0f %%", round, rawRecords, raw,
            replay.eventsRead(), rebuildRate, 100 * rebuildRate / raw, replay.views().size(), replayRate, 100 * replayRate / raw));
        ratios.add(rebuildRate / raw);
        renderedRatios.add(replayRate / raw);
        bestRaw = Math.max(bestRaw, raw);
        bestReplay = Math.max(bestReplay, rebuildRate);
      }
      List<Double> sorted = ratios.stream().sorted().toList();
      List<Double> rendered = renderedRatios.stream().sorted().toList();
      lines.add(String.format("summary: %d alert events, %d rounds after %d warm-up; rebuild / raw median %.0f %% (min %.0f %%, max %.0f %%);"
          + " with views rendered median %.0f %%; best raw consumer %.0f rec/s, best rebuild %.0f ev/s (target: rebuild >= 70 %% of raw)",
          EVENTS, ROUNDS, WARMUP_ROUNDS, 100 * sorted.get(sorted.size() / 2), 100 * sorted.get(0), 100 * sorted.get(sorted.size() - 1),
          100 * rendered.get(rendered.size() / 2), bestRaw, bestReplay));
      lines.forEach(System.out::println);
      Path out = Path.of("target", "benchmarks", "replay.txt");
      Files.createDirectories(out.getParent());
      Files.write(out, lines);
    }
  }

  private static void publish(PlatformNode node, int count) {
    List<CompletableFuture<?>> pending = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      pending.add(node.publisher().publishAsync(SeedScenario.crossingAlert(node.envelopes(), "TH-CEI-BENCH-" + i, List.of("all")),
          List.of("all")));
      if (pending.size() == 500) {
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        pending.clear();
      }
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
  }

  /** The baseline: every record of the streams' topics on the cluster, from the start to the end, bytes touched. */
  private static long rawRead(KafkaAccess servers, List<Stream> streams) {
    Map<String, Object> config = KafkaDefaults.consumer(servers, NodeAcls.consumerGroupPrefix(CHIANG_RAI) + "bench-raw-" + System.nanoTime());
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions = new ArrayList<>();
      consumer.listTopics().forEach((topic, infos) -> {
        if (streams.stream().anyMatch(s -> Topics.streamPattern(s).matcher(topic).matches())) {
          infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
      });
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long records = 0;
      long bytes = 0;
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          records++;
          bytes += r.value().length;
        }
      }
      assertThat(bytes).isPositive();
      return records;
    }
  }
}
