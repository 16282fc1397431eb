package org.saphan.audit.fuzz;

import java.nio.charset.StandardCharsets;
import org.saphan.schema.common.Role;

/**
 * An HTTP request as it goes to a node, signed in as an officer holding {@code role}.
 *
 * @param contentType null for no Content-Type header
 * @param body null for no body
 */
public record WireRequest(String node, Role role, String method, String path, String contentType, byte[] body) {

  private static final int SHOWN = 600;

  /** The request as a reader of a test report wants it: method, path, type and the start of the body. */
  @Override
  public String toString() {
    String shown = body == null ? "(no body)" : body.length <= SHOWN ? new String(body, StandardCharsets.UTF_8)
        : new String(body, 0, SHOWN, StandardCharsets.UTF_8) + "… (" + body.length + " bytes)";
    return method + " " + path + " at " + node + " as " + role + ", Content-Type " + contentType + ": " + shown;
  }
}
