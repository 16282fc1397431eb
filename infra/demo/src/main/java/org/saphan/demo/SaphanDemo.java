package org.saphan.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.platform.audit.ExportChains;
import org.saphan.platform.kafka.NodeLog;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.kafka.PublishedEvent;
import org.saphan.platform.topic.Stream;
import org.saphan.alerts.scenario.ServiceFederation;
import org.saphan.alerts.scenario.ServiceFederation.Response;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.sandbox.inspect.ClusterScan;
import tools.jackson.databind.JsonNode;

/**
 * The quickstart, on the morning of the 13th Myanmar–Thai Border Coordination Centre meeting
 * (24 September 2019): three border centres, each with its own Kafka cluster and alert service,
 * MirrorMaker 2 between them, all in one process, driven only through their REST APIs.
 */
public final class SaphanDemo {

  private static final String CHIANG_RAI = "th-cei";
  private static final String TACHILEIK = "mm-tcl";
  private static final String HOUAYXAY = "la-hxy";
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final PrintStream out;
  private final NodeRegistry registry = NodeRegistry.defaults();
  private ServiceFederation centres;

  private SaphanDemo(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int status = 0;
    try {
      new SaphanDemo(out).run();
    } catch (RuntimeException e) {
      out.println("DEMO FAILED: " + e);
      status = 1;
    }
    // MirrorMaker 2 and Kafka leave non-daemon threads behind; the demo is over either way.
    System.exit(status);
  }

  private void run() {
    long start = System.nanoTime();
    out.println("Saphan demo: starting Chiang Rai (th-cei), Tachileik (mm-tcl) and Houayxay (la-hxy), each with its own Kafka cluster"
        + " and alert service, MirrorMaker 2 between them");
    centres = ServiceFederation.start(Duration.ofSeconds(1), "--spring.profiles.active=demo");
    try {
      out.printf("up in %d ms: federation %s; REST at %s (th-cei), %s (mm-tcl), %s (la-hxy)%n", millisSince(start),
          centres.sandbox().startupTimings(), centres.baseUrl(CHIANG_RAI), centres.baseUrl(TACHILEIK), centres.baseUrl(HOUAYXAY));
      out.printf("each centre trusts its own identity provider (a key pair made for the demo): every call below signs in with a JWT"
          + " naming the officer, their centre and their role%n%n");
      story();
    } finally {
      centres.close();
    }
    out.printf("%ndemo finished in %d ms%n", millisSince(start));
  }

  private void story() {
    // 1. Chiang Rai sends two alerts (an exercise): one to Tachileik only, one to every centre.
    AlertDraft victims = DemoAlerts.victims("TH-CEI-2562-0924-02", "2019-09-24T09:00:00+07:00");
    AlertDraft crossing = DemoAlerts.crossing("TH-CEI-2562-0924-01", "2019-09-24T09:00:00+07:00");
    out.println("1. th-cei sends " + victims.identifier() + " to mm-tcl only, and " + crossing.identifier() + " to every centre");
    long sent = System.nanoTime();
    String victimsEventId = post(CHIANG_RAI, "/api/alerts", victims, "officer-cei-017").at("/current/eventId").asString();
    post(CHIANG_RAI, "/api/alerts", crossing, "officer-cei-017");
    JsonNode atTachileik = await(() -> centres.get(TACHILEIK, "/api/alerts/" + victims.identifier()), r -> r.status() == 200).json();
    long firstDelivery = millisSince(sent);
    await(() -> centres.get(HOUAYXAY, "/api/alerts/" + crossing.identifier()), r -> r.status() == 200);
    out.printf("   first cross-border delivery (REST at th-cei -> Kafka -> MirrorMaker 2 -> Kafka -> mm-tcl's view): %d ms%n%n", firstDelivery);

    // 2. Each centre reads what it received, in its own language.
    out.println("2. what each centre received, in its own language");
    show(TACHILEIK, atTachileik);
    show(TACHILEIK, centres.get(TACHILEIK, "/api/alerts/" + crossing.identifier()).json());
    show(HOUAYXAY, centres.get(HOUAYXAY, "/api/alerts/" + crossing.identifier()).json());

    // 3. Tachileik acknowledges; Chiang Rai sees per centre: acknowledged, delivered or neither.
    post(TACHILEIK, "/api/alerts/" + crossing.identifier() + "/acknowledgements",
        java.util.Map.of("note", java.util.Map.of("language", "my", "text", "လက်ခံရရှိပါသည်။ တံတားတွင် စောင့်ကြည့်နေပါသည်။")), "officer-tcl-004");
    JsonNode deliveries = await(() -> centres.get(CHIANG_RAI, "/api/alerts/" + crossing.identifier()),
        r -> r.json().get("deliveries").toString().contains("ACKNOWLEDGED")).json().get("deliveries");
    out.println("3. mm-tcl acknowledges " + crossing.identifier() + "; th-cei sees:");
    deliveries.forEach(d -> out.printf("   %s: %s%s%n", d.get("node").asString(), d.get("status").asString(),
        d.get("acknowledgement").isNull() ? "" : " by " + d.at("/acknowledgement/officerId").asString() + ": "
            + d.at("/acknowledgement/note/text").asString()));

    // 4. An hour passes (on the demo clock): the Severe alert escalates for the centre that stayed silent.
    centres.clock().advance(Duration.ofMinutes(61));
    JsonNode escalation = await(() -> centres.get(HOUAYXAY, "/api/alerts/" + crossing.identifier()),
        r -> r.json().get("escalations").size() == 1).json().at("/escalations/0");
    out.printf("%n4. 61 minutes later (demo clock) th-cei escalates: %s, unacknowledged by %s; la-hxy sees the escalation too%n",
        escalation.get("severity").asString(), escalation.get("unacknowledged"));

    // 5. Chiang Rai updates the alert, then cancels it; every centre keeps the whole chain.
    AlertDraft update = DemoAlerts.followUp(crossing, "Update", "TH-CEI-2562-0924-03", "2019-09-24T10:05:00+07:00");
    post(CHIANG_RAI, "/api/alerts", update, "officer-cei-017");
    post(CHIANG_RAI, "/api/alerts", DemoAlerts.followUp(update, "Cancel", "TH-CEI-2562-0924-04", "2019-09-24T10:30:00+07:00"),
        "officer-cei-017");
    JsonNode chain = await(() -> centres.get(HOUAYXAY, "/api/alerts/" + crossing.identifier()),
        r -> r.json().get("history").size() == 3).json();
    out.printf("%n5. th-cei updates (severity Extreme) then cancels it; la-hxy now shows %s, history:%n", chain.get("state").asString());
    chain.get("history").forEach(m -> out.printf("   #%d %-20s %-7s %s%n", m.get("sequence").asLong(), m.at("/cap/identifier").asString(),
        m.at("/cap/msgType").asString(), m.get("state").asString()));

    // 6. Any alert exports as OASIS CAP 1.2 XML, valid against the OASIS schema.
    Response cap = centres.get(HOUAYXAY, "/api/alerts/" + crossing.identifier() + "/cap?identifier=" + crossing.identifier());
    out.println("\n6. la-hxy exports the original message as CAP 1.2 XML (first lines):");
    cap.body().lines().limit(12).forEach(line -> out.println("   " + line));

    // 7. The alert addressed to Tachileik only is nowhere on Houayxay's cluster.
    ClusterScan.Result scan = ClusterScan.find(centres.sandbox().administratorAccess(NodeId.of(HOUAYXAY)), victimsEventId);
    if (!scan.hits().isEmpty() || centres.get(HOUAYXAY, "/api/alerts/" + victims.identifier()).status() != 404) {
      throw new IllegalStateException("the alert addressed to mm-tcl only reached la-hxy: " + scan.hits());
    }
    out.printf("%n7. la-hxy: read all %d records of all %d topics; %s (to mm-tcl only) is on none of them, and its API answers 404%n",
        scan.records(), scan.topics(), victims.identifier());

    translators(victims.identifier());
    checkpoints();
  }

  /** 9. th-cei signs checkpoints of its lanes; the centres that receive each lane verify their own copy and cosign. */
  private void checkpoints() {
    PlatformNode chiangRai = centres.platform(CHIANG_RAI);
    List<PublishedEvent> signed = chiangRai.checkpoints().orElseThrow().checkpointNow();
    out.printf("%n9. th-cei signs a checkpoint (Ed25519) of each of its %d lanes that moved; each receiving centre follows the lane on its"
        + " own cluster and cosigns:%n", signed.size());
    ExportChains.Verification verified = awaitValue(() -> ExportChains.verifyLog(CHIANG_RAI, NodeLog.read(chiangRai.kafka(), List.of(Stream.values()),
        TIMEOUT), chiangRai.codec(), chiangRai.settings().keys().ring()), v -> v.checkpoints().checkpoints().stream()
        .allMatch(c -> c.awaiting().isEmpty()) && v.checkpoints().checkpoints().size() == signed.size());
    verified.checkpoints().checkpoints().forEach(c -> out.printf("   %-14s #%-3d signed by key %s, cosigned by %s%n", c.lane(), c.sequence(),
        c.keyId(), String.join(", ", c.cosigners())));
    if (!verified.intact()) {
      throw new IllegalStateException("th-cei's log does not verify: " + verified.findings());
    }
    out.printf("   th-cei's %d lanes (its own and those it received) verify: no gap, change, break or bad signature%n",
        verified.report().lanes().size());
  }

  /** 8. A translator at mm-tcl reviews a Burmese translation; th-cei sees the review; search finds words inside unspaced Thai. */
  private void translators(String alertId) {
    JsonNode headline = null;
    for (JsonNode text : centres.get(TACHILEIK, "/api/texts?aggregate=" + alertId).json()) {
      if (text.get("path").asString().equals("infos/0/headline")) {
        headline = text;
      }
    }
    if (headline == null) {
      throw new IllegalStateException("mm-tcl's text desk has no headline for " + alertId);
    }
    String ref = headline.get("ref").asString();
    post(TACHILEIK, "/api/texts/" + ref + "/translations/my/review", java.util.Map.of(), "translator-tcl-3");
    JsonNode atChiangRai = await(() -> centres.get(CHIANG_RAI, "/api/texts/" + ref, "my"),
        r -> r.status() == 200 && r.body().contains("translator-tcl-3")).json();
    out.printf("%n8. translator-tcl-3 at mm-tcl reviews the Burmese headline of %s; th-cei now shows a Burmese reader:%n", alertId);
    out.printf("   %s  [%s]%n", atChiangRai.at("/shown/text").asString(), atChiangRai.at("/shown/statusLabel").asString());
    String query = "ค้ามนุษย์";
    JsonNode hits = centres.get(TACHILEIK, "/api/search?limit=5&q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))
        .json();
    out.printf("   search at mm-tcl for %s (trafficking), a word inside unspaced Thai sentences: %d texts, first:%n", query, hits.size());
    hits.forEach(hit -> out.printf("   %s %s: ...%s...%n", hit.at("/text/aggregateId").asString(), hit.at("/text/path").asString(),
        around(hit.get("matched").asString(), hit.get("start").asInt(), hit.get("end").asInt())));
    JsonNode glossary = centres.get(HOUAYXAY, "/api/glossary").json();
    for (String node : List.of(CHIANG_RAI, TACHILEIK)) {
      if (!centres.get(node, "/api/glossary").json().get("sha256").equals(glossary.get("sha256"))) {
        throw new IllegalStateException(node + " and la-hxy hold different glossaries");
      }
    }
    out.printf("   shared glossary: %d terms in th/my/lo/en, revision %d, the same on all three nodes (sha256 %s...)%n",
        glossary.get("terms").size(), glossary.get("revision").asLong(), glossary.get("sha256").asString().substring(0, 12));
  }

  private static String around(String text, int start, int end) {
    return text.substring(Math.max(0, start - 12), Math.min(text.length(), end + 12));
  }

  /** Prints an alert as the officers of {@code node} read it: in their language where a translation exists. */
  private void show(String node, JsonNode alert) {
    Node centre = registry.require(NodeId.of(node));
    String language = centre.languageTag();
    JsonNode info = alert.at("/current/cap/infos/0");
    out.printf("   [%s %s] %s from %s (%s, %s) sent %s%n", node, centre.name(), alert.get("id").asString(), alert.get("origin").asString(),
        alert.at("/current/cap/status").asString(), info.get("severity").asString(), alert.at("/current/cap/sent").asString());
    out.println("      " + readIn(info.get("headline"), language));
    out.println("      " + readIn(info.at("/areas/0/areaDesc"), language));
    out.println();
  }

  private static String readIn(JsonNode text, String language) {
    for (JsonNode t : text.get("translations")) {
      if (t.get("language").asString().equals(language)) {
        return t.get("text").asString() + "  (translated from " + text.get("language").asString() + ", " + t.get("provenance").asString()
            + (t.get("reviewed").asBoolean() ? ", reviewed)" : ", not reviewed)");
      }
    }
    return text.get("text").asString();
  }

  private JsonNode post(String node, String path, Object body, String officer) {
    Response response = centres.postJson(node, path, body, officer);
    if (response.status() >= 300) {
      throw new IllegalStateException(node + " refused " + path + ": " + response);
    }
    return response.json();
  }

  private static Response await(Supplier<Response> call, Predicate<Response> done) {
    return awaitValue(call, done);
  }

  private static <T> T awaitValue(Supplier<T> call, Predicate<T> done) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      T response = call.get();
      if (done.test(response)) {
        return response;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out after " + TIMEOUT.toSeconds() + " s; last answer " + response);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
