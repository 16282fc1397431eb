package org.saphan.platform.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.JsonEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;

/** An event as Avro's standard JSON encoding of its writer schema: readable, and decodable again with that schema. */
public final class AvroJson {

  private AvroJson() {}

  public static String of(GenericRecord event) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JsonEncoder encoder = EncoderFactory.get().jsonEncoder(event.getSchema(), out);
      new SpecificDatumWriter<GenericRecord>(event.getSchema(), SpecificData.getForSchema(event.getSchema())).write(event, encoder);
      encoder.flush();
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
