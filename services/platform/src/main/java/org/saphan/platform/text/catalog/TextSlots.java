package org.saphan.platform.text.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import org.apache.avro.generic.GenericRecord;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.meeting.MeetingRecorded;

/**
 * The one rule for which texts are the same text over time. An alert's update and a revised meeting
 * record restate the whole aggregate: their texts revise the texts at the same path of the earlier
 * events, so their owner is the aggregate. Every other event's texts (a progress note, an
 * acknowledgement note, a case action's reason) are texts of their own: their owner is the event.
 */
public final class TextSlots {

  private static final Set<String> REVISING_EVENT_TYPES = Set.of(
      AlertIssued.getClassSchema().getFullName(),
      MeetingRecorded.getClassSchema().getFullName());

  private TextSlots() {}

  /** A text found in an event, and its slot. */
  public record SlotText(TextSlot slot, LocalizedText text) {}

  /** Every text of {@code event}, read from {@code stream}, with its slot. */
  public static List<SlotText> of(String stream, EnvelopeView envelope, GenericRecord event) {
    String owner = ownerOf(envelope);
    List<SlotText> texts = new ArrayList<>();
    TextWalker.walk(event, (path, text) -> texts.add(new SlotText(new TextSlot(stream, owner, path), text)));
    return texts;
  }

  /**
   * A copy of {@code event} whose texts carry the translations {@code current} knows for their slots.
   * A text whose slot now holds another wording (a later revision) is left as the event has it.
   */
  public static <T extends GenericRecord> T withCurrentTexts(String stream, T event, Function<TextSlot, Optional<LocalizedText>> current) {
    String owner = ownerOf(EnvelopeView.of(event));
    return TextWalker.replace(event, (path, text) -> current.apply(new TextSlot(stream, owner, path))
        .filter(now -> now.getSourceSha256().equals(text.getSourceSha256()))
        .orElse(text));
  }

  private static String ownerOf(EnvelopeView envelope) {
    return REVISING_EVENT_TYPES.contains(envelope.eventType()) ? envelope.aggregateId() : envelope.eventId();
  }
}
