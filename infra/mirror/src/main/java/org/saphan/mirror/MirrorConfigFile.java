package org.saphan.mirror;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a MirrorMaker 2 configuration as a {@code .properties} file for a production node, where
 * MirrorMaker 2 runs as its own process: {@code connect-mirror-maker.sh mm2.properties --clusters <node>}.
 *
 * <p>Keys are grouped (every flow, then each cluster, then each flow) and sorted, so two files
 * generated from the same registry are identical and a diff shows what a registry change did.
 * Regular expressions keep their meaning: the backslashes of {@code bcc\.(mm-tcl|all)} are escaped
 * as the properties format requires.
 */
public final class MirrorConfigFile {

  private MirrorConfigFile() {}

  public static String render(Map<String, String> config) {
    List<String> clusters = clustersOf(config);
    Map<String, String> everyFlow = new TreeMap<>();
    Map<String, Map<String, String>> byCluster = new TreeMap<>();
    Map<String, Map<String, String>> byFlow = new TreeMap<>();
    config.forEach((key, value) -> {
      int arrow = key.indexOf("->");
      String cluster = clusters.stream().filter(c -> key.startsWith(c + ".")).findFirst().orElse(null);
      if (arrow > 0) {
        byFlow.computeIfAbsent(key.substring(0, key.indexOf('.', arrow)), f -> new TreeMap<>()).put(key, value);
      } else if (cluster != null) {
        byCluster.computeIfAbsent(cluster, c -> new TreeMap<>()).put(key, value);
      } else {
        everyFlow.put(key, value);
      }
    });

    StringBuilder text = new StringBuilder();
    text.append("# MirrorMaker 2 (dedicated mode) for the Saphan federation, generated from the node registry.\n");
    text.append("# Do not edit: regenerate. Run one process per node, writing into that node only:\n");
    text.append("#   connect-mirror-maker.sh <this file> --clusters <node id>\n");
    section(text, "Every flow", everyFlow);
    byCluster.forEach((cluster, entries) -> section(text, "Cluster " + cluster + " (worker writing into it)", entries));
    byFlow.forEach((flow, entries) -> section(text, "Flow " + flow, entries));
    return text.toString();
  }

  public static void write(Map<String, String> config, Path file) {
    try {
      // ASCII only (other characters are \\u-escaped), so Kafka's ISO-8859-1 reader reads it right.
      Files.writeString(file, render(config), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write MirrorMaker 2 configuration " + file, e);
    }
  }

  private static List<String> clustersOf(Map<String, String> config) {
    String clusters = config.get("clusters");
    if (clusters == null || clusters.isBlank()) {
      throw new IllegalArgumentException("not a MirrorMaker 2 configuration: no 'clusters' key");
    }
    return new ArrayList<>(Arrays.stream(clusters.split(",")).map(String::trim).toList());
  }

  private static void section(StringBuilder text, String title, Map<String, String> entries) {
    text.append("\n# ").append(title).append('\n');
    entries.forEach((key, value) -> text.append(escape(key, true)).append('=').append(escape(value, false)).append('\n'));
  }

  /** Escapes as {@link java.util.Properties#store} does, so {@link java.util.Properties#load} gives back the same text. */
  static String escape(String text, boolean isKey) {
    StringBuilder escaped = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\f' -> escaped.append("\\f");
        case '=', ':', '#', '!' -> escaped.append('\\').append(c);
        case ' ' -> escaped.append(i == 0 || isKey ? "\\ " : " ");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            escaped.append(String.format("\\u%04x", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
