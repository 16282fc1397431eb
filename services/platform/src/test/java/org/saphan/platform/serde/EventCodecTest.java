package org.saphan.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saphan.platform.SeedTexts.line;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.junit.jupiter.api.Test;
import org.saphan.platform.TestEvents;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.serde.UndecodableEventException.Reason;
import org.saphan.schema.alert.AlertInfo;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.common.TextEncoding;

class EventCodecTest {

  private final EventCodec codec = new EventCodec(WriterSchemas.withCompiledEvents(), Duration.ZERO);
  private final AlertIssued alert = TestEvents.alert(TestEvents.envelopes("th-cei"), List.of("mm-tcl"));

  @Test
  void anAlertWithThaiBurmeseAndLaoTextSurvivesTheRoundTrip() {
    byte[] bytes = codec.encode(alert);

    AlertIssued decoded = (AlertIssued) codec.decode(bytes);

    assertThat(decoded).isEqualTo(alert);
    assertThat(decoded.getInfos()).extracting(AlertInfo::getLanguage).containsExactly("th", "my", "lo");
    assertThat(decoded.getInfos().get(0).getEvent().getText()).isEqualTo(line("th.alerts"));
    assertThat(decoded.getInfos().get(1).getEvent().getText()).isEqualTo(line("my.alerts"));
    assertThat(decoded.getInfos().get(2).getEvent().getText()).isEqualTo(line("lo.alerts"));
    assertThat(decoded.getInfos().get(1).getEvent().getEncoding()).isEqualTo(TextEncoding.UNICODE);
  }

  @Test
  void theBytesAreSingleObjectEncodedWithTheWriterFingerprint() throws Exception {
    byte[] bytes = codec.encode(alert);

    assertThat(bytes[0]).isEqualTo((byte) 0xC3);
    assertThat(bytes[1]).isEqualTo((byte) 0x01);
    assertThat(EventCodec.fingerprintOf(bytes)).isEqualTo(SchemaNormalization.parsingFingerprint64(AlertIssued.getClassSchema()));
    // Avro's own single-object decoder agrees with ours.
    assertThat(AlertIssued.getDecoder().decode(bytes, null)).isEqualTo(alert);
  }

  @Test
  void bytesWithoutTheMarkerAreRejectedWithTheirReason() {
    byte[] bytes = codec.encode(alert);
    bytes[0] = '{';

    assertThatThrownBy(() -> codec.decode(bytes))
        .isInstanceOfSatisfying(UndecodableEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_SINGLE_OBJECT_ENCODED))
        .hasMessageContaining("instead of the marker C3 01");
  }

  @Test
  void tooFewBytesAreRejected() {
    assertThatThrownBy(() -> codec.decode(new byte[] {(byte) 0xC3, 0x01, 7}))
        .isInstanceOfSatisfying(UndecodableEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_SINGLE_OBJECT_ENCODED))
        .hasMessageContaining("3 bytes");
  }

  @Test
  void aTruncatedBodyIsCorrupt() {
    byte[] bytes = codec.encode(alert);
    byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);

    assertThatThrownBy(() -> codec.decode(truncated))
        .isInstanceOfSatisfying(UndecodableEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT_BODY));
  }

  @Test
  void trailingGarbageIsCorrupt() {
    byte[] bytes = codec.encode(alert);
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 4);

    assertThatThrownBy(() -> codec.decode(longer))
        .isInstanceOfSatisfying(UndecodableEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT_BODY))
        .hasMessageContaining("trailing bytes");
  }

  @Test
  void anUnknownFingerprintIsATypedErrorNamingIt() {
    byte[] bytes = codec.encode(alert);
    bytes[5] ^= 0x5A;
    long fingerprint = EventCodec.fingerprintOf(bytes);

    assertThatThrownBy(() -> codec.decode(bytes))
        .isInstanceOfSatisfying(UnknownSchemaException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_SCHEMA);
          assertThat(e.fingerprint()).isEqualTo(fingerprint);
        })
        .hasMessageContaining(String.format("%016x", fingerprint));
  }

  @Test
  void aNewerMinorVersionFromAPeerDecodesIntoThisNodesClassOnceItsSchemaIsKnown() {
    Schema v11 = alertWithExtraField();
    GenericRecord newer = asNewerVersion(alert, v11);
    byte[] bytes = new EventCodec(new WriterSchemas(), Duration.ZERO).encode(newer);

    assertThatThrownBy(() -> codec.decode(bytes)).isInstanceOf(UnknownSchemaException.class);

    WriterSchemas learned = WriterSchemas.withCompiledEvents();
    learned.register(v11);
    AlertIssued decoded = (AlertIssued) new EventCodec(learned, Duration.ZERO).decode(bytes);
    assertThat(decoded.getIdentifier()).isEqualTo(alert.getIdentifier());
    assertThat(decoded.getInfos()).hasSize(3);
  }

  @Test
  void aDecoderWaitsForASchemaThatArrivesOnTheSchemaStreamAfterTheEvent() throws Exception {
    Schema v11 = alertWithExtraField();
    byte[] bytes = new EventCodec(new WriterSchemas(), Duration.ZERO).encode(asNewerVersion(alert, v11));
    WriterSchemas store = WriterSchemas.withCompiledEvents();
    EventCodec waiting = new EventCodec(store, Duration.ofSeconds(10));

    CompletableFuture<GenericRecord> decoding = CompletableFuture.supplyAsync(() -> waiting.decode(bytes));
    Thread.sleep(100); // the event is being decoded before its schema has arrived
    store.register(v11);

    assertThat(decoding.get(5, TimeUnit.SECONDS)).isInstanceOf(AlertIssued.class);
  }

  @Test
  void anEventTypeThisBuildDoesNotKnowDecodesGenericallyWithItsEnvelope() {
    Schema unknownType = SchemaBuilder.record("HandoverCompleted").namespace("org.saphan.schema.future")
        .prop("saphan.version", "1.0").prop("saphan.stream", "repatriation")
        .fields().name("envelope").type(org.saphan.schema.common.Envelope.getClassSchema()).noDefault()
        .requiredString("caseId").endRecord();
    GenericRecord event = new GenericRecordBuilder(unknownType).set("envelope", alert.getEnvelope()).set("caseId", "TH-2026-0012").build();
    WriterSchemas store = WriterSchemas.withCompiledEvents();
    store.register(unknownType);

    GenericRecord decoded = new EventCodec(store, Duration.ZERO).decode(codec.encode(event));

    assertThat(decoded).isInstanceOf(GenericData.Record.class);
    assertThat(decoded.get("caseId").toString()).isEqualTo("TH-2026-0012");
    assertThat(EnvelopeView.of(decoded).eventId()).isEqualTo(alert.getEnvelope().getEventId());
  }

  /** AlertIssued 1.1: a field added with a default, as a peer running a newer build would write it. */
  static Schema alertWithExtraField() {
    String json = AlertIssued.getClassSchema().toString()
        .replace("\"saphan.version\":\"1.0\"", "\"saphan.version\":\"1.1\"")
        .replaceFirst("\\{\"name\":\"identifier\"",
            "{\"name\":\"riskScore\",\"type\":\"int\",\"default\":0},{\"name\":\"identifier\"");
    Schema schema = new Schema.Parser().parse(json);
    assertThat(schema.getField("riskScore")).isNotNull();
    return schema;
  }

  static GenericRecord asNewerVersion(AlertIssued alert, Schema newer) {
    GenericRecordBuilder builder = new GenericRecordBuilder(newer);
    for (Schema.Field field : AlertIssued.getClassSchema().getFields()) {
      builder.set(field.name(), alert.get(field.name()));
    }
    return builder.set("riskScore", 7).build();
  }
}
