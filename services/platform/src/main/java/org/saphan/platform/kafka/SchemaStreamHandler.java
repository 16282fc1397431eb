package org.saphan.platform.kafka;

import org.saphan.platform.validation.RejectedEventException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.SchemaParseException;
import org.saphan.platform.envelope.EventType;
import org.saphan.platform.serde.WriterSchemas;
import org.saphan.schema.platform.SchemaPublished;

/** Adds the writer schemas published by any node (itself included) to this node's store. */
final class SchemaStreamHandler implements EventHandler {

  private final WriterSchemas writerSchemas;

  SchemaStreamHandler(WriterSchemas writerSchemas) {
    this.writerSchemas = writerSchemas;
  }

  @Override
  public void handle(ReceivedEvent received) {
    SchemaPublished published = received.as(SchemaPublished.class);
    Schema schema;
    try {
      schema = new Schema.Parser().parse(published.getSchemaJson());
    } catch (SchemaParseException e) {
      throw new RejectedEventException("INVALID_SCHEMA", "schema " + published.getFullName() + " published by "
          + received.envelope().origin() + " does not parse: " + e.getMessage());
    }
    long actual = SchemaNormalization.parsingFingerprint64(schema);
    if (actual != published.getFingerprint() || !schema.getFullName().equals(published.getFullName())) {
      throw new RejectedEventException("INVALID_SCHEMA", "schema published by " + received.envelope().origin() + " as "
          + published.getFullName() + " " + EventType.hex(published.getFingerprint()) + " is in fact " + schema.getFullName() + " "
          + EventType.hex(actual));
    }
    writerSchemas.register(schema);
  }
}
