package org.saphan.audit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * One auditor's GET to a node's audit service, signed in with their bearer token: the answer, or the
 * exit code and the node's message when there is none (a refused token, 401 or 403, is exit 3).
 */
final class NodeRequest {

  private NodeRequest() {}

  /** The body of a 200 answer, or null after printing why not to {@code err} (then {@link #exitCode} says which). */
  record Answer(byte[] body, int exitCode) {
    boolean ok() {
      return body != null;
    }
  }

  /** @param token the auditor's bearer token, sent as {@code Authorization: Bearer} */
  static Answer get(URI node, String pathAndQuery, String token, PrintWriter err) throws InterruptedException {
    URI target = node.resolve(pathAndQuery);
    HttpResponse<byte[]> response;
    try {
      response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(target).header("Authorization", "Bearer " + token).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      err.println("could not reach " + target + ": " + e.getMessage());
      return new Answer(null, AuditCli.UNREACHABLE);
    }
    if (response.statusCode() != 200) {
      err.println("the node refused " + target.getPath() + " (" + response.statusCode() + "): " + new String(response.body(),
          StandardCharsets.UTF_8));
      return new Answer(null, response.statusCode() == 400 ? AuditCli.USAGE : AuditCli.UNREACHABLE);
    }
    return new Answer(response.body(), AuditCli.VERIFIED);
  }
}
