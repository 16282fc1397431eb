package org.saphan.platform.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;
import org.saphan.platform.TestEvents;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.common.Envelope;
import org.saphan.schema.common.Role;

class EnvelopeFactoryTest {

  private final EnvelopeFactory tachileik = TestEvents.envelopes("mm-tcl");

  @Test
  void anEnvelopeCarriesOriginAuthorZoneAndWriterSchema() {
    Envelope envelope = tachileik.envelope(AlertIssued.getClassSchema(), "MM-TCL-1", 1, "officer-7", Role.OFFICER, Causation.start());

    assertThat(envelope.getOrigin()).isEqualTo("mm-tcl");
    assertThat(envelope.getAuthor().getNode()).isEqualTo("mm-tcl");
    assertThat(envelope.getOccurredZone()).isEqualTo("Asia/Yangon");
    assertThat(envelope.getOccurredAt()).isEqualTo(TestEvents.SENT);
    assertThat(envelope.getEventType()).isEqualTo("org.saphan.schema.alert.AlertIssued");
    assertThat(envelope.getSchemaVersion()).isEqualTo("1.0");
    assertThat(envelope.getSchemaFingerprint()).isEqualTo(SchemaNormalization.parsingFingerprint64(AlertIssued.getClassSchema()));
    assertThat(envelope.getCorrelationId()).as("a new conversation correlates to itself").isEqualTo(envelope.getEventId());
    assertThat(envelope.getSignature()).as("signatures come with the signing issue").isNull();
  }

  @Test
  void aCausedEventSharesTheCorrelationAndNamesItsCause() {
    AlertIssued alert = TestEvents.alert(TestEvents.envelopes("th-cei"), List.of("mm-tcl"));
    EnvelopeView cause = EnvelopeView.of(alert);

    Envelope reply = tachileik.envelope(AlertIssued.getClassSchema(), alert.getIdentifier(), 2, "officer-7", Role.OFFICER,
        Causation.after(cause));

    assertThat(reply.getCorrelationId()).isEqualTo(cause.correlationId());
    assertThat(reply.getCausationId()).isEqualTo(cause.eventId());
  }

  @Test
  void theLocalTimeIsKeptWithItsZone() {
    AlertIssued alert = TestEvents.alert(TestEvents.envelopes("th-cei"), List.of("mm-tcl"));

    assertThat(EnvelopeView.of(alert).occurredLocally().toString()).isEqualTo("2019-09-24T09:00+07:00[Asia/Bangkok]");
  }

  @Test
  void sequencesStartAtOneAndAuthorsAreRequired() {
    assertThatThrownBy(() -> tachileik.envelope(AlertIssued.getClassSchema(), "A", 0, "o", Role.OFFICER, Causation.start()))
        .hasMessageContaining("starts at 1");
    assertThatThrownBy(() -> tachileik.envelope(AlertIssued.getClassSchema(), "A", 1, " ", Role.OFFICER, Causation.start()))
        .hasMessageContaining("officer id is required");
  }
}
