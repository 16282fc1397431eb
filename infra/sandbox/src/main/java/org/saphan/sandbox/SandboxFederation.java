package org.saphan.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.saphan.mirror.FlowSecrets;
import org.saphan.mirror.MirrorFlow;
import org.saphan.mirror.MirrorFlows;
import org.saphan.mirror.NodeAclCommands;
import org.saphan.mirror.NodeMirror;
import org.saphan.platform.kafka.KafkaAccess;
import org.saphan.platform.kafka.KafkaDefaults;
import org.saphan.platform.kafka.NodeAcls;
import org.saphan.platform.kafka.TopicProvisioner;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real federation in one JVM, for tests, demos and benchmarks: one single-broker KRaft Kafka
 * cluster per node of the registry, each node's outbound topics, and MirrorMaker 2 (dedicated
 * mode, one process per node driving the flows into that node, as in production) between them.
 *
 * <p>Secured as production is: every cluster authenticates its clients (SASL/SCRAM-SHA-512) and
 * refuses whatever the ACLs of {@link NodeAcls} do not allow; each node's services and each flow
 * sign in as their own principal with a password made for this run. Clients of the federation
 * take a {@link KafkaAccess}: {@link #access} is the node's services', {@link #accessAs} any
 * principal's, {@link #administratorAccess} the cluster's super user's.
 *
 * <pre>
 * try (SandboxFederation federation = SandboxFederation.start(NodeRegistry.defaults())) {
 *   KafkaAccess thCei = federation.access(NodeId.of("th-cei"));
 *   ...
 * }
 * </pre>
 *
 * {@link #start} returns once MirrorMaker 2 has created every mirrored topic on every node, so
 * every flow is running.
 */
public final class SandboxFederation implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SandboxFederation.class);
  private static final Duration ADMIN_CLOSE_TIMEOUT = Duration.ofSeconds(5);

  private final NodeRegistry registry;
  private final SandboxSettings settings;
  private final Map<NodeId, EmbeddedNodeCluster> clusters = new ConcurrentHashMap<>();
  private final Map<NodeId, NodeMirror> mirrors = new ConcurrentHashMap<>();
  private final Map<NodeId, Admin> admins = new ConcurrentHashMap<>();
  private final Map<NodeId, Map<String, String>> passwords = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private FlowSecrets flowSecrets;
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
    PerNode.inParallel(registry.ids(), "create the users and ACLs", node -> passwords.put(node,
        ClusterPrincipals.provision(admin(node), NodeAclCommands.aclsOf(registry, node), settings.mirrorsReadyTimeout())));
    long brokersStarted = System.nanoTime();

    for (NodeId node : registry.ids()) {
      TopicProvisioner.provision(admin(node), node, registry, settings.topics());
    }
    long topicsCreated = System.nanoTime();

    mirrorConfig = MirrorFlows.withFlowPrincipals(MirrorFlows.dedicatedModeConfig(registry, bootstrapServersByNode(), settings.mirror()),
        registry, Map.of(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SecurityProtocol.SASL_PLAINTEXT.name,
            SaslConfigs.SASL_MECHANISM, KafkaAccess.SCRAM_MECHANISM), flowSecrets = writeFlowSecrets());
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

  /** Each node's MirrorMaker 2 secrets: the passwords of the flows into it, on their source and on the node. */
  private FlowSecrets writeFlowSecrets() {
    FlowSecrets secrets;
    try {
      secrets = new FlowSecrets(Files.createTempDirectory("saphan-mm2-secrets-"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a directory for MirrorMaker 2's secrets", e);
    }
    for (NodeId target : registry.ids()) {
      Map<String, String> flowPasswords = new LinkedHashMap<>();
      for (MirrorFlow flow : MirrorFlows.flowsInto(registry, target)) {
        String user = NodeAcls.flowUser(flow.source(), flow.target());
        flowPasswords.put(FlowSecrets.sourceKey(flow), passwords.get(flow.source()).get(user));
        flowPasswords.put(FlowSecrets.targetKey(flow), passwords.get(flow.target()).get(user));
      }
      secrets.write(target, flowPasswords);
    }
    return secrets;
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
    return running(node).bootstrapServers();
  }

  private EmbeddedNodeCluster running(NodeId node) {
    EmbeddedNodeCluster cluster = clusters.get(registry.require(node).id());
    if (cluster == null || closed.get()) {
      throw new IllegalStateException("the sandbox cluster of node " + node + " is not running");
    }
    return cluster;
  }

  /** How {@code node}'s services sign in to its cluster (its user {@link NodeAcls#servicesUser}). */
  public KafkaAccess access(NodeId node) {
    return accessAs(node, NodeAcls.servicesUser(node));
  }

  /**
   * How {@code user} signs in to {@code node}'s cluster: one of the users of the cluster's
   * {@link NodeAcls}, e.g. a flow's {@code mm2-th-cei-to-la-hxy}.
   *
   * @throws IllegalArgumentException if the cluster has no such user
   */
  public KafkaAccess accessAs(NodeId node, String user) {
    return KafkaAccess.scram(bootstrapServers(node), SecurityProtocol.SASL_PLAINTEXT, user, passwordOf(node, user));
  }

  /**
   * The password of {@code user} on {@code node}'s cluster, made for this run: what a deployment
   * gives an application from its secret store (e.g. as {@code saphan.kafka.password}).
   *
   * @throws IllegalArgumentException if the cluster has no such user
   */
  public String passwordOf(NodeId node, String user) {
    String password = passwords.getOrDefault(registry.require(node).id(), Map.of()).get(user);
    if (password == null) {
      throw new IllegalArgumentException("node " + node + "'s cluster has no user " + user);
    }
    return password;
  }

  /**
   * The super user of {@code node}'s cluster, who may do anything on it: for the sandbox's own set-up
   * and for tests that play someone with full access to a cluster (an operator gone wrong, a thief).
   */
  public KafkaAccess administratorAccess(NodeId node) {
    return running(node).administrator();
  }

  /**
   * An admin client of {@code node}'s cluster, as its {@linkplain #administratorAccess administrator};
   * shared and closed with the federation: do not close it.
   */
  public Admin admin(NodeId node) {
    KafkaAccess administrator = administratorAccess(node);
    return admins.computeIfAbsent(node, n -> Admin.create(KafkaDefaults.admin(administrator)));
  }

  /**
   * The MirrorMaker 2 configuration the federation runs, e.g. to print or to render as a file. It
   * holds no password: those are in each node's {@link #flowSecrets() secrets file}.
   */
  public Map<String, String> mirrorConfig() {
    return Map.copyOf(mirrorConfig);
  }

  /** Where each node's MirrorMaker 2 finds its flows' passwords. */
  public FlowSecrets flowSecrets() {
    return flowSecrets;
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

  /**
   * Cuts the link between {@code a} and {@code b}: the flows {@code a->b} and {@code b->a} stop,
   * every other flow goes on. What each sends the other waits in its own cluster until
   * {@link #restoreLink}. Does nothing to a flow already stopped.
   */
  public synchronized void cutLink(NodeId a, NodeId b) {
    forEachDirection(a, b, (source, target) -> mirrorInto(target).stopFlowFrom(source));
  }

  /** Restarts the flows {@code a->b} and {@code b->a}; copying resumes where it stopped. */
  public synchronized void restoreLink(NodeId a, NodeId b) {
    forEachDirection(a, b, (source, target) -> mirrorInto(target).startFlowFrom(source));
  }

  /** Whether the flow {@code source->target} runs. */
  public synchronized boolean flowRuns(NodeId source, NodeId target) {
    NodeMirror mirror = mirrors.get(registry.require(target).id());
    return mirror != null && mirror.runningFlowsFrom().contains(registry.require(source).id());
  }

  private void forEachDirection(NodeId a, NodeId b, BiConsumer<NodeId, NodeId> flow) {
    NodeId first = registry.require(a).id();
    NodeId second = registry.require(b).id();
    if (first.equals(second)) {
      throw new IllegalArgumentException("a link joins two different nodes, got " + a + " twice");
    }
    flow.accept(first, second);
    flow.accept(second, first);
  }

  private NodeMirror mirrorInto(NodeId target) {
    NodeMirror mirror = mirrors.get(target);
    if (mirror == null || closed.get()) {
      throw new IllegalStateException("MirrorMaker 2 into " + target + " is not running (startFlowsInto first)");
    }
    return mirror;
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
    deleteFlowSecrets();
    log.info("Sandbox federation of {} stopped in {}", registry.ids(), StartupTimings.seconds(Duration.ofNanos(System.nanoTime() - started)));
  }

  private Map<NodeId, String> bootstrapServersByNode() {
    Map<NodeId, String> servers = new LinkedHashMap<>();
    registry.ids().forEach(node -> servers.put(node, bootstrapServers(node)));
    return servers;
  }

  private void deleteFlowSecrets() {
    if (flowSecrets == null) {
      return;
    }
    try {
      for (NodeId node : registry.ids()) {
        Files.deleteIfExists(flowSecrets.fileOf(node));
      }
      Files.deleteIfExists(flowSecrets.directory());
    } catch (IOException e) {
      log.warn("cannot delete MirrorMaker 2's secrets in {}", flowSecrets.directory(), e);
    }
  }

  @Override
  public String toString() {
    return "SandboxFederation" + registry.ids() + (closed.get() ? " (closed)" : "");
  }
}
