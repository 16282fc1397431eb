package org.saphan.alerts.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.saphan.alerts.scenario.SeedAlerts.alert;
import static org.saphan.alerts.scenario.SeedAlerts.followUp;
import static org.saphan.alerts.scenario.SeedAlerts.info;
import static org.saphan.alerts.scenario.SeedAlerts.newIdentifier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.platform.node.NodeId;
import tools.jackson.databind.JsonNode;

/**
 * Fault: the border link between Chiang Rai and Tachileik is cut (both MirrorMaker 2 flows between
 * them stop) while both keep sending alerts, updates and cancellations; Houayxay stays connected.
 * Once the link is back, everything sent arrives exactly once, each alert's messages in the order
 * they were sent (store-and-forward: each node's own cluster holds what it sent until the link
 * returns). Counts sent, received, lost and duplicated, and writes them to
 * {@code target/reliability/link-cut.txt}.
 */
class LinkCutFaultTest {

  private static final String CHIANG_RAI = "th-cei";
  private static final String TACHILEIK = "mm-tcl";
  private static final String HOUAYXAY = "la-hxy";
  private static final int ALERTS_EACH_WAY = 12;
  private static final int FOLLOWED_UP = 4;
  private static final Duration DELIVERY = Duration.ofSeconds(60);

  private static ServiceFederation federation;

  @BeforeAll
  static void start() {
    federation = ServiceFederation.start();
  }

  @AfterAll
  static void stop() {
    if (federation != null) {
      federation.close();
    }
  }

  /** What one node sent to another: each alert's identifier and how many messages (alert, update, cancel) it has. */
  private record Sent(String from, String to, String addressedTo, Map<String, Integer> messagesByAlert) {}

  @Test
  void whatBothSidesSendDuringTheCutArrivesExactlyOnceAndInOrderWhenTheLinkReturns() {
    NodeId chiangRai = NodeId.of(CHIANG_RAI);
    NodeId tachileik = NodeId.of(TACHILEIK);
    long cutAt = System.nanoTime();
    federation.sandbox().cutLink(chiangRai, tachileik);
    List<Sent> sent = new ArrayList<>();
    Map<String, Integer> toAll;
    try {
      sent.add(sendMany(CHIANG_RAI, "officer-cei-017", TACHILEIK, List.of(TACHILEIK)));
      sent.add(sendMany(TACHILEIK, "officer-tcl-004", CHIANG_RAI, List.of(CHIANG_RAI)));
      toAll = sendMany(CHIANG_RAI, "officer-cei-017", HOUAYXAY, List.of()).messagesByAlert();

      // Houayxay's links are up: what Chiang Rai addresses to all reaches it during the cut
      toAll.forEach((id, messages) -> awaitHistory(HOUAYXAY, id, messages));
      // while nothing crosses the cut link
      for (Sent s : sent) {
        s.messagesByAlert().keySet().forEach(id -> assertThat(federation.get(s.to(), "/api/alerts/" + id).status())
            .as("%s at %s during the cut", id, s.to()).isEqualTo(404));
      }
    } finally {
      federation.sandbox().restoreLink(chiangRai, tachileik);
    }
    long restoredAt = System.nanoTime();
    sent.add(new Sent(CHIANG_RAI, TACHILEIK, "all", toAll));

    StringBuilder report = new StringBuilder("link cut th-cei <-> mm-tcl for "
        + Duration.ofNanos(restoredAt - cutAt).toMillis() + " ms; after restoring it:\n");
    DeliveryCount total = new DeliveryCount();
    for (Sent s : sent) {
      DeliveryCount flow = new DeliveryCount();
      for (Map.Entry<String, Integer> alert : s.messagesByAlert().entrySet()) {
        JsonNode history = awaitHistory(s.to(), alert.getKey(), alert.getValue()).get("history");
        flow.add(alert.getValue(), history.size());
        total.add(alert.getValue(), history.size());
        // in the order sent: every message but the last superseded (or cancelled), the last one in force
        List<String> identifiers = StreamSupport.stream(history.spliterator(), false).map(m -> m.at("/cap/identifier").asString()).toList();
        assertThat(identifiers.get(0)).isEqualTo(alert.getKey());
        assertThat(StreamSupport.stream(history.spliterator(), false).map(m -> m.get("state").asString()).toList())
            .as("history of %s at %s", alert.getKey(), s.to()).containsExactlyElementsOf(expectedStates(alert.getValue()));
      }
      report.append(String.format("  %s -> %s (addressed to %s), %d alerts: %s%n", s.from(), s.to(), s.addressedTo(),
          s.messagesByAlert().size(), flow));
    }
    report.append("  in all: ").append(total).append("; all delivered ")
        .append(Duration.ofNanos(System.nanoTime() - restoredAt).toMillis()).append(" ms after the link returned\n");
    DeliveryCount.report("link-cut", report.toString());

    assertThat(total.lost()).isZero();
    assertThat(total.duplicated()).isZero();
    // and each sender sees the other side's delivery receipt
    for (Sent s : sent) {
      s.messagesByAlert().keySet().forEach(id -> await().atMost(DELIVERY).until(
          () -> deliveryStatus(federation.get(s.from(), "/api/alerts/" + id).json(), s.to()), "DELIVERED"::equals));
    }
  }

  /** Sends {@link #ALERTS_EACH_WAY} alerts from {@code node}, the first {@link #FOLLOWED_UP} of them updated then cancelled. */
  private static Sent sendMany(String node, String officer, String reader, List<String> addresses) {
    Map<String, Integer> messages = new LinkedHashMap<>();
    for (int i = 0; i < ALERTS_EACH_WAY; i++) {
      String id = newIdentifier();
      AlertDraft original = alert(id, "Exercise", "Severe", addresses);
      post(node, officer, original);
      int count = 1;
      if (i < FOLLOWED_UP) {
        AlertDraft update = followUp(node, original, "Update", newIdentifier(), "2019-09-24T09:30:00+07:00", List.of(info("Extreme", null)));
        post(node, officer, update);
        post(node, officer, followUp(node, update, "Cancel", newIdentifier(), "2019-09-24T10:00:00+07:00", List.of()));
        count = 3;
      }
      messages.put(id, count);
    }
    return new Sent(node, reader, addresses.isEmpty() ? "all" : String.join(",", addresses), messages);
  }

  private static void post(String node, String officer, AlertDraft draft) {
    ServiceFederation.Response response = federation.postJson(node, "/api/alerts", draft, officer);
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
  }

  private static JsonNode awaitHistory(String node, String id, int messages) {
    return await().atMost(DELIVERY).until(() -> federation.get(node, "/api/alerts/" + id),
        r -> r.status() == 200 && r.json().get("history").size() >= messages).json();
  }

  private static List<String> expectedStates(int messages) {
    if (messages == 1) {
      return List.of("ACTIVE");
    }
    List<String> states = new ArrayList<>();
    for (int i = 1; i < messages; i++) {
      states.add("SUPERSEDED");
    }
    states.add("CANCELLED");
    return states;
  }

  private static String deliveryStatus(JsonNode alert, String node) {
    return StreamSupport.stream(alert.get("deliveries").spliterator(), false).filter(d -> d.get("node").asString().equals(node))
        .map(d -> d.get("status").asString()).findFirst().orElse("NONE");
  }
}
