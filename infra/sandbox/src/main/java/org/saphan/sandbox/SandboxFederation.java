package org.saphan.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.saphan.mirror.MirrorFlow;
import org.saphan.mirror.MirrorFlows;
import org.saphan.mirror.NodeMirror;
import org.saphan.platform.kafka.KafkaDefaults;
import org.saphan.platform.kafka.TopicProvisioner;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real federation in one JVM, for tests, demos and benchmarks: one single-broker KRaft Kafka
 * cluster per node of the registry, each node's outbound topics, and MirrorMaker 2 (dedicated
 * mode, one instance per node driving the flows into that node, as in production) between them.
 *
 * <pre>
 * try (SandboxFederation federation = SandboxFederation.start(NodeRegistry.defaults())) {
 *   String thCei = federation.bootstrapServers(NodeId.of("th-cei"));
 *   ...
 * }
 * </pre>
 *
 * {@link #start} returns once MirrorMaker 2 has created every mirrored topic on every node, so
 * every flow is running. While it runs, each node's bootstrap servers are also in the system
 * property {@code saphan.sandbox.<node>.bootstrap-servers}.
 */
public final class SandboxFederation implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SandboxFederation.class);
  private static final Duration ADMIN_CLOSE_TIMEOUT = Duration.ofSeconds(5);

  private final NodeRegistry registry;
  private final SandboxSettings settings;
  private final Map<NodeId, EmbeddedNodeCluster> clusters = new ConcurrentHashMap<>();
  private final Map<NodeId, NodeMirror> mirrors = new ConcurrentHashMap<>();
  private final Map<NodeId, Admin> admins = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final String springEmbeddedBrokersBefore = System.getProperty(EmbeddedNodeCluster.SPRING_EMBEDDED_BROKERS_PROPERTY);
  private Map<String, String> mirrorConfig;
  private StartupTimings startupTimings;

  private SandboxFederation(NodeRegistry registry, SandboxSettings settings) {
    this.registry = registry;
    this.settings = settings;
  }

  /** Starts a federation of the registry's nodes with {@link SandboxSettings#defaults()}. */
  public static SandboxFederation start(NodeRegistry registry) {
    return start(registry, SandboxSettings.defaults());
  }

  /**
   * Starts a federation of the registry's nodes and returns when every flow runs.
   *
   * @throws IllegalStateException if a cluster does not start, or MirrorMaker 2 does not create
   *     every mirrored topic in time (everything started so far is stopped again)
   */
  public static SandboxFederation start(NodeRegistry registry, SandboxSettings settings) {
    SandboxFederation federation = new SandboxFederation(registry, settings);
    try {
      federation.startEverything();
      return federation;
    } catch (RuntimeException | Error e) {
      federation.close();
      throw e;
    }
  }

  private void startEverything() {
    log.info("Starting sandbox federation of {}", registry.ids());
    long started = System.nanoTime();
    PerNode.inParallel(registry.ids(), "start the Kafka cluster", node -> clusters.put(node, EmbeddedNodeCluster.start(node)));
    restoreSpringEmbeddedBrokersProperty();
    long brokersStarted = System.nanoTime();

    for (NodeId node : registry.ids()) {
      TopicProvisioner.provision(admin(node), node, registry, settings.topics());
    }
    long topicsCreated = System.nanoTime();

    mirrorConfig = MirrorFlows.dedicatedModeConfig(registry, bootstrapServersByNode(), settings.mirror());
    PerNode.inParallel(registry.ids(), "start MirrorMaker 2", this::startMirror);
    Map<NodeId, Set<String>> expected = new LinkedHashMap<>();
    registry.ids().forEach(node -> expected.put(node, MirrorFlows.expectedMirroredTopics(registry, node)));
    MirroredTopicsWaiter.await(expected, this::admin, settings.mirrorsReadyTimeout());
    long mirrorsReady = System.nanoTime();

    startupTimings = new StartupTimings(
        Duration.ofNanos(brokersStarted - started),
        Duration.ofNanos(topicsCreated - brokersStarted),
        Duration.ofNanos(mirrorsReady - topicsCreated),
        Duration.ofNanos(mirrorsReady - started));
    log.info("Sandbox federation of {} ready: {} flows, {}", registry.ids(), MirrorFlows.flows(registry).size(), startupTimings);
  }

  private void startMirror(NodeId target) {
    mirrors.put(target, NodeMirror.start(mirrorConfig, target));
  }

  public NodeRegistry registry() {
    return registry;
  }

  /** The federation's nodes, ordered by id. */
  public List<Node> nodes() {
    return registry.nodes();
  }

  /** The Kafka bootstrap servers of {@code node}'s cluster, e.g. {@code localhost:41237}. */
  public String bootstrapServers(NodeId node) {
    EmbeddedNodeCluster cluster = clusters.get(registry.require(node).id());
    if (cluster == null || closed.get()) {
      throw new IllegalStateException("the sandbox cluster of node " + node + " is not running");
    }
    return cluster.bootstrapServers();
  }

  /** An admin client for {@code node}'s cluster, shared and closed with the federation: do not close it. */
  public Admin admin(NodeId node) {
    String bootstrapServers = bootstrapServers(node);
    return admins.computeIfAbsent(node, n -> Admin.create(KafkaDefaults.admin(bootstrapServers)));
  }

  /** The MirrorMaker 2 configuration the federation runs, e.g. to print or to render as a file. */
  public Map<String, String> mirrorConfig() {
    return Map.copyOf(mirrorConfig);
  }

  public List<MirrorFlow> flows() {
    return MirrorFlows.flows(registry);
  }

  public StartupTimings startupTimings() {
    return startupTimings;
  }

  /**
   * Stops MirrorMaker 2 for the flows into {@code target}, as if the link to that node were down:
   * nothing reaches it from its peers until {@link #startFlowsInto}. Does nothing if already stopped.
   */
  public synchronized void stopFlowsInto(NodeId target) {
    registry.require(target);
    NodeMirror mirror = mirrors.remove(target);
    if (mirror != null) {
      mirror.close();
    }
  }

  /**
   * Starts MirrorMaker 2 for the flows into {@code target} again. Copying resumes a few seconds
   * later from where it stopped (what was copied just before the stop may be copied twice).
   * Does nothing if the flows already run.
   */
  public synchronized void startFlowsInto(NodeId target) {
    registry.require(target);
    if (closed.get()) {
      throw new IllegalStateException("the sandbox federation is closed");
    }
    if (!mirrors.containsKey(target)) {
      startMirror(target);
    }
  }

  public boolean flowsIntoAreRunning(NodeId target) {
    return mirrors.containsKey(registry.require(target).id());
  }

  /**
   * Stops MirrorMaker 2 first (so it does not fail against stopped clusters), then the clusters,
   * deleting their data. Never throws; safe to call more than once.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    long started = System.nanoTime();
    synchronized (this) {
      PerNode.inParallelQuietly(List.copyOf(mirrors.keySet()), "stop MirrorMaker 2", node -> mirrors.remove(node).close());
    }
    admins.forEach((node, admin) -> {
      try {
        admin.close(ADMIN_CLOSE_TIMEOUT);
      } catch (RuntimeException e) {
        log.warn("cannot close the admin client of node {}", node, e);
      }
    });
    admins.clear();
    PerNode.inParallelQuietly(List.copyOf(clusters.keySet()), "stop the Kafka cluster", node -> clusters.remove(node).close());
    restoreSpringEmbeddedBrokersProperty();
    log.info("Sandbox federation of {} stopped in {}", registry.ids(), StartupTimings.seconds(Duration.ofNanos(System.nanoTime() - started)));
  }

  private Map<NodeId, String> bootstrapServersByNode() {
    Map<NodeId, String> servers = new LinkedHashMap<>();
    registry.ids().forEach(node -> servers.put(node, bootstrapServers(node)));
    return servers;
  }

  /** Each embedded broker sets this global property to its own address; put back what was there. */
  private void restoreSpringEmbeddedBrokersProperty() {
    if (springEmbeddedBrokersBefore == null) {
      System.clearProperty(EmbeddedNodeCluster.SPRING_EMBEDDED_BROKERS_PROPERTY);
    } else {
      System.setProperty(EmbeddedNodeCluster.SPRING_EMBEDDED_BROKERS_PROPERTY, springEmbeddedBrokersBefore);
    }
  }

  @Override
  public String toString() {
    return "SandboxFederation" + registry.ids() + (closed.get() ? " (closed)" : "");
  }
}
