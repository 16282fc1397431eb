package org.saphan.audit.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * One change to an endpoint's valid request (to its body as a tree, to the bytes sent, to its
 * Content-Type or to its path) and what the request must then get ({@link Expected}).
 *
 * @param kind what sort of change, for the counts: "malformed JSON", "wrong type", "huge string" ...
 * @param description the change itself: "cut after 37 of 412 bytes", "/consent/givenBy = \"made-up-x\""
 */
public record Mutation(Expected expected, String kind, String description, UnaryOperator<JsonNode> tree, UnaryOperator<byte[]> bytes,
    String contentType, UnaryOperator<Map<String, String>> variables) {

  public static final String JSON_TYPE = "application/json";
  /** Stands in a string value for bytes that a JSON tree cannot hold (an escaped lone surrogate, invalid UTF-8). */
  static final String RAW = "@@fuzz-raw@@";

  /** A change that leaves the request as it was; the {@code with...} methods add to it. */
  public static Mutation of(Expected expected, String kind, String description) {
    return new Mutation(expected, kind, description, UnaryOperator.identity(), UnaryOperator.identity(), JSON_TYPE, UnaryOperator.identity());
  }

  public Mutation withTree(UnaryOperator<JsonNode> change) {
    return new Mutation(expected, kind, description, change, bytes, contentType, variables);
  }

  public Mutation withBytes(UnaryOperator<byte[]> change) {
    return new Mutation(expected, kind, description, tree, change, contentType, variables);
  }

  /** The body exactly as given, whatever the example's. */
  public Mutation withBody(byte[] body) {
    return withBytes(ignored -> body.clone());
  }

  /** @param type null to send no Content-Type */
  public Mutation withContentType(String type) {
    return new Mutation(expected, kind, description, tree, bytes, type, variables);
  }

  public Mutation withVariable(String name, String value) {
    return new Mutation(expected, kind, description, tree, bytes, contentType, given -> {
      Map<String, String> changed = new HashMap<>(given);
      changed.put(name, value);
      return changed;
    });
  }

  /** Puts {@code raw} where the tree holds {@link #RAW}. */
  public Mutation withRaw(byte[] raw) {
    return withBytes(sent -> replace(sent, RAW.getBytes(StandardCharsets.US_ASCII), raw));
  }

  /** The request this change makes of {@code example}'s, for the requests of phase {@link #expected()}. */
  public WireRequest applyTo(WriteExample example) {
    return example.request(variables.apply(example.variables(expected)), tree, bytes, contentType);
  }

  private static byte[] replace(byte[] in, byte[] target, byte[] replacement) {
    for (int i = 0; i + target.length <= in.length; i++) {
      if (Arrays.equals(in, i, i + target.length, target, 0, target.length)) {
        byte[] out = new byte[in.length - target.length + replacement.length];
        System.arraycopy(in, 0, out, 0, i);
        System.arraycopy(replacement, 0, out, i, replacement.length);
        System.arraycopy(in, i + target.length, out, i + replacement.length, in.length - i - target.length);
        return out;
      }
    }
    return in;
  }

  @Override
  public String toString() {
    return kind + ": " + description;
  }
}
