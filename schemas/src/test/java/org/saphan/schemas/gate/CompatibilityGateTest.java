package org.saphan.schemas.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompatibilityGateTest {

  private static final Path FIXTURES = Path.of("src/test/resources/gate");
  private final CompatibilityGate gate = new CompatibilityGate();

  private List<String> check(String fixture) {
    return gate.check(FIXTURES.resolve(fixture).resolve("avro"), FIXTURES.resolve(fixture).resolve("releases"));
  }

  @Test
  void theProjectsRealSchemasPassTheGate() {
    assertThat(SchemaFiles.avscFiles(Path.of("releases"))).isNotEmpty();
    assertThat(gate.check(Path.of("src/main/avro"), Path.of("releases"))).isEmpty();
  }

  @Test
  void aMinorVersionThatAddsAFieldWithoutDefaultFailsAndSaysWhy() {
    List<String> violations = check("incompatible-minor");

    assertThat(violations).anySatisfy(v -> assertThat(v)
        .contains("org.saphan.fixture.Sample")
        .contains("readers of 1.1 cannot read data written with 1.0")
        .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
        .contains("region"));
  }

  @Test
  void theGateFailsTheBuildOnTheIncompatibleFixture() {
    Path fixture = FIXTURES.resolve("incompatible-minor");
    assertThatThrownBy(() -> CompatibilityGate.main(new String[] {
            fixture.resolve("avro").toString(), fixture.resolve("releases").toString()}))
        .isInstanceOf(GateException.class)
        .hasMessageContaining("schema compatibility gate failed")
        .hasMessageContaining("region");
  }

  @Test
  void aMinorVersionThatAddsAFieldWithADefaultPasses() {
    assertThat(check("compatible-minor")).isEmpty();
  }

  @Test
  void aBreakingChangeIsAllowedOnlyAsANewMajor() {
    assertThat(check("new-major")).isEmpty();
  }

  @Test
  void editingAReleasedVersionInPlaceFails() {
    assertThat(check("edited-release")).singleElement().asString()
        .contains("org.saphan.fixture.Sample 1.0 differs from its released version");
  }

  @Test
  void aCurrentVersionWithoutReleaseFileFails() {
    assertThat(check("missing-release")).singleElement().asString()
        .contains("org.saphan.fixture.Sample 1.1 has no release file");
  }

  @Test
  void aCurrentVersionOlderThanTheLatestReleaseFails() {
    assertThat(check("going-backwards")).singleElement().asString()
        .contains("is at 1.0 but 1.1 was already released");
  }

  @Test
  void freezeWritesTheMissingReleaseAndThenTheTreePasses(@TempDir Path releases) throws Exception {
    Path sources = FIXTURES.resolve("compatible-minor").resolve("avro");

    List<Path> written = gate.freeze(sources, releases);

    assertThat(written).containsExactly(releases.resolve("org.saphan.fixture.Sample").resolve("1.1.avsc"));
    assertThat(Files.readString(written.get(0))).contains("\"region\"");
    assertThat(gate.check(sources, releases)).isEmpty();
    assertThat(gate.freeze(sources, releases)).as("freeze never overwrites").isEmpty();
  }

  @Test
  void aMisplacedReleaseFileIsAClearError(@TempDir Path releases) throws Exception {
    Path wrong = releases.resolve("org.saphan.fixture.Other").resolve("1.0.avsc");
    Files.createDirectories(wrong.getParent());
    Files.copy(FIXTURES.resolve("compatible-minor/releases/org.saphan.fixture.Sample/1.0.avsc"), wrong);

    assertThatThrownBy(() -> gate.check(FIXTURES.resolve("compatible-minor/avro"), releases))
        .isInstanceOf(GateException.class)
        .hasMessageContaining("its path must be releases/org.saphan.fixture.Sample/1.0.avsc");
  }
}
