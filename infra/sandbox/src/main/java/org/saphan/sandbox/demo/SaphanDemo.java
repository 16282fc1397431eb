package org.saphan.sandbox.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.kafka.PlatformSettings;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.topic.Stream;
import org.saphan.sandbox.SandboxFederation;
import org.saphan.sandbox.inspect.ClusterScan;
import org.saphan.schema.alert.AlertIssued;

/**
 * The quickstart: a three-node federation in one process (one Kafka cluster per border centre,
 * MirrorMaker 2 between them). Chiang Rai sends two alerts built from the seed texts: one to every
 * centre, one to Tachileik only. Each centre prints what it received, in its own language; then
 * every topic on Houayxay is read to show the Tachileik-only alert never reached it.
 */
public final class SaphanDemo {

  private static final NodeId CHIANG_RAI = NodeId.of("th-cei");
  private static final NodeId TACHILEIK = NodeId.of("mm-tcl");
  private static final NodeId HOUAYXAY = NodeId.of("la-hxy");
  private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(60);

  private final PrintStream out;

  SaphanDemo(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int status;
    try {
      new SaphanDemo(out).run();
      status = 0;
    } catch (RuntimeException e) {
      out.println("DEMO FAILED: " + e.getMessage());
      status = 1;
    }
    // MirrorMaker 2 and Kafka leave non-daemon threads behind; the demo is over either way.
    System.exit(status);
  }

  void run() {
    NodeRegistry registry = NodeRegistry.defaults();
    out.println("Saphan demo: starting " + registry.nodes().size() + " border centres, each with its own Kafka cluster, and MirrorMaker 2 between them");
    long start = System.nanoTime();
    try (SandboxFederation federation = SandboxFederation.start(registry)) {
      out.printf("federation up in %d ms (%s)%n", millisSince(start), federation.startupTimings());
      Map<NodeId, PlatformNode> nodes = new LinkedHashMap<>();
      Map<NodeId, AlertInbox> inboxes = new LinkedHashMap<>();
      try {
        for (Node node : registry.nodes()) {
          PlatformNode platform = PlatformNode.start(registry, node.id(), federation.bootstrapServers(node.id()), PlatformSettings.sandbox());
          nodes.put(node.id(), platform);
          AlertInbox inbox = new AlertInbox(node, text -> out.println(text + "\n"));
          inboxes.put(node.id(), inbox);
          platform.subscribe(Stream.ALERT, "alert-inbox", inbox);
        }
        exchangeAlerts(federation, nodes.get(CHIANG_RAI), inboxes);
      } finally {
        nodes.values().forEach(PlatformNode::close);
      }
    }
    out.printf("demo finished in %d ms%n", millisSince(start));
  }

  private void exchangeAlerts(SandboxFederation federation, PlatformNode chiangRai, Map<NodeId, AlertInbox> inboxes) {
    AlertIssued victims = SeedScenario.victimsFoundAlert(chiangRai.envelopes(), "TH-CEI-2019-0924-02");
    AlertIssued crossing = SeedScenario.crossingAlert(chiangRai.envelopes(), "TH-CEI-2019-0924-01", List.of("all"));
    String victimsId = victims.getEnvelope().getEventId();
    String crossingId = crossing.getEnvelope().getEventId();

    out.println("th-cei sends " + victims.getIdentifier() + " to mm-tcl only, then " + crossing.getIdentifier() + " to all\n");
    long sent = System.nanoTime();
    chiangRai.publisher().publish(victims, victims.getAddresses());
    chiangRai.publisher().publish(crossing, crossing.getAddresses());

    long firstDelivery = awaitMillis(sent, () -> inboxes.get(TACHILEIK).contains(victimsId), "mm-tcl to receive " + victims.getIdentifier());
    awaitMillis(sent, () -> inboxes.get(TACHILEIK).contains(crossingId), "mm-tcl to receive " + crossing.getIdentifier());
    long laoDelivery = awaitMillis(sent, () -> inboxes.get(HOUAYXAY).contains(crossingId), "la-hxy to receive " + crossing.getIdentifier());
    out.printf("first cross-border delivery (th-cei -> mm-tcl, through MirrorMaker 2): %d ms after sending; la-hxy had the alert to all after %d ms%n",
        firstDelivery, laoDelivery);

    ClusterScan.Result scan = ClusterScan.find(federation.bootstrapServers(HOUAYXAY), victimsId);
    if (!scan.hits().isEmpty() || inboxes.get(HOUAYXAY).contains(victimsId)) {
      throw new IllegalStateException("the alert addressed to mm-tcl only reached la-hxy: " + scan.hits());
    }
    out.printf("la-hxy: read all %d records of all %d topics; the alert addressed to mm-tcl only is on none of them%n", scan.records(),
        scan.topics());
    inboxes.values().forEach(inbox -> out.printf("%s %-10s received %d alert(s) from peers, holds %d of its own%n", inbox.node().id(),
        inbox.node().name(), inbox.all().stream().filter(e -> e.mirroredFrom().isPresent()).count(),
        inbox.all().stream().filter(e -> e.mirroredFrom().isEmpty()).count()));
  }

  private static long awaitMillis(long sentNanos, BooleanSupplier arrived, String what) {
    long deadline = sentNanos + DELIVERY_TIMEOUT.toNanos();
    while (!arrived.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out after " + DELIVERY_TIMEOUT.toSeconds() + " s waiting for " + what);
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + what, e);
      }
    }
    return millisSince(sentNanos);
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
