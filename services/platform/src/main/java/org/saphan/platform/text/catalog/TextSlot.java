package org.saphan.platform.text.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Where one human-readable text lives, the same on every node: the stream of the event carrying it,
 * its owner (see {@link TextSlots}) and its path in the event. Translations attach to a slot, so a
 * translation of an alert's headline follows the headline through the alert's updates and shows as
 * stale once the headline changes.
 *
 * @param path field names and list indexes from the event's root, e.g. {@code infos/0/headline}
 */
public record TextSlot(String stream, String owner, String path) {

  public TextSlot {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(path, "path");
  }

  /** A short id of the slot for URLs, the same on every node (24 hex digits of its SHA-256). */
  public String ref() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest((stream + "\n" + owner + "\n" + path).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
