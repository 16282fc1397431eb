package org.saphan.platform.text.catalog;

import java.util.List;
import java.util.function.BiConsumer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.saphan.schema.common.LocalizedText;

/**
 * Finds every {@link LocalizedText} in an event, whatever its type, with its path: field names and
 * list indexes from the root ({@code infos/0/areas/1/areaDesc}). The envelope holds no text and is
 * skipped. Texts of an event type this node only knows generically (a newer type decoded without a
 * generated class) are not found: they are not {@code LocalizedText} instances.
 */
final class TextWalker {

  private TextWalker() {}

  static void walk(GenericRecord event, BiConsumer<String, LocalizedText> visitor) {
    for (Schema.Field field : event.getSchema().getFields()) {
      if (!field.name().equals("envelope")) {
        visit(event.get(field.pos()), field.name(), visitor);
      }
    }
  }

  private static void visit(Object value, String path, BiConsumer<String, LocalizedText> visitor) {
    if (value instanceof LocalizedText text) {
      visitor.accept(path, text);
    } else if (value instanceof GenericRecord record) {
      for (Schema.Field field : record.getSchema().getFields()) {
        visit(record.get(field.pos()), path + "/" + field.name(), visitor);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        visit(list.get(i), path + "/" + i, visitor);
      }
    }
  }
}
