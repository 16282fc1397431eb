package org.saphan.mirror;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.common.config.provider.FileConfigProvider;
import org.saphan.platform.node.NodeId;

/**
 * Where each MirrorMaker 2 flow finds its principal's passwords: one on the source cluster (reading
 * what is addressed to the target) and one on the target cluster (writing the copies). The
 * configuration never holds them: it names keys of the target node's secrets file, which
 * MirrorMaker 2 reads through Kafka's {@link FileConfigProvider} when it starts a flow, so neither
 * the generated configuration nor the connector configurations MirrorMaker 2 keeps in its config
 * topic contain a password.
 *
 * <p>Each node's secrets file ({@link #fileOf}) is readable only by that node's MirrorMaker 2
 * process and holds, for each flow into the node, the keys {@link #sourceKey} and {@link #targetKey}.
 */
public record FlowSecrets(Path directory) {

  /** The name of the config provider in MirrorMaker 2's configuration. */
  static final String PROVIDER = "file";

  public FlowSecrets {
    Objects.requireNonNull(directory, "directory");
  }

  /** The key of the flow's password on its source cluster, e.g. {@code th-cei->mm-tcl.source}. */
  public static String sourceKey(MirrorFlow flow) {
    return flow.name() + ".source";
  }

  /** The key of the flow's password on its target cluster, e.g. {@code th-cei->mm-tcl.target}. */
  public static String targetKey(MirrorFlow flow) {
    return flow.name() + ".target";
  }

  /** The secrets file of the MirrorMaker 2 process writing into {@code target}, e.g. {@code mm2-mm-tcl.secrets}. */
  public Path fileOf(NodeId target) {
    return directory.resolve("mm2-" + target.value() + ".secrets").toAbsolutePath();
  }

  /**
   * Writes {@code target}'s secrets file, readable and writable by its owner only.
   *
   * @param passwords by {@link #sourceKey} and {@link #targetKey} of each flow into {@code target}
   */
  public Path write(NodeId target, Map<String, String> passwords) {
    Path file = fileOf(target);
    Properties properties = new Properties();
    properties.putAll(passwords);
    try {
      Files.createDirectories(directory);
      Files.deleteIfExists(file);
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
        properties.store(writer, "MirrorMaker 2 flow passwords of node " + target);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the MirrorMaker 2 secrets of node " + target + " to " + file, e);
    }
  }

  /** What MirrorMaker 2 replaces with the value of {@code key} in the secrets file of the flow's target. */
  String reference(MirrorFlow flow, String key) {
    return "${" + PROVIDER + ":" + fileOf(flow.target()) + ":" + key + "}";
  }

  /** The settings that make MirrorMaker 2 resolve {@link #reference}s. */
  static Map<String, String> providerSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("config.providers", PROVIDER);
    settings.put("config.providers." + PROVIDER + ".class", FileConfigProvider.class.getName());
    return settings;
  }
}
