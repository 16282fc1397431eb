package org.saphan.audit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What the fuzzing sent and got: requests and statuses per endpoint, mutations per kind, for each kind of request. */
public final class FuzzTally {

  /** The kinds of request, as the table's columns name them. */
  public enum Sent {
    VALID("valid examples"), REFUSAL("must be refused"), ANSWER("may be valid");

    final String label;

    Sent(String label) {
      this.label = label;
    }

    static Sent of(Expected expected) {
      return expected == Expected.REFUSAL ? REFUSAL : ANSWER;
    }
  }

  private final List<String> endpoints;
  private final Map<Sent, Map<String, Map<Integer, Integer>>> statuses = new LinkedHashMap<>();
  private final Map<Sent, Map<String, Integer>> kinds = new LinkedHashMap<>();

  /** @param endpoints the rows, in order, e.g. "POST /api/alerts" */
  public FuzzTally(List<String> endpoints) {
    this.endpoints = List.copyOf(endpoints);
    for (Sent sent : Sent.values()) {
      statuses.put(sent, new LinkedHashMap<>());
      kinds.put(sent, new TreeMap<>());
    }
  }

  public synchronized void count(Sent sent, String endpoint, String kind, int status) {
    statuses.get(sent).computeIfAbsent(endpoint, e -> new TreeMap<>()).merge(status, 1, Integer::sum);
    if (kind != null) {
      kinds.get(sent).merge(kind, 1, Integer::sum);
    }
  }

  public synchronized void count(FuzzRequest request, int status) {
    count(Sent.of(request.mutation().expected()), request.example().endpoint(), request.mutation().kind(), status);
  }

  public synchronized int requests(Sent sent, String endpoint) {
    return statuses.get(sent).getOrDefault(endpoint, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
  }

  public synchronized int requests(Sent sent) {
    return endpoints.stream().mapToInt(e -> requests(sent, e)).sum();
  }

  /** How many answers of {@code sent} had a status from {@code from} to {@code to}, inclusive. */
  public synchronized int answered(Sent sent, int from, int to) {
    return statuses.get(sent).values().stream().flatMap(s -> s.entrySet().stream())
        .filter(e -> e.getKey() >= from && e.getKey() <= to).mapToInt(Map.Entry::getValue).sum();
  }

  /** The table: one row per endpoint, for each kind of request the number sent and the statuses (e.g. "400×23 413×2"). */
  public synchronized String table() {
    int width = endpoints.stream().mapToInt(String::length).max().orElse(10) + 2;
    StringBuilder out = new StringBuilder(String.format("%-" + width + "s", "endpoint"));
    for (Sent sent : Sent.values()) {
      out.append(String.format("| %-40s", sent.label + ": sent, statuses"));
    }
    out.append('\n');
    List<String> rows = new ArrayList<>(endpoints);
    rows.add("total");
    for (String row : rows) {
      out.append(String.format("%-" + width + "s", row));
      for (Sent sent : Sent.values()) {
        Map<Integer, Integer> seen = row.equals("total") ? totals(sent) : statuses.get(sent).getOrDefault(row, Map.of());
        int sum = seen.values().stream().mapToInt(Integer::intValue).sum();
        out.append(String.format("| %-40s", sum + "  " + seen.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
            .collect(Collectors.joining(" "))));
      }
      out.append('\n');
    }
    for (Sent sent : List.of(Sent.REFUSAL, Sent.ANSWER)) {
      out.append("\nMutations that ").append(sent == Sent.REFUSAL ? "must be refused" : "may leave the request valid").append(", by kind:\n");
      kinds.get(sent).forEach((kind, n) -> out.append(String.format("  %-52s %5d%n", kind, n)));
    }
    return out.toString();
  }

  private Map<Integer, Integer> totals(Sent sent) {
    Map<Integer, Integer> all = new TreeMap<>();
    statuses.get(sent).values().forEach(s -> s.forEach((status, n) -> all.merge(status, n, Integer::sum)));
    return all;
  }

  public void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
