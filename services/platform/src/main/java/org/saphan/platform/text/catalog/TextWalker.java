package org.saphan.platform.text.catalog;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificData;
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
    visitFields(event, "", (path, text) -> {
      visitor.accept(path, text);
      return text;
    });
  }

  /** A deep copy of {@code event} with each text replaced by what {@code replacement} gives for its path and text. */
  @SuppressWarnings("unchecked")
  static <T extends GenericRecord> T replace(T event, BiFunction<String, LocalizedText, LocalizedText> replacement) {
    T copy = (T) SpecificData.getForSchema(event.getSchema()).deepCopy(event.getSchema(), event);
    visitFields(copy, "", replacement);
    return copy;
  }

  private static void visitFields(GenericRecord record, String prefix, BiFunction<String, LocalizedText, LocalizedText> f) {
    for (Schema.Field field : record.getSchema().getFields()) {
      if (prefix.isEmpty() && field.name().equals("envelope")) {
        continue;
      }
      String path = prefix.isEmpty() ? field.name() : prefix + "/" + field.name();
      Object value = record.get(field.pos());
      Object visited = visit(value, path, f);
      if (visited != value) {
        record.put(field.pos(), visited);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Object visit(Object value, String path, BiFunction<String, LocalizedText, LocalizedText> f) {
    if (value instanceof LocalizedText text) {
      return f.apply(path, text);
    }
    if (value instanceof GenericRecord record) {
      visitFields(record, path, f);
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Object element = list.get(i);
        Object visited = visit(element, path + "/" + i, f);
        if (visited != element) {
          ((List<Object>) list).set(i, visited);
        }
      }
    }
    return value;
  }
}
