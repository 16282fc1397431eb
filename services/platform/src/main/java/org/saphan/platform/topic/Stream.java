package org.saphan.platform.topic;

import java.util.Arrays;

/**
 * The kinds of business the federation carries, each on its own family of topics. The major
 * version is the schema major of the stream's events: a breaking schema change is a new major and
 * a new topic.
 */
public enum Stream {
  ALERT("alert", 1),
  REPATRIATION("repatriation", 1),
  MEETING("meeting", 1),
  RECEIPT("receipt", 1),
  /** Translations added or reviewed after the fact, sent to the parties of the text's aggregate. */
  TRANSLATION("translation", 1),
  /** The shared glossary of the domain's terms, sent to all. */
  GLOSSARY("glossary", 1),
  CHECKPOINT("checkpoint", 1),
  SCHEMA("schema", 1),
  /** What auditors read on this node: kept on the node, never sent to any other. */
  AUDIT("audit", 1, true);

  private final String id;
  private final int major;
  private final boolean local;

  Stream(String id, int major) {
    this(id, major, false);
  }

  Stream(String id, int major, boolean local) {
    this.id = id;
    this.major = major;
    this.local = local;
  }

  /**
   * A local stream's events are addressed to the node itself ({@code bcc.<self>.<stream>}): no
   * MirrorMaker 2 flow copies a topic addressed to its own source node, so they never leave it.
   */
  public boolean isLocal() {
    return local;
  }

  /** The name used in topic names and in schemas' {@code saphan.stream} property. */
  public String id() {
    return id;
  }

  public int major() {
    return major;
  }

  public static Stream fromId(String id) {
    return Arrays.stream(values())
        .filter(s -> s.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown stream '" + id + "'; streams are "
            + Arrays.stream(values()).map(Stream::id).toList()));
  }
}
