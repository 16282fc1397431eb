package org.saphan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.saphan.alerts.scenario.ServiceFederation;
import org.saphan.audit.fuzz.ClusterWrites;
import org.saphan.audit.fuzz.ClusterWrites.Counts;
import org.saphan.audit.fuzz.Expected;
import org.saphan.audit.fuzz.FuzzClient;
import org.saphan.audit.fuzz.FuzzClient.Answer;
import org.saphan.audit.fuzz.FuzzRequest;
import org.saphan.audit.fuzz.FuzzTally;
import org.saphan.audit.fuzz.FuzzTally.Sent;
import org.saphan.audit.fuzz.Mutations;
import org.saphan.audit.fuzz.WireRequest;
import org.saphan.audit.fuzz.WriteExample;
import org.saphan.audit.fuzz.WriteExamples;
import org.saphan.audit.reads.AuditedReadsFilter;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.topic.Audience;
import org.saphan.platform.topic.Stream;
import org.saphan.platform.topic.Topics;
import tools.jackson.databind.JsonNode;

/**
 * Bad REST input, through the running federation with every service of each node in one
 * application: every write endpoint of {@code AccessRules} is sent its valid example, then
 * requests made from it by jqwik. A request that breaks a rule (malformed JSON, a wrong type, a
 * missing or unknown field, a huge string, an invalid script, a made-up enum value, a malformed
 * date, an illegal id) is refused with a 4xx that says what is wrong, and writes nothing on any
 * node; one that may still be valid (an optional field left out, a text in Zawgyi or another
 * script) gets a 2xx or a clear 4xx. No request gets a 5xx. The counts are written to
 * {@code target/reliability/rest-fuzz.txt}.
 */
class RestInputFuzzTest {

  private static final Path SUMMARY = Path.of("target", "reliability", "rest-fuzz.txt");
  /** What a refusal must not say: the code's insides, which tell a duty officer nothing. */
  private static final List<String> INSIDES = List.of("org.saphan.", "java.", "jakarta.", "tools.jackson", "Exception", "\tat ");

  private static ServiceFederation federation;
  private static WriteExamples examples;
  private static FuzzClient client;
  private static ClusterWrites writes;
  private static FuzzTally tally;
  /** The records on every node after the last refused request. */
  private static Counts written;
  private static long startedNanos;

  @BeforeContainer
  static void start() {
    startedNanos = System.nanoTime();
    federation = AuditedFederation.start();
    examples = WriteExamples.prepare(federation);
    client = new FuzzClient(federation);
    writes = new ClusterWrites(federation);
    tally = new FuzzTally(WriteExamples.writeRules().stream().map(rule -> rule.method() + " " + rule.pattern()).toList());
  }

  @AfterContainer
  static void stop() {
    try {
      if (tally != null) {
        String report = report();
        System.out.println(report);
        tally.write(SUMMARY, report);
      }
    } finally {
      if (federation != null) {
        federation.close();
      }
    }
  }

  @Example
  void everyWriteRuleHasAValidExampleThatItsNodeAccepts() {
    assertThat(examples.all()).extracting(WriteExample::rule).as("every write rule of AccessRules has a valid example in WriteExamples")
        .containsExactlyInAnyOrderElementsOf(WriteExamples.writeRules());
    List<String> refused = new ArrayList<>();
    for (WriteExample example : examples.all()) {
      WireRequest request = example.validRequest();
      Answer answer = client.send(request);
      tally.count(Sent.VALID, example.endpoint(), null, answer.status());
      if (answer.status() / 100 != 2) {
        refused.add(request + "\n  → " + answer);
      }
    }
    assertThat(refused).as("valid examples refused").isEmpty();
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  @AddLifecycleHook(NothingWrittenByRefusals.class)
  void aRequestThatBreaksARuleIsRefusedWithAClearMessageAndWritesNothing(@ForAll("breakingRequests") FuzzRequest request) {
    Answer answer = request.send(client);
    tally.count(request, answer.status());
    // Read before any assertion, so that each try, shrinking's too, is judged by what it alone wrote.
    Counts now = writes.read();
    List<String> moved = now.growthSince(written, recordOfTheAttempt(request.sent()));
    written = now;

    assertThat(answer.status()).as("a refusal for %s%n  → %s", request, answer).isBetween(400, 499);
    assertClearRefusal(request, answer);
    assertThat(moved).as("records written for the refused %s%n  → %s", request, answer).isEmpty();
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
  void aRequestThatMayBeValidIsAnsweredButNeverWithAServerError(@ForAll("doubtfulRequests") FuzzRequest request) {
    Answer answer = request.send(client);
    tally.count(request, answer.status());

    assertThat(answer.status() / 100).as("a 2xx or 4xx for %s%n  → %s", request, answer).isIn(2, 4);
    if (answer.status() >= 400) {
      assertClearRefusal(request, answer);
    }
  }

  @Provide
  Arbitrary<FuzzRequest> breakingRequests() {
    return Mutations.requests(examples.all(), Expected.REFUSAL);
  }

  @Provide
  Arbitrary<FuzzRequest> doubtfulRequests() {
    return Mutations.requests(examples.all(), Expected.ANSWER);
  }

  /** The API's error: its status, a message, and for a 400 each wrong field with its rule; none of it the code's insides. */
  private static void assertClearRefusal(FuzzRequest request, Answer answer) {
    JsonNode error = answer.json();
    String context = request + "\n  → " + answer;
    assertThat(error.path("status").asInt(0)).as("the error's status, for %s", context).isEqualTo(answer.status());
    List<String> said = new ArrayList<>(List.of(error.path("message").asString("")));
    assertThat(said.get(0)).as("a message, for %s", context).isNotBlank();
    if (answer.status() == 400) {
      assertThat(error.path("errors").size()).as("the wrong fields, for %s", context).isPositive();
      for (JsonNode violation : error.path("errors")) {
        assertThat(violation.path("field").asString("")).as("a field, for %s", context).isNotBlank();
        assertThat(violation.path("rule").asString("")).as("a rule, for %s", context).isNotBlank();
        said.add(violation.path("rule").asString(""));
      }
    }
    for (String text : said) {
      assertThat(INSIDES).as("words a duty officer can act on in %s, for %s", text, context).noneMatch(text::contains);
    }
  }

  /** An auditor's request is recorded on the node's audit stream whatever its answer ({@link AuditedReadsFilter}): one record. */
  private static Map<String, Map<String, Long>> recordOfTheAttempt(WireRequest request) {
    if (!request.path().startsWith(AuditedReadsFilter.PREFIX)) {
      return Map.of();
    }
    return Map.of(request.node(), Map.of(Topics.outbound(Stream.AUDIT, Audience.node(NodeId.of(request.node()))), 1L));
  }

  /**
   * Around the refusals: the federation first comes to rest (what the valid requests sent on has
   * been delivered and answered); after them, with time for anything they set off to be mirrored,
   * nothing more has been written on any node.
   */
  static final class NothingWrittenByRefusals implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      written = writes.awaitQuiet(Duration.ofMillis(1500), Duration.ofSeconds(60));
      PropertyExecutionResult result = property.execute();
      if (result.status() != PropertyExecutionResult.Status.SUCCESSFUL) {
        return result;
      }
      Counts after = writes.awaitQuiet(Duration.ofMillis(1500), Duration.ofSeconds(60));
      List<String> moved = after.growthSince(written, Map.of());
      return moved.isEmpty() ? result : result.mapToFailed("records were written while only requests that must be refused were sent: " + moved);
    }
  }

  private static String report() {
    return "Bad REST input: every write endpoint fuzzed through the three-node federation (RestInputFuzzTest)\n"
        + "Reproduce: ./mvnw -B -o -pl services/audit-service -am verify -Dtest=RestInputFuzzTest -Dsurefire.failIfNoSpecifiedTests=false\n"
        + String.format("Run: %d requests in %.0f s, federation start-up included; 5xx answers: %d%n%n",
            tally.requests(Sent.VALID) + tally.requests(Sent.REFUSAL) + tally.requests(Sent.ANSWER), (System.nanoTime() - startedNanos) / 1e9,
            tally.answered(Sent.VALID, 500, 599) + tally.answered(Sent.REFUSAL, 500, 599) + tally.answered(Sent.ANSWER, 500, 599))
        + tally.table();
  }
}
