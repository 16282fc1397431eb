package org.saphan.platform.text.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.avro.generic.GenericRecord;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.text.catalog.TextSlots.SlotText;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.Translation;
import org.saphan.schema.text.TextTranslated;
import org.saphan.schema.text.TranslationChange;

/**
 * Every human-readable text a node has received or sent, across alerts, receipts, cases and
 * meetings, with the translations translators added or reviewed later. A read model: fed with
 * events in any order (a translation may arrive before the text it translates, from another
 * node's cluster), idempotent by event id, and the same on every node that received the same
 * events, whatever their order.
 *
 * <p>The current translation into a language is the one translated last from the current wording
 * (a stale one only when there is no other); a review counts for the
 * translation it names (same wording of the same source), so a review of an older translation does
 * not mark a newer one reviewed.
 */
public final class TextCatalog {

  private final Map<String, SlotState> slots = new HashMap<>();
  private final Map<String, Set<String>> refsByAggregate = new HashMap<>();
  private final Map<String, Set<String>> partiesByAggregate = new HashMap<>();
  private final Set<String> applied = new HashSet<>();

  /**
   * Records the texts of an event read from {@code stream}; returns the entries that changed (none
   * when the event was already recorded, or carries no text).
   *
   * @param parties the nodes the event was addressed to and its origin, or {@code all}
   */
  public synchronized List<TextEntry> recordEvent(String stream, EnvelopeView envelope, GenericRecord event, Collection<String> parties) {
    if (!applied.add(envelope.eventId())) {
      return List.of();
    }
    partiesByAggregate.computeIfAbsent(envelope.aggregateId(), id -> new LinkedHashSet<>()).addAll(parties);
    List<String> changed = new ArrayList<>();
    for (SlotText found : TextSlots.of(stream, envelope, event)) {
      SlotState slot = slot(found.slot(), envelope.aggregateId());
      if (slot.offerSource(found.text(), new Revision(envelope.aggregateSequence(), envelope.occurredAt(), envelope.eventId()))) {
        changed.add(slot.ref);
      }
    }
    return changed.stream().distinct().map(ref -> slots.get(ref).entry()).flatMap(Optional::stream).toList();
  }

  /** Records a translation added or reviewed; returns the entry, empty when its text has not arrived yet or it was already recorded. */
  public synchronized Optional<TextEntry> recordTranslation(EnvelopeView envelope, TextTranslated event) {
    if (!applied.add(envelope.eventId())) {
      return Optional.empty();
    }
    TextSlot slotId = new TextSlot(event.getTextStream(), event.getTextOwner(), event.getTextPath());
    SlotState slot = slot(slotId, envelope.aggregateId());
    Translation t = event.getTranslation();
    boolean review = event.getChange() == TranslationChange.REVIEWED;
    TranslationRecord record = new TranslationRecord(envelope.eventId(), review ? TranslationRecord.Change.REVIEWED : TranslationRecord.Change.ADDED,
        t.getLanguage(), t.getText(), t.getProvenance(), review ? event.getReviewer() : t.getTranslator(), envelope.origin(),
        envelope.occurredAt(), t.getSourceSha256());
    if (review) {
      slot.reviews.put(new Reviewed(t.getLanguage(), t.getSourceSha256(), t.getText()), record.by());
    } else {
      slot.added.add(new Added(t, envelope.eventId()));
    }
    slot.history.add(record);
    return slot.entry();
  }

  public synchronized Optional<TextEntry> entry(String ref) {
    return Optional.ofNullable(slots.get(ref)).flatMap(SlotState::entry);
  }

  /** The texts of one alert, case or meeting, in the order they were first seen. */
  public synchronized List<TextEntry> ofAggregate(String aggregateId) {
    return refsByAggregate.getOrDefault(aggregateId, Set.of()).stream()
        .map(slots::get).map(SlotState::entry).flatMap(Optional::stream).toList();
  }

  /** Every text this node holds. */
  public synchronized List<TextEntry> all() {
    return slots.values().stream().map(SlotState::entry).flatMap(Optional::stream).toList();
  }

  private SlotState slot(TextSlot id, String aggregateId) {
    String ref = id.ref();
    refsByAggregate.computeIfAbsent(aggregateId, a -> new LinkedHashSet<>()).add(ref);
    return slots.computeIfAbsent(ref, r -> new SlotState(r, id, aggregateId));
  }

  /** Orders revisions of a slot: by aggregate sequence, then time, then event id (for a total order). */
  private record Revision(long sequence, Instant at, String eventId) implements Comparable<Revision> {
    private static final Comparator<Revision> ORDER =
        Comparator.comparingLong(Revision::sequence).thenComparing(Revision::at).thenComparing(Revision::eventId);

    @Override
    public int compareTo(Revision other) {
      return ORDER.compare(this, other);
    }
  }

  private record Added(Translation translation, String eventId) {}

  private record Reviewed(String language, String sourceSha256, String text) {}


  private final class SlotState {
    final String ref;
    final TextSlot id;
    final String aggregateId;
    LocalizedText source;
    Revision revision;
    final List<Added> added = new ArrayList<>();
    final Map<Reviewed, String> reviews = new LinkedHashMap<>();
    final List<TranslationRecord> history = new ArrayList<>();

    SlotState(String ref, TextSlot id, String aggregateId) {
      this.ref = ref;
      this.id = id;
      this.aggregateId = aggregateId;
    }

    boolean offerSource(LocalizedText text, Revision at) {
      if (revision != null && revision.compareTo(at) >= 0) {
        return false;
      }
      source = text;
      revision = at;
      return true;
    }

    Optional<TextEntry> entry() {
      if (source == null) {
        return Optional.empty();
      }
      // A translation of the current wording beats any of an older one; then the later, then the
      // larger event id (any total order does). The source's own translations compete like the others.
      Comparator<Added> better = Comparator.comparing((Added a) -> a.translation().getSourceSha256().equals(source.getSourceSha256()))
          .thenComparing(a -> a.translation().getTranslatedAt())
          .thenComparing(Added::eventId);
      // The source's languages in the order it gives them, then languages added later in tag order.
      Map<String, Added> current = new LinkedHashMap<>();
      for (Translation t : source.getTranslations()) {
        current.merge(t.getLanguage(), new Added(t, ""), (a, b) -> better.compare(a, b) >= 0 ? a : b);
      }
      List<Added> later = new ArrayList<>(added);
      later.sort(Comparator.comparing((Added a) -> a.translation().getLanguage()));
      for (Added a : later) {
        current.merge(a.translation().getLanguage(), a, (x, y) -> better.compare(x, y) >= 0 ? x : y);
      }
      current.remove(source.getLanguage());
      List<Translation> translations = new ArrayList<>();
      Map<String, String> reviewers = new TreeMap<>();
      for (Added a : current.values()) {
        Translation t = a.translation();
        String reviewer = reviews.get(new Reviewed(t.getLanguage(), t.getSourceSha256(), t.getText()));
        if (reviewer != null) {
          reviewers.put(t.getLanguage(), reviewer);
        }
        translations.add(Translation.newBuilder(t).setReviewed(t.getReviewed() || reviewer != null).build());
      }
      LocalizedText text = LocalizedText.newBuilder(source).setTranslations(translations).build();
      List<TranslationRecord> ordered = new ArrayList<>(history);
      ordered.sort(Comparator.comparing(TranslationRecord::at).thenComparing(TranslationRecord::eventId));
      return Optional.of(new TextEntry(ref, id, aggregateId, List.copyOf(partiesByAggregate.getOrDefault(aggregateId, Set.of())), text,
          reviewers, ordered));
    }
  }
}
