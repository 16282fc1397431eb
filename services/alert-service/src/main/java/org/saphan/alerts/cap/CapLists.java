package org.saphan.alerts.cap;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CAP's space-delimited lists ({@code addresses}, {@code incidents}, {@code references}). CAP 1.2
 * §3.2.1: "Multiple space-delimited addresses MAY be included. Addresses including whitespace MUST
 * be enclosed in double-quotes." Our node ids never contain whitespace, but a foreign system's
 * addresses may.
 */
final class CapLists {

  private static final Pattern ITEM = Pattern.compile("\"([^\"]*)\"|(\\S+)");
  private static final Pattern HAS_WHITESPACE = Pattern.compile(".*\\s.*", Pattern.DOTALL);

  private CapLists() {}

  /** Items of a CAP list, with double quotes around an item removed; empty items are skipped. */
  static List<String> split(String capList) {
    List<String> items = new ArrayList<>();
    if (capList == null) {
      return items;
    }
    Matcher m = ITEM.matcher(capList);
    while (m.find()) {
      String item = m.group(1) != null ? m.group(1) : m.group(2);
      if (!item.isBlank()) {
        items.add(item);
      }
    }
    return items;
  }

  /**
   * {@code items} as a CAP list, quoting those that contain whitespace.
   *
   * @param field the CAP element, for the message
   * @throws IllegalArgumentException for an item containing a double quote, which CAP cannot carry
   */
  static String join(String field, List<String> items) {
    List<String> written = new ArrayList<>();
    for (String item : items) {
      if (item == null || item.isBlank()) {
        throw new IllegalArgumentException("CAP " + field + " cannot carry an empty entry: " + items);
      }
      if (item.contains("\"")) {
        throw new IllegalArgumentException("CAP " + field + " entry '" + item + "' contains a double quote, which a CAP list cannot carry");
      }
      written.add(HAS_WHITESPACE.matcher(item).matches() ? "\"" + item + "\"" : item);
    }
    return String.join(" ", written);
  }
}
