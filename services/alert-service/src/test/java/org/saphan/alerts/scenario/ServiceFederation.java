package org.saphan.alerts.scenario;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saphan.alerts.AlertServiceApplication;
import org.saphan.alerts.service.AlertService;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.saphan.platform.kafka.NodeAcls;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.signing.KeyRing;
import org.saphan.platform.signing.SigningKey;
import org.saphan.sandbox.AdjustableClock;
import org.saphan.schema.common.Role;
import org.saphan.sandbox.SandboxFederation;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox federation with one Spring Boot application per node (the alert service, the
 * repatriation service ...), all on one hand-moved clock: what the scenario tests and the demo
 * drive through REST. Each node trusts its own centre's identity provider
 * ({@link TestIdentityProvider}), and every request helper signs in: as the officer it names (their
 * role read from their id), or, for a plain {@code get}, as {@link #DUTY_OFFICER} of the node.
 * {@link #getWithoutToken} and {@link #send} are for the tests of sign-in itself.
 */
public final class ServiceFederation implements AutoCloseable {

  public static final Instant START = Instant.parse("2019-09-24T02:00:00Z"); // 09:00 in Chiang Rai, the 13th meeting's morning
  /** Who reads when a test does not say: an OFFICER of the node asked. */
  public static final String DUTY_OFFICER = "officer-on-duty";

  private final SandboxFederation federation;
  private final AdjustableClock clock = new AdjustableClock(START);
  private final Map<String, ConfigurableApplicationContext> apps = new LinkedHashMap<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  private final Class<?> application;
  private final Map<String, SigningKey> signingKeys = new LinkedHashMap<>();
  /** Each node's public signing keys as the registry lists them: earlier ones first, the current one last. */
  private final Map<String, List<String>> publicSigningKeys = new LinkedHashMap<>();
  private final TestIdentityProvider identityProvider;
  private final Map<String, List<String>> nodeArguments;
  private final List<String> extraArguments;

  private ServiceFederation(SandboxFederation federation, Class<?> application, Map<String, List<String>> nodeArguments,
      List<String> extraArguments) {
    this.federation = federation;
    this.application = application;
    federation.registry().ids().forEach(id -> rotateSigningKey(id.value()));
    this.identityProvider = new TestIdentityProvider(federation.registry().ids().stream().map(NodeId::value).toList());
    this.nodeArguments = nodeArguments;
    this.extraArguments = extraArguments;
  }

  /** For alert tests: escalations are triggered by the test itself, never by the hourly check. */
  public static ServiceFederation start() {
    return start(Duration.ofHours(1));
  }

  /**
   * The alert service on every node.
   *
   * @param escalationCheckInterval how often each node looks for overdue alerts
   * @param extraArguments more Spring Boot arguments for every node, e.g. {@code --spring.profiles.active=demo}
   */
  public static ServiceFederation start(Duration escalationCheckInterval, String... extraArguments) {
    List<String> arguments = new ArrayList<>(List.of("--saphan.alerts.escalation-check-interval=" + escalationCheckInterval.toMillis() + "ms"));
    arguments.addAll(List.of(extraArguments));
    return start(AlertServiceApplication.class, Map.of(), arguments);
  }

  /**
   * Any Saphan application on every node.
   *
   * @param nodeArguments arguments for one node only (its keys, say), by node id
   * @param extraArguments arguments for every node
   */
  public static ServiceFederation start(Class<?> application, Map<String, List<String>> nodeArguments, List<String> extraArguments) {
    NodeRegistry registry = NodeRegistry.defaults();
    ServiceFederation f = new ServiceFederation(SandboxFederation.start(registry), application, nodeArguments, extraArguments);
    try {
      for (Node node : registry.nodes()) {
        f.startNode(node.id().value());
      }
      return f;
    } catch (RuntimeException e) {
      f.close();
      throw e;
    }
  }

  /**
   * Starts (or restarts) one node's application; its view is rebuilt from its cluster's log. Every
   * node has its own signing key (the same across restarts) and the registry lists every node's
   * public key; checkpoints are made on request only ({@code Checkpoints.checkpointNow()}). The node
   * trusts its own centre's identity provider (the same keys across restarts).
   */
  public void startNode(String node) {
    // Command-line arguments: they take precedence over application.properties (server.port=8080).
    List<String> arguments = new ArrayList<>(List.of(
        "--saphan.node.id=" + node,
        "--saphan.kafka.bootstrap-servers=" + federation.bootstrapServers(NodeId.of(node)),
        "--saphan.kafka.security-protocol=" + SecurityProtocol.SASL_PLAINTEXT.name,
        "--saphan.kafka.user=" + NodeAcls.servicesUser(NodeId.of(node)),
        "--saphan.kafka.password=" + federation.passwordOf(NodeId.of(node), NodeAcls.servicesUser(NodeId.of(node))),
        "--server.port=0",
        "--spring.main.banner-mode=off",
        "--saphan.signing.private-key=" + signingKeys.get(node).privateKeyBase64(),
        "--saphan.signing.public-key=" + signingKeys.get(node).publicKeyBase64(),
        "--saphan.checkpoints.interval=0"));
    publicSigningKeys.forEach((id, keys) -> arguments.add("--" + NodeRegistry.PREFIX + id + "." + KeyRing.PROPERTY + "="
        + String.join(",", keys)));
    arguments.addAll(identityProvider.nodeArguments(node));
    arguments.addAll(nodeArguments.getOrDefault(node, List.of()));
    arguments.addAll(extraArguments);
    ConfigurableApplicationContext app = new SpringApplicationBuilder(application)
        .initializers(ctx -> ctx.getBeanFactory().registerSingleton("clock", (Clock) clock))
        .run(arguments.toArray(String[]::new));
    apps.put(node, app);
  }

  /**
   * Gives {@code node} a new signing key, keeping its earlier public keys in the registry (so what it
   * signed before still verifies): as an operator rotates a key. Takes effect for each node at its
   * next start; restart every node for the registry change to reach all.
   */
  public void rotateSigningKey(String node) {
    SigningKey key = SigningKey.generate();
    signingKeys.put(node, key);
    publicSigningKeys.computeIfAbsent(node, n -> new ArrayList<>()).add(key.publicKeyBase64());
  }

  public void stopNode(String node) {
    ConfigurableApplicationContext app = apps.remove(node);
    if (app != null) {
      app.close();
    }
  }

  public AdjustableClock clock() {
    return clock;
  }

  public SandboxFederation sandbox() {
    return federation;
  }

  public AlertService service(String node) {
    return bean(node, AlertService.class);
  }

  public <T> T bean(String node, Class<T> type) {
    return apps.get(node).getBean(type);
  }

  public PlatformNode platform(String node) {
    return apps.get(node).getBean(PlatformNode.class);
  }

  /** The centres' identity providers: tokens for any officer, role or node, and forgeries. */
  public TestIdentityProvider identityProvider() {
    return identityProvider;
  }

  /** A POST by {@code officer} of {@code node} (their role read from their id); no token at all when {@code officer} is null. */
  public Response post(String node, String path, String contentType, String body, String officer) {
    return send(node, "POST", path, contentType, body, officer == null ? null : identityProvider.token(node, officer));
  }

  /** As {@link #post}, the body as JSON. */
  public Response postJson(String node, String path, Object body, String officer) {
    return post(node, path, "application/json", json.writeValueAsString(body), officer);
  }

  /** A POST of JSON by an officer of {@code node} holding {@code roles}. */
  public Response postJsonAs(String node, String path, Object body, String officer, Set<Role> roles) {
    return send(node, "POST", path, "application/json", json.writeValueAsString(body), identityProvider.token(node, officer, roles));
  }

  /**
   * Any request with the bearer token given.
   *
   * @param contentType and {@code body}: null for none
   * @param bearerToken null to send no {@code Authorization} header
   */
  public Response send(String node, String method, String path, String contentType, String body, String bearerToken) {
    HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).method(method, publisher);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(signedIn(request, bearerToken).build());
  }

  /** The raw body of a GET by the node's {@link #DUTY_OFFICER} (a PDF, say); fails on any status but 200. */
  public byte[] getBytes(String node, String path) {
    try {
      HttpRequest request = signedIn(HttpRequest.newBuilder(uri(node, path)), identityProvider.token(node, DUTY_OFFICER)).GET().build();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + " on " + node + " answered " + response.statusCode());
      }
      return response.body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET by the node's {@link #DUTY_OFFICER}. */
  public Response get(String node, String path) {
    return getAs(node, path, DUTY_OFFICER);
  }

  /** A GET by {@code officer} of {@code node} (an auditor, a repatriation officer ...: their role read from their id). */
  public Response getAs(String node, String path, String officer) {
    return getWithToken(node, path, identityProvider.token(node, officer));
  }

  /** A GET by an officer of {@code node} holding {@code roles}. */
  public Response getAs(String node, String path, String officer, Set<Role> roles) {
    return getWithToken(node, path, identityProvider.token(node, officer, roles));
  }

  /** A GET with no bearer token: what a node answers someone who has not signed in. */
  public Response getWithoutToken(String node, String path) {
    return send(HttpRequest.newBuilder(uri(node, path)).GET().build());
  }

  /** A GET with the bearer token given (a forged one, another node's ...). */
  public Response getWithToken(String node, String path, String bearerToken) {
    return send(signedIn(HttpRequest.newBuilder(uri(node, path)), bearerToken).GET().build());
  }

  /** A GET by the node's {@link #DUTY_OFFICER} as a reader's browser sends it, with their Accept-Language. */
  public Response get(String node, String path, String acceptLanguage) {
    return send(signedIn(HttpRequest.newBuilder(uri(node, path)), identityProvider.token(node, DUTY_OFFICER))
        .header("Accept-Language", acceptLanguage).GET().build());
  }

  private static HttpRequest.Builder signedIn(HttpRequest.Builder request, String bearerToken) {
    return bearerToken == null ? request : request.header("Authorization", "Bearer " + bearerToken);
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body(), json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Where a node's REST API listens, e.g. http://localhost:40123. */
  public String baseUrl(String node) {
    return "http://localhost:" + apps.get(node).getEnvironment().getProperty("local.server.port");
  }

  private URI uri(String node, String path) {
    String port = apps.get(node).getEnvironment().getProperty("local.server.port");
    return URI.create("http://localhost:" + port + path);
  }

  public JsonMapper json() {
    return json;
  }

  /** An HTTP answer; {@link #json()} parses its body. */
  public record Response(int status, String body, JsonMapper mapper) {
    public JsonNode json() {
      return mapper.readTree(body);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  @Override
  public void close() {
    apps.keySet().stream().toList().forEach(this::stopNode);
    federation.close();
  }

  public static Duration minutes(long m) {
    return Duration.ofMinutes(m);
  }
}
