package org.saphan.audit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saphan.alerts.scenario.ServiceFederation;
import org.saphan.alerts.scenario.ServiceFederation.Response;
import org.saphan.audit.AuditedFederation;
import org.saphan.meetings.input.MeetingInputs.ActionItemInput;
import org.saphan.meetings.input.MeetingInputs.AgendaInput;
import org.saphan.meetings.input.MeetingInputs.DecisionInput;
import org.saphan.meetings.input.MeetingInputs.MeetingInput;
import org.saphan.meetings.input.MeetingInputs.ParticipantInput;
import org.saphan.meetings.input.MeetingInputs.ProgressInput;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.text.TextDraft;
import tools.jackson.databind.JsonNode;

/**
 * Fault: the link between Chiang Rai (the meeting's host) and Tachileik is cut while both work on a
 * meeting's action items: Tachileik reports progress on the items it owns (in progress, then done),
 * Chiang Rai's secretariat assigns it new ones. Houayxay, also a participant, keeps receiving the
 * host's events. Once the link is back, every item and every progress note arrives exactly once, in
 * the order written, and both sides agree. Counts in {@code target/reliability/meeting-link-cut.txt}.
 */
class MeetingLinkCutFaultTest {

  private static final String CHIANG_RAI = "th-cei";
  private static final String TACHILEIK = "mm-tcl";
  private static final String HOUAYXAY = "la-hxy";
  private static final String HOST_SECRETARIAT = "secretariat-cei-1";
  private static final String TACHILEIK_SECRETARIAT = "secretariat-tcl-4";
  private static final int ITEMS_EACH = 3;
  private static final Duration DELIVERY = Duration.ofSeconds(60);

  private static ServiceFederation federation;

  @BeforeAll
  static void start() {
    federation = AuditedFederation.start();
  }

  @AfterAll
  static void stop() {
    if (federation != null) {
      federation.close();
    }
  }

  @Test
  void actionItemsAndProgressOnBothSidesOfACutLinkArriveOnceAndInOrderWhenItReturns() throws IOException {
    // given a meeting hosted by Chiang Rai, with action items Tachileik owns
    Response recorded = federation.postJson(CHIANG_RAI, "/api/meetings", meeting(), HOST_SECRETARIAT);
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    String meetingId = recorded.json().get("meetingId").asString();
    List<String> owned = new ArrayList<>();
    for (int i = 0; i < ITEMS_EACH; i++) {
      owned.add(assign(meetingId, i));
    }
    owned.forEach(item -> awaitItem(TACHILEIK, item, 0));

    // when the link is cut and both sides go on
    long cutAt = System.nanoTime();
    federation.sandbox().cutLink(NodeId.of(CHIANG_RAI), NodeId.of(TACHILEIK));
    List<String> assignedDuringCut = new ArrayList<>();
    try {
      for (String item : owned) {
        for (String status : List.of("IN_PROGRESS", "DONE")) {
          Response progressed = federation.postJson(TACHILEIK, "/api/actions/" + item + "/progress",
              new ProgressInput(status, new TextDraft("en", status + " during the cut", List.of())), TACHILEIK_SECRETARIAT);
          assertThat(progressed.status()).as(progressed.toString()).isEqualTo(200);
        }
      }
      for (int i = 0; i < ITEMS_EACH; i++) {
        assignedDuringCut.add(assign(meetingId, ITEMS_EACH + i));
      }
      // Houayxay, a participant whose link is up, receives the new items meanwhile
      assignedDuringCut.forEach(item -> awaitItem(HOUAYXAY, item, 0));
      // nothing crosses the cut link
      assignedDuringCut.forEach(item -> assertThat(federation.get(TACHILEIK, "/api/actions/" + item).status()).isEqualTo(404));
      owned.forEach(item -> assertThat(federation.get(CHIANG_RAI, "/api/actions/" + item).json().get("progress")).isEmpty());
    } finally {
      federation.sandbox().restoreLink(NodeId.of(CHIANG_RAI), NodeId.of(TACHILEIK));
    }
    long restoredAt = System.nanoTime();

    // then every item and every progress note arrives once, in the order written
    int sent = 0;
    int received = 0;
    int lost = 0;
    int duplicated = 0;
    for (String item : owned) {
      List<String> atHost = progress(awaitItem(CHIANG_RAI, item, 2));
      sent += 2;
      received += atHost.size();
      lost += Math.max(0, 2 - atHost.size());
      duplicated += Math.max(0, atHost.size() - 2);
      assertThat(atHost).as(item).containsExactly("IN_PROGRESS", "DONE");
      assertThat(federation.get(CHIANG_RAI, "/api/actions/" + item).json().get("status").asString()).isEqualTo("DONE");
      assertThat(progress(federation.get(TACHILEIK, "/api/actions/" + item).json())).isEqualTo(atHost);
    }
    for (String item : assignedDuringCut) {
      JsonNode atTachileik = awaitItem(TACHILEIK, item, 0);
      sent++;
      received++;
      assertThat(atTachileik.get("ownerNode").asString()).isEqualTo(TACHILEIK);
    }
    JsonNode ownList = federation.get(TACHILEIK, "/api/actions").json();
    List<String> listed = new ArrayList<>();
    ownList.forEach(a -> listed.add(a.get("actionId").asString()));
    List<String> all = new ArrayList<>(owned);
    all.addAll(assignedDuringCut);
    assertThat(listed).as("each item once in Tachileik's own list").containsAll(all).doesNotHaveDuplicates();

    String report = String.format("meeting link cut th-cei <-> mm-tcl for %d ms: %d progress notes written at mm-tcl and %d items assigned"
            + " at th-cei during the cut;%n  arrived across the link: expected %d, received %d, lost %d, duplicated %d; all there %d ms after"
            + " the link returned%n", Duration.ofNanos(restoredAt - cutAt).toMillis(), owned.size() * 2, assignedDuringCut.size(), sent,
        received, lost, duplicated, Duration.ofNanos(System.nanoTime() - restoredAt).toMillis());
    Path file = Path.of("target/reliability/meeting-link-cut.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
    System.out.print(report);
    assertThat(lost).isZero();
    assertThat(duplicated).isZero();
  }

  private static MeetingInput meeting() {
    TextDraft title = new TextDraft("en", "Link cut drill", List.of());
    return new MeetingInput("BCC-MM-TH", new TextDraft("en", "Myanmar–Thai Border Coordination Centre", List.of()),
        1000 + ThreadLocalRandom.current().nextInt(1_000_000), new TextDraft("en", "Chiang Rai", List.of()), "2019-09-24T09:00:00+07:00",
        List.of(new ParticipantInput(CHIANG_RAI, new TextDraft("en", "Chiang Rai PSDHS", List.of())),
            new ParticipantInput(TACHILEIK, new TextDraft("en", "Tachileik office", List.of())),
            new ParticipantInput(HOUAYXAY, new TextDraft("en", "Bokeo committee", List.of()))),
        List.of("th", "my", "lo", "en"), List.of(new AgendaInput(1, title, List.of())), List.of(new DecisionInput(1, title)));
  }

  private static String assign(String meetingId, int index) {
    Response assigned = federation.postJson(CHIANG_RAI, "/api/meetings/" + meetingId + "/actions", new ActionItemInput(1,
        new TextDraft("en", "Item " + index + " of the drill", List.of()), TACHILEIK, new TextDraft("en", "Tachileik office", List.of()),
        "2019-10-08", List.of()), HOST_SECRETARIAT);
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
    return assigned.json().get("actionId").asString();
  }

  private static JsonNode awaitItem(String node, String item, int notes) {
    return await().atMost(DELIVERY).until(() -> federation.get(node, "/api/actions/" + item),
        r -> r.status() == 200 && r.json().get("progress").size() >= notes).json();
  }

  private static List<String> progress(JsonNode item) {
    List<String> statuses = new ArrayList<>();
    item.get("progress").forEach(note -> statuses.add(note.get("status").asString()));
    return statuses;
  }
}
