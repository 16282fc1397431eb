package org.saphan.sandbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.saphan.platform.node.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the same step for every node at once. Starting and stopping Kafka clusters and MirrorMaker
 * 2 is mostly waiting (for disks, sockets, group joins), so nodes overlap well even on two cores.
 */
final class PerNode {

  private static final Logger log = LoggerFactory.getLogger(PerNode.class);

  private PerNode() {}

  /**
   * Runs {@code step} for each node in parallel and waits for all of them.
   *
   * @param what the step, for error messages, e.g. "start the Kafka cluster"
   * @throws IllegalStateException naming the first node whose step failed, after all have ended
   */
  static void inParallel(Collection<NodeId> nodes, String what, Consumer<NodeId> step) {
    List<Throwable> failures = run(nodes, what, step);
    if (!failures.isEmpty()) {
      Throwable first = failures.get(0);
      IllegalStateException failure = new IllegalStateException(first.getMessage(), first.getCause());
      failures.stream().skip(1).forEach(failure::addSuppressed);
      throw failure;
    }
  }

  /** Like {@link #inParallel} but only logs failures: for stopping, which must reach every node. */
  static void inParallelQuietly(Collection<NodeId> nodes, String what, Consumer<NodeId> step) {
    run(nodes, what, step).forEach(failure -> log.warn(failure.getMessage(), failure.getCause()));
  }

  private static List<Throwable> run(Collection<NodeId> nodes, String what, Consumer<NodeId> step) {
    if (nodes.isEmpty()) {
      return List.of();
    }
    AtomicInteger threads = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(nodes.size(), task -> {
      Thread thread = new Thread(task, "sandbox-" + what.replace(' ', '-') + "-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<NodeId> order = new ArrayList<>(nodes);
      List<Future<?>> futures = order.stream().<Future<?>>map(node -> executor.submit(() -> step.accept(node))).toList();
      List<Throwable> failures = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          futures.get(i).get();
        } catch (ExecutionException e) {
          failures.add(new IllegalStateException("cannot " + what + " of node " + order.get(i) + ": " + e.getCause().getMessage(), e.getCause()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failures.add(new IllegalStateException("interrupted while waiting to " + what + " of node " + order.get(i), e));
        }
      }
      return failures;
    } finally {
      executor.shutdownNow();
    }
  }
}
