package org.saphan.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

  @Test
  void everyVersionedSchemaInTheSourceTreeIsInTheCatalog() throws Exception {
    Schema.Parser parser = new Schema.Parser();
    List<String> versioned = new java.util.ArrayList<>();
    for (Path file : org.saphan.schemas.gate.SchemaFilesAccess.avscFiles(Path.of("src/main/avro"))) {
      Schema schema = parser.parse(file.toFile());
      if (SchemaVersion.isDeclaredBy(schema)) {
        versioned.add(schema.getFullName());
      }
    }

    assertThat(EventCatalog.events()).extracting(Schema::getFullName).containsExactlyInAnyOrderElementsOf(versioned);
  }

  @Test
  void everyCatalogedEventHasAnEnvelopeFirstAndAStream() {
    for (Schema event : EventCatalog.events()) {
      assertThat(event.getFields().get(0).name()).as(event.getFullName()).isEqualTo("envelope");
      assertThat(event.getProp("saphan.stream")).as(event.getFullName()).isNotBlank();
      assertThat(EventCatalog.GENERATED_PACKAGES).contains(event.getNamespace());
    }
  }
}
