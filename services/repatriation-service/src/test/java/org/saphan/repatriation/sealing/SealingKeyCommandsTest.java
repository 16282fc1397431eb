package org.saphan.repatriation.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saphan.repatriation.sealing.SealingFixtures.IDENTITY;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's procedure, command by command: generate, rotate, hand out the public key, destroy the old key. */
class SealingKeyCommandsTest {

  @TempDir
  Path dir;

  private record Run(int exitCode, String out, String err) {
    Properties properties() throws IOException {
      Properties properties = new Properties();
      properties.load(new StringReader(out));
      return properties;
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = SealingKeyCommands.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void generateRotateAndDestroyThroughKeysetFiles() throws IOException {
    Run generated = run("generate", "mm-tcl");
    assertThat(generated.exitCode()).as(generated.err()).isZero();
    Path epoch1 = Files.writeString(dir.resolve("mm-tcl-sealing-1.properties"), generated.out());
    String firstKeyId = generated.out().replaceAll("(?s).*primary key ([0-9a-f]{8}).*", "$1");

    Run rotated = run("rotate", "mm-tcl", epoch1.toString());
    assertThat(rotated.exitCode()).as(rotated.err()).isZero();
    assertThat(rotated.out()).contains("keys held: ").contains(firstKeyId);
    Path epoch2 = Files.writeString(dir.resolve("mm-tcl-sealing-2.properties"), rotated.out());

    Run destroyed = run("destroy", "mm-tcl", epoch2.toString(), firstKeyId);
    assertThat(destroyed.exitCode()).as(destroyed.err()).isZero();
    assertThat(destroyed.out()).doesNotContain(firstKeyId);

    // what sealed for the first key opened with the rotated keyset, and no longer with the pruned one
    String case1 = "TH-CEI-RP-SH-0001";
    var sealed = new IdentitySealer(SealingKeys.of("th-cei", SealingFixtures.TH_CEI.privateKeysetBase64(),
        Map.of("mm-tcl", generated.properties().getProperty(SealingKeys.PUBLIC_KEYS_PROPERTY + ".mm-tcl"))))
        .seal(IDENTITY, case1, List.of("th-cei", "mm-tcl"));
    assertThat(new IdentitySealer(SealingKeys.of("mm-tcl", rotated.properties().getProperty(SealingKeys.PRIVATE_KEY_PROPERTY), Map.of()))
        .open(sealed, case1)).isEqualTo(IDENTITY);
    SealingKeys pruned = SealingKeys.of("mm-tcl", destroyed.properties().getProperty(SealingKeys.PRIVATE_KEY_PROPERTY),
        Map.of("mm-tcl", destroyed.properties().getProperty(SealingKeys.PUBLIC_KEYS_PROPERTY + ".mm-tcl")));
    assertThat(pruned.privateKeyIds()).doesNotContain(firstKeyId).hasSize(1);
  }

  @Test
  void aKeysetFileMayHoldTheBareKeyset() throws IOException {
    Path bare = Files.writeString(dir.resolve("bare"), SealingFixtures.LA_HXY.privateKeysetBase64() + "\n");

    Run rotated = run("rotate", "la-hxy", bare.toString());

    assertThat(rotated.exitCode()).as(rotated.err()).isZero();
    assertThat(rotated.out()).contains(SealingFixtures.LA_HXY.keyId());
  }

  @Test
  void aStoreKeyOpensAStore() throws IOException {
    Run printed = run("store-key");

    assertThat(printed.exitCode()).isZero();
    String storeKey = printed.properties().getProperty(CaseKeyStore.STORE_KEY_PROPERTY);
    CaseKeyStore.open(dir.resolve("store"), "th-cei", storeKey, Clock.systemUTC()).putDataKey("TH-CEI-RP-1", new byte[32]);
    assertThat(dir.resolve("store/TH-CEI-RP-1.json")).exists();
  }

  @Test
  void badUsageOrInputSaysWhyWithExitCode2() throws IOException {
    assertThat(run().exitCode()).isEqualTo(SealingKeyCommands.USAGE);
    assertThat(run("rotate", "mm-tcl").exitCode()).isEqualTo(SealingKeyCommands.USAGE);
    Run missing = run("rotate", "mm-tcl", dir.resolve("missing").toString());
    assertThat(missing.exitCode()).isEqualTo(SealingKeyCommands.USAGE);
    assertThat(missing.err()).contains("cannot read the keyset file");
    Path keyset = Files.writeString(dir.resolve("k"), SealingFixtures.MM_TCL.privateKeysetBase64());
    Run primary = run("destroy", "mm-tcl", keyset.toString(), SealingFixtures.MM_TCL.keyId());
    assertThat(primary.exitCode()).isEqualTo(SealingKeyCommands.USAGE);
    assertThat(primary.err()).contains("primary sealing key").doesNotContain(SealingFixtures.MM_TCL.privateKeysetBase64());
    assertThat(primary.out()).isEmpty();
  }
}
