package org.saphan.audit.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saphan.platform.spring.security.AccessRules.AccessRule;
import org.saphan.schema.common.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One write endpoint's valid request, as an officer of a role its rule admits sends it at a node,
 * and what each value of its body is ({@link #slots()}): the fuzzer's starting point. Most kinds are
 * read from the body itself (texts, languages, dates); the example declares the rest: which fields
 * are required, which are vocabularies or identifiers, the ranges of numbers, and the values that
 * must be new in every request (an alert's identifier, a shelter reference), so that a request
 * that should succeed is not refused as a repeat.
 */
public final class WriteExample {

  /** Whether the endpoint reads a request body. */
  public enum BodyUse { REQUIRED, OPTIONAL, NONE }

  /**
   * A value of the body.
   *
   * @param pointer where it is, as a JSON pointer ({@code ""} for the body itself)
   * @param required whether the request is invalid without it
   * @param min and {@code max}: a {@link FieldKind#NUMBER}'s range
   */
  public record Slot(String pointer, JsonNode value, FieldKind kind, boolean required, long min, long max) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
  /** Counts the new values of a run: each federation is new, so numbering from 1,000 keeps them apart from the prepared ones. */
  private static final AtomicLong FRESH = new AtomicLong(1_000);

  private final AccessRule rule;
  private final String node;
  private final Map<String, String> variables;
  private final Map<Expected, Map<String, String>> fuzzedVariables = new EnumMap<>(Expected.class);
  private final BodyUse bodyUse;
  private final JsonNode body;
  private final Set<String> required = new LinkedHashSet<>();
  private final Map<String, FieldKind> declared = new LinkedHashMap<>();
  private final Map<String, long[]> ranges = new LinkedHashMap<>();
  private final Map<String, LongFunction<Object>> fresh = new LinkedHashMap<>();
  private List<Slot> slots;

  private WriteExample(AccessRule rule, String node, Map<String, String> variables, BodyUse bodyUse, String body) {
    this.rule = rule;
    this.node = node;
    this.variables = Map.copyOf(variables);
    this.bodyUse = bodyUse;
    this.body = body == null ? null : JSON.readTree(body);
    List<String> names = new ArrayList<>();
    VARIABLE.matcher(rule.pattern()).results().forEach(m -> names.add(m.group(1)));
    if (!variables.keySet().equals(Set.copyOf(names))) {
      throw new IllegalArgumentException(rule.pattern() + " has the variables " + names + ", the example gives " + variables.keySet());
    }
  }

  /** A request with a JSON body the endpoint requires (or, with {@link BodyUse#OPTIONAL}, may do without). */
  public static WriteExample of(AccessRule rule, String node, Map<String, String> variables, BodyUse bodyUse, String body) {
    return new WriteExample(rule, node, variables, bodyUse, body);
  }

  /** A request without a body: only its path can be wrong. */
  public static WriteExample withoutBody(AccessRule rule, String node, Map<String, String> variables) {
    return new WriteExample(rule, node, variables, BodyUse.NONE, null);
  }

  /** Fields the request is invalid without (a text's {@code text} is always required, and needs no mention). */
  public WriteExample required(String... pointers) {
    return declare(List.of(pointers), null, true);
  }

  public WriteExample vocabulary(String... pointers) {
    return declare(List.of(pointers), FieldKind.VOCABULARY, false);
  }

  public WriteExample identifiers(String... pointers) {
    return declare(List.of(pointers), FieldKind.IDENTIFIER, false);
  }

  /** A glossary term's wordings: an object whose keys are languages, not fields. */
  public WriteExample map(String pointer) {
    return declare(List.of(pointer), FieldKind.MAP, false);
  }

  public WriteExample number(String pointer, long min, long max) {
    declare(List.of(pointer), FieldKind.NUMBER, false);
    ranges.put(pointer, new long[] {min, max});
    return this;
  }

  /** A value that must be new in every request, made from a counter: an identifier, a meeting's number. */
  public WriteExample fresh(String pointer, LongFunction<Object> value) {
    requireIn(pointer);
    fresh.put(pointer, value);
    return this;
  }

  /** The path variables a phase fuzzes, when they must differ from the valid request's (an alert acknowledged once). */
  public WriteExample fuzzing(Expected phase, Map<String, String> variables) {
    fuzzedVariables.put(phase, Map.copyOf(variables));
    return this;
  }

  private WriteExample declare(List<String> pointers, FieldKind kind, boolean isRequired) {
    for (String pointer : pointers) {
      requireIn(pointer);
      if (kind != null) {
        declared.put(pointer, kind);
      }
      if (isRequired) {
        required.add(pointer);
      }
    }
    return this;
  }

  private void requireIn(String pointer) {
    if (body == null || body.at(pointer).isMissingNode()) {
      throw new IllegalArgumentException(rule.method() + " " + rule.pattern() + ": the example body has nothing at " + pointer);
    }
  }

  public AccessRule rule() {
    return rule;
  }

  /** The rule's method and pattern, e.g. {@code POST /api/cases/{id}/actions}. */
  public String endpoint() {
    return rule.method() + " " + rule.pattern();
  }

  public String node() {
    return node;
  }

  /** The first role the rule admits: the one the requests are sent as. */
  public Role role() {
    return rule.roles().iterator().next();
  }

  public BodyUse bodyUse() {
    return bodyUse;
  }

  /** The valid request's path variables. */
  public Map<String, String> variables() {
    return variables;
  }

  /** The path variables the fuzzed requests of {@code phase} start from. */
  public Map<String, String> variables(Expected phase) {
    return fuzzedVariables.getOrDefault(phase, variables);
  }

  /** The pattern with {@code values} put in, each percent-encoded as a path segment. */
  public String path(Map<String, String> values) {
    Matcher m = VARIABLE.matcher(rule.pattern());
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(path, Matcher.quoteReplacement(segment(values.get(m.group(1)))));
    }
    return m.appendTail(path).toString();
  }

  /** Percent-encodes everything but the unreserved characters of RFC 3986. */
  static String segment(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return encoded.toString();
  }

  /** The valid request, with new values where they must be new. */
  public WireRequest validRequest() {
    return request(variables, UnaryOperator.identity(), UnaryOperator.identity(), Mutation.JSON_TYPE);
  }

  /**
   * A request with the path made of {@code values}, and the body made from a {@link #freshBody()}:
   * changed as a tree, then as bytes, sent as {@code contentType}.
   */
  WireRequest request(Map<String, String> values, UnaryOperator<JsonNode> tree, UnaryOperator<byte[]> bytes, String contentType) {
    JsonNode fresh = freshBody();
    if (fresh == null) {
      return new WireRequest(node, role(), rule.method(), path(values), null, null);
    }
    return new WireRequest(node, role(), rule.method(), path(values), contentType, bytes.apply(JSON.writeValueAsBytes(tree.apply(fresh))));
  }

  /** A copy of the valid body with new values where they must be new; null for an endpoint without a body. */
  public JsonNode freshBody() {
    if (body == null) {
      return null;
    }
    JsonNode copy = body.deepCopy();
    fresh.forEach((pointer, value) -> JsonEdits.replace(copy, pointer, JSON.valueToTree(value.apply(FRESH.incrementAndGet()))));
    return copy;
  }

  /** Every value of the body, the body itself first. */
  public List<Slot> slots() {
    if (slots == null) {
      List<Slot> found = new ArrayList<>();
      if (body != null) {
        walk("", body, null, found);
      }
      slots = List.copyOf(found);
    }
    return slots;
  }

  private void walk(String pointer, JsonNode value, JsonNode parent, List<Slot> found) {
    String key = JsonEdits.lastSegment(pointer);
    FieldKind kind = kindOf(pointer, key, value, parent);
    long[] range = ranges.getOrDefault(pointer, new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
    found.add(new Slot(pointer, value, kind, isRequired(pointer, key, value, parent), range[0], range[1]));
    if (value.isObject()) {
      for (String name : value.propertyNames()) {
        walk(pointer + "/" + name, value.get(name), value, found);
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        walk(pointer + "/" + i, value.get(i), value, found);
      }
    }
  }

  private FieldKind kindOf(String pointer, String key, JsonNode value, JsonNode parent) {
    if (declared.containsKey(pointer)) {
      return declared.get(pointer);
    }
    if (value.isObject()) {
      return FieldKind.OBJECT;
    }
    if (value.isArray()) {
      return FieldKind.ARRAY;
    }
    if (value.isBoolean()) {
      return FieldKind.BOOLEAN;
    }
    if (value.isNumber()) {
      return FieldKind.NUMBER;
    }
    boolean inMap = parent != null && declared.get(JsonEdits.parentOf(pointer)) == FieldKind.MAP;
    if (inMap || key.equals("text")) {
      return FieldKind.TEXT;
    }
    if (key.equals("language") || (parent != null && parent.isArray() && JsonEdits.lastSegment(JsonEdits.parentOf(pointer)).equals("languages"))) {
      return FieldKind.LANGUAGE;
    }
    if (key.equals("provenance")) {
      return FieldKind.VOCABULARY;
    }
    return isDateTime(value.asString()) ? FieldKind.DATE_TIME : isDate(value.asString()) ? FieldKind.DATE : FieldKind.STRING;
  }

  /** Declared, or a text's text, or the language of a translation (which, unlike a text's, has no default). */
  private boolean isRequired(String pointer, String key, JsonNode value, JsonNode parent) {
    if (required.contains(pointer)) {
      return true;
    }
    if (parent == null || !parent.isObject() || !value.isString()) {
      return false;
    }
    boolean inTranslations = !JsonEdits.parentOf(pointer).isEmpty()
        && JsonEdits.lastSegment(JsonEdits.parentOf(JsonEdits.parentOf(pointer))).equals("translations");
    return key.equals("text") || (key.equals("language") && inTranslations);
  }

  private static boolean isDateTime(String value) {
    try {
      OffsetDateTime.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isDate(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return endpoint() + " at " + node + " as " + role();
  }
}
