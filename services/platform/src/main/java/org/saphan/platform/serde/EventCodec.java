package org.saphan.platform.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.saphan.platform.envelope.EventType;
import org.saphan.platform.serde.UndecodableEventException.Reason;
import org.saphan.schemas.EventCatalog;

/**
 * Avro single-object encoding of events: {@code C3 01}, the writer schema's 8-byte CRC-64-AVRO
 * fingerprint (little-endian), then the Avro binary body.
 *
 * <p>Decoding resolves the writer schema through this node's {@link WriterSchemas} and reads into
 * the generated class of the same name when this build has one (schema resolution handles newer
 * and older minor versions); an event type this build does not know decodes as a generic record.
 */
public final class EventCodec {

  static final byte MARKER_0 = (byte) 0xC3;
  static final byte MARKER_1 = (byte) 0x01;
  static final int HEADER_LENGTH = 10;

  static {
    AvroTrust.trustGeneratedPackages();
  }

  private final WriterSchemas writerSchemas;
  private final Duration schemaArrivalTimeout;
  private final Map<Long, DatumWriter<GenericRecord>> writers = new ConcurrentHashMap<>();
  private final Map<Long, DatumReader<GenericRecord>> readers = new ConcurrentHashMap<>();

  /**
   * @param schemaArrivalTimeout how long to wait for an unknown writer schema to arrive on the
   *     schema stream before declaring it unknown
   */
  public EventCodec(WriterSchemas writerSchemas, Duration schemaArrivalTimeout) {
    this.writerSchemas = writerSchemas;
    this.schemaArrivalTimeout = schemaArrivalTimeout;
  }

  public byte[] encode(GenericRecord event) {
    Schema schema = event.getSchema();
    long fingerprint = SchemaNormalization.parsingFingerprint64(schema);
    DatumWriter<GenericRecord> writer = writers.computeIfAbsent(fingerprint, f -> new SpecificDatumWriter<>(schema));
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    out.write(MARKER_0);
    out.write(MARKER_1);
    out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(fingerprint).array());
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    try {
      writer.write(event, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("event " + schema.getFullName() + " cannot be encoded with its own schema: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** The writer schema's fingerprint from the header; throws if the bytes are not single-object encoded. */
  public static long fingerprintOf(byte[] bytes) {
    if (bytes == null || bytes.length < HEADER_LENGTH) {
      throw new UndecodableEventException(Reason.NOT_SINGLE_OBJECT_ENCODED,
          "not an Avro single-object encoded event: " + (bytes == null ? "no value" : bytes.length + " bytes") + " (at least "
              + HEADER_LENGTH + " expected)");
    }
    if (bytes[0] != MARKER_0 || bytes[1] != MARKER_1) {
      throw new UndecodableEventException(Reason.NOT_SINGLE_OBJECT_ENCODED, String.format(
          "not an Avro single-object encoded event: starts with %02X %02X instead of the marker C3 01", bytes[0], bytes[1]));
    }
    return ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
  }

  /**
   * Decodes an event. Throws {@link UndecodableEventException} (with its reason) for bytes that are
   * not single-object encoded, an unknown writer schema, or a corrupt body.
   */
  public GenericRecord decode(byte[] bytes) {
    long fingerprint = fingerprintOf(bytes);
    DatumReader<GenericRecord> reader = readers.get(fingerprint);
    if (reader == null) {
      // Resolved outside the map: finding the schema may wait for the schema stream.
      reader = readerFor(fingerprint);
      readers.putIfAbsent(fingerprint, reader);
    }
    BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, HEADER_LENGTH, bytes.length - HEADER_LENGTH, null);
    GenericRecord event;
    try {
      event = reader.read(null, decoder);
      if (!decoder.isEnd()) {
        throw new UndecodableEventException(Reason.CORRUPT_BODY, "event body of writer schema " + EventType.hex(fingerprint)
            + " has trailing bytes after the record: the bytes were corrupted or written with another schema");
      }
    } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException | ClassCastException | NegativeArraySizeException e) {
      throw new UndecodableEventException(Reason.CORRUPT_BODY, "event body does not decode with writer schema "
          + EventType.hex(fingerprint) + ": " + e, e);
    }
    return event;
  }

  private DatumReader<GenericRecord> readerFor(long fingerprint) {
    Schema writer = writerSchemas.find(fingerprint)
        .or(() -> writerSchemas.await(fingerprint, schemaArrivalTimeout))
        .orElseThrow(() -> new UnknownSchemaException(fingerprint));
    // Only the project's own generated classes are instantiated; anything else decodes generically.
    Class<?> generated = EventCatalog.GENERATED_PACKAGES.contains(writer.getNamespace()) ? SpecificData.get().getClass(writer) : null;
    if (generated == null) {
      return new GenericDatumReader<>(writer, writer, GenericData.get());
    }
    Schema reader = SpecificData.get().getSchema(generated);
    if (!sameMajor(writer, reader)) {
      throw new UndecodableEventException(Reason.INCOMPATIBLE_SCHEMA, "writer schema " + writer.getFullName() + " "
          + writer.getProp("saphan.version") + " cannot be read as this node's " + reader.getProp("saphan.version"));
    }
    return new SpecificDatumReader<>(writer, reader);
  }

  private static boolean sameMajor(Schema writer, Schema reader) {
    String w = writer.getProp("saphan.version");
    String r = reader.getProp("saphan.version");
    return w == null || r == null || w.split("\\.")[0].equals(r.split("\\.")[0]);
  }
}
