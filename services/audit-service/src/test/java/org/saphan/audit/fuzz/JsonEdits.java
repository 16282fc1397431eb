package org.saphan.audit.fuzz;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Edits of a JSON tree at a JSON pointer ({@code /consent/givenAt}, {@code /infos/0/areas/0}); the empty pointer is the root. */
final class JsonEdits {

  private JsonEdits() {}

  /** {@code root} with the value at {@code pointer} replaced (the root itself, for the empty pointer). */
  static JsonNode replace(JsonNode root, String pointer, JsonNode value) {
    if (pointer.isEmpty()) {
      return value;
    }
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = root.at(at.head());
    String last = at.last().getMatchingProperty();
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
    return root;
  }

  /** {@code root} without the member or element at {@code pointer}. */
  static JsonNode remove(JsonNode root, String pointer) {
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = root.at(at.head());
    String last = at.last().getMatchingProperty();
    if (parent instanceof ArrayNode array) {
      array.remove(Integer.parseInt(last));
    } else {
      ((ObjectNode) parent).remove(last);
    }
    return root;
  }

  /** The last segment of {@code pointer}: a member's name or an element's index; empty for the root. */
  static String lastSegment(String pointer) {
    return pointer.isEmpty() ? "" : JsonPointer.compile(pointer).last().getMatchingProperty();
  }

  /** The pointer of the object or array holding {@code pointer}. */
  static String parentOf(String pointer) {
    return JsonPointer.compile(pointer).head().toString();
  }
}
