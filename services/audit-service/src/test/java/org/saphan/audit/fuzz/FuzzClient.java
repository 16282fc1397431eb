package org.saphan.audit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.saphan.alerts.scenario.ServiceFederation;
import org.saphan.schema.common.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends {@link WireRequest}s to the federation's nodes byte for byte (a body that is not valid
 * UTF-8, no Content-Type at all), signed in as an officer of the request's role at its node.
 */
public final class FuzzClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ServiceFederation federation;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  public FuzzClient(ServiceFederation federation) {
    this.federation = federation;
  }

  /** What a node answered. */
  public record Answer(int status, String body) {
    /** The body as JSON; a {@code MissingNode} when it is not JSON. */
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (RuntimeException e) {
        return JSON.missingNode();
      }
    }

    @Override
    public String toString() {
      return status + " " + (body.length() <= 1000 ? body : body.substring(0, 1000) + "… (" + body.length() + " characters)");
    }
  }

  public Answer send(WireRequest request) {
    HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(request.body());
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(federation.baseUrl(request.node()) + request.path()))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token(request.node(), request.role()))
        .method(request.method(), body);
    if (request.contentType() != null) {
      builder.header("Content-Type", request.contentType());
    }
    try {
      HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("no answer to " + request, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One token per node and role for the whole run (they last an hour). */
  private String token(String node, Role role) {
    return tokens.computeIfAbsent(node + " " + role, key -> federation.identityProvider().token(node, officer(node, role), Set.of(role)));
  }

  /** The officer every request of {@code role} at {@code node} is sent as, e.g. {@code fuzz-translator-th-cei}. */
  public static String officer(String node, Role role) {
    return "fuzz-" + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + node;
  }
}
