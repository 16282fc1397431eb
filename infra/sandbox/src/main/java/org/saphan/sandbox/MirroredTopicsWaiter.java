package org.saphan.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.saphan.platform.node.NodeId;

/**
 * Waits until MirrorMaker 2 has created every expected mirrored topic on every node. MirrorMaker 2
 * creates a copy before it starts copying into it, so once they all exist every flow is running.
 */
final class MirroredTopicsWaiter {

  private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
  private static final Duration LIST_TIMEOUT = Duration.ofSeconds(5);

  private MirroredTopicsWaiter() {}

  /**
   * @param expected per node, the mirrored topics that must exist on it
   * @throws IllegalStateException naming every topic still missing when {@code timeout} has passed
   */
  static void await(Map<NodeId, Set<String>> expected, Function<NodeId, Admin> admins, Duration timeout) {
    Map<NodeId, Set<String>> missing = new TreeMap<>();
    expected.forEach((node, topics) -> missing.put(node, new TreeSet<>(topics)));
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      missing.forEach((node, topics) -> topics.removeAll(topicsOn(node, admins.apply(node))));
      missing.values().removeIf(Set::isEmpty);
      if (missing.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(describe(missing, timeout));
      }
      sleep(POLL_INTERVAL);
    }
  }

  private static Set<String> topicsOn(NodeId node, Admin admin) {
    try {
      return admin.listTopics().names().get(LIST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot list the topics of node " + node + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while listing the topics of node " + node, e);
    }
  }

  /** E.g. "MirrorMaker 2 did not create th-cei.bcc.mm-tcl.alert.v1 on mm-tcl within 60 s". */
  static String describe(Map<NodeId, Set<String>> missing, Duration timeout) {
    String within = " within " + timeout.toSeconds() + " s";
    int count = missing.values().stream().mapToInt(Set::size).sum();
    if (count == 1) {
      Map.Entry<NodeId, Set<String>> only = missing.entrySet().iterator().next();
      return "MirrorMaker 2 did not create " + only.getValue().iterator().next() + " on " + only.getKey() + within;
    }
    return "MirrorMaker 2 did not create " + count + " mirrored topics" + within + ": "
        + missing.entrySet().stream()
            .map(e -> "on " + e.getKey() + " " + String.join(", ", e.getValue()))
            .collect(Collectors.joining("; "));
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for MirrorMaker 2 to create the mirrored topics", e);
    }
  }
}
