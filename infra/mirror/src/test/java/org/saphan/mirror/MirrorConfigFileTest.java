package org.saphan.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saphan.platform.node.NodeRegistry;

class MirrorConfigFileTest {

  @Test
  void theFileReadsBackAsTheSameConfigurationAsKafkaReadsIt(@TempDir Path dir) throws IOException {
    Map<String, String> config = new HashMap<>(MirrorFlowsTest.configFor(NodeRegistry.defaults()));
    // Characters the properties format must escape, and one that is not ASCII.
    config.put("th-cei.client.id", "เชียงราย mirror: #1 = ok!");
    Path file = dir.resolve("mm2.properties");

    MirrorConfigFile.write(config, file);

    // Kafka's connect-mirror-maker.sh loads the file from a byte stream, i.e. as ISO-8859-1.
    Properties readBack = new Properties();
    readBack.load(new ByteArrayInputStream(Files.readAllBytes(file)));
    assertThat(readBack).containsExactlyInAnyOrderEntriesOf(config);
  }

  @Test
  void regularExpressionsKeepTheirBackslashesAndSectionsAreGrouped() {
    String text = MirrorConfigFile.render(MirrorFlowsTest.configFor(NodeRegistry.defaults()));

    assertThat(text).contains("th-cei->mm-tcl.topics=bcc\\\\.(mm-tcl|all)\\\\.[a-z]+\\\\.v[0-9]+\n");
    assertThat(text).containsSubsequence(
        "# Every flow", "emit.heartbeats.enabled=false",
        "# Cluster la-hxy", "la-hxy.bootstrap.servers=la-hxy\\:9092",
        "# Cluster th-cei", "th-cei.producer.linger.ms=0",
        "# Flow la-hxy->mm-tcl", "la-hxy->mm-tcl.enabled=true",
        "# Flow th-cei->mm-tcl", "th-cei->mm-tcl.topics=");
    assertThat(text).isEqualTo(MirrorConfigFile.render(MirrorFlowsTest.configFor(NodeRegistry.defaults())));
    assertThat(StandardCharsets.US_ASCII.newEncoder().canEncode(text)).isTrue();
  }
}
