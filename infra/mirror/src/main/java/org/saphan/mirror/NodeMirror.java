package org.saphan.mirror;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.connect.mirror.MirrorMaker;
import org.saphan.platform.node.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MirrorMaker 2 in dedicated mode, driving only the flows <em>into</em> one node: it reads the
 * topics addressed to that node from each peer's cluster and writes the copies into the node's own
 * cluster. Production runs one such process per node, next to the node's cluster, so each country
 * operates the mirroring that delivers to it.
 *
 * <p>Starting returns quickly: the flows then start in the background and create the mirrored
 * topics on the target within a few seconds (wait for those topics to know the flows run).
 */
public final class NodeMirror implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(NodeMirror.class);

  private final NodeId target;
  private final Map<String, String> config;
  private final Map<NodeId, MirrorMaker> running = new LinkedHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  private NodeMirror(NodeId target, Map<String, String> config) {
    this.target = target;
    this.config = Map.copyOf(config);
  }

  /**
   * Starts the flows into {@code target}, each in its own MirrorMaker 2 instance
   * ({@link MirrorFlows#configOfFlow}: each flow signs in to the target as its own principal).
   *
   * @param config the federation's configuration from {@link MirrorFlows#dedicatedModeConfig}
   *     (and {@link MirrorFlows#withFlowPrincipals} for secured clusters)
   */
  public static NodeMirror start(Map<String, String> config, NodeId target) {
    requireCluster(config, target);
    List<MirrorFlow> into = MirrorFlows.enabledFlowsInto(config, target);
    if (into.isEmpty()) {
      throw new IllegalArgumentException("no flow into node " + target + " is enabled");
    }
    long started = System.nanoTime();
    NodeMirror mirror = new NodeMirror(target, config);
    try {
      into.forEach(flow -> mirror.startFlowFrom(flow.source()));
    } catch (RuntimeException e) {
      mirror.close();
      throw e;
    }
    log.info("MirrorMaker 2 for the {} flows into {} started in {} ms", into.size(), target, (System.nanoTime() - started) / 1_000_000);
    return mirror;
  }

  /** The node this mirror writes into. */
  public NodeId target() {
    return target;
  }

  public boolean isRunning() {
    return !closed.get();
  }

  /** The peers whose flows into {@link #target} run. */
  public synchronized Set<NodeId> runningFlowsFrom() {
    return Set.copyOf(running.keySet());
  }

  /**
   * Stops the flow from {@code source}, as if the link from that peer were down: nothing more of
   * its reaches the target until {@link #startFlowFrom}; the other flows go on. Does nothing if it
   * is not running.
   */
  public synchronized void stopFlowFrom(NodeId source) {
    MirrorMaker flow = running.remove(source);
    if (flow != null) {
      flow.stop();
      flow.awaitStop();
    }
  }

  /**
   * Starts the flow from {@code source} (again). Copying resumes from where it stopped (what was
   * copied just before a stop may be copied twice). Does nothing if it runs.
   *
   * @throws IllegalArgumentException if the configuration has no such flow
   */
  public synchronized void startFlowFrom(NodeId source) {
    if (closed.get()) {
      throw new IllegalStateException(this + " is closed");
    }
    if (running.containsKey(source)) {
      return;
    }
    MirrorFlow flow = MirrorFlows.enabledFlowsInto(config, target).stream().filter(f -> f.source().equals(source)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no flow from " + source + " into " + target + " is configured"));
    // MirrorMaker 2 replaces the calling thread's context class loader with its plugin class
    // loader (the threads it starts inherit it). Give the caller's thread its own loader back.
    Thread thread = Thread.currentThread();
    ClassLoader callersLoader = thread.getContextClassLoader();
    MirrorMaker mirrorMaker = null;
    try {
      // Only the flows whose target is in this list get a Connect worker in this instance.
      mirrorMaker = new MirrorMaker(MirrorFlows.configOfFlow(config, flow), List.of(target.value()));
      mirrorMaker.start();
      running.put(source, mirrorMaker);
    } catch (RuntimeException e) {
      if (mirrorMaker != null) {
        mirrorMaker.stop();
      }
      throw new IllegalStateException("MirrorMaker 2 for the flow " + flow.name() + " did not start: " + e.getMessage(), e);
    } finally {
      thread.setContextClassLoader(callersLoader);
    }
  }

  /**
   * Stops the flows and waits until they have stopped. What was copied but not yet recorded as
   * copied is copied again on the next start (at-least-once). Safe to call more than once.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      long started = System.nanoTime();
      synchronized (this) {
        running.values().forEach(MirrorMaker::stop);
        running.values().forEach(MirrorMaker::awaitStop);
        running.clear();
      }
      log.info("MirrorMaker 2 for the flows into {} stopped in {} ms", target, (System.nanoTime() - started) / 1_000_000);
    }
  }

  private static void requireCluster(Map<String, String> config, NodeId target) {
    String clusters = config.getOrDefault("clusters", "");
    boolean known = Arrays.stream(clusters.split(",")).map(String::trim).anyMatch(target.value()::equals);
    if (!known) {
      throw new IllegalArgumentException("node " + target + " is not among the MirrorMaker 2 clusters [" + clusters + "]");
    }
  }

  @Override
  public String toString() {
    return "NodeMirror[into " + target + (isRunning() ? "" : ", stopped") + "]";
  }
}
