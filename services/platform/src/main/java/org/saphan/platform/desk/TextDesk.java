package org.saphan.platform.desk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.saphan.platform.envelope.Causation;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.kafka.ReceivedEvent;
import org.saphan.platform.kafka.StreamSubscriber;
import org.saphan.platform.node.NodeId;
import org.apache.avro.generic.GenericRecord;
import org.saphan.platform.text.InvalidTextException;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.platform.text.catalog.AggregateParties;
import org.saphan.platform.text.catalog.CurrentTexts;
import org.saphan.platform.text.catalog.TextCatalog;
import org.saphan.platform.text.catalog.TextConflictException;
import org.saphan.platform.text.catalog.TextEntry;
import org.saphan.platform.text.catalog.TextSlots;
import org.saphan.platform.text.catalog.TranslationRules;
import org.saphan.platform.text.glossary.Glossary;
import org.saphan.platform.text.glossary.GlossaryTerm;
import org.saphan.platform.text.glossary.MachineTranslator;
import org.saphan.platform.text.search.SearchHit;
import org.saphan.platform.text.search.TextIndex;
import org.saphan.platform.topic.Audience;
import org.saphan.platform.topic.Stream;
import org.saphan.platform.topic.Topics;
import org.saphan.platform.validation.InvalidInputException;
import org.saphan.platform.validation.Violation;
import org.saphan.schema.common.Role;
import org.saphan.schema.common.Translation;
import org.saphan.schema.text.GlossaryTermDefined;
import org.saphan.schema.text.TextTranslated;
import org.saphan.schema.text.TranslationChange;

/**
 * A node's translation desk: every text the node holds ({@link TextCatalog}, fed from the alert,
 * receipt, repatriation and meeting streams), the shared {@link Glossary} (fed from the glossary
 * stream), and the translations translators add and review, each one a {@code TextTranslated}
 * event sent to the parties of the text's aggregate. Held in memory and rebuilt from the log on
 * every start, like the services' views.
 */
public final class TextDesk implements CurrentTexts, AutoCloseable {

  /** The streams whose events carry human-readable texts. */
  public static final List<Stream> TEXT_STREAMS = List.of(Stream.ALERT, Stream.RECEIPT, Stream.REPATRIATION, Stream.MEETING);

  private final PlatformNode platform;
  private final TextCatalog catalog = new TextCatalog();
  private final Glossary glossary = Glossary.base();
  private final List<MachineTranslator> translators;
  private final List<StreamSubscriber> subscribers = new ArrayList<>();
  private final Map<String, Long> ownTranslationCount = new HashMap<>();
  private final TextIndex<String> index = TextIndex.withNaturalKeyOrder();

  private TextDesk(PlatformNode platform, List<MachineTranslator> engines) {
    this.platform = platform;
    List<MachineTranslator> chain = new ArrayList<>();
    chain.add(new org.saphan.platform.text.glossary.GlossaryTranslator(glossary));
    chain.addAll(engines);
    this.translators = List.copyOf(chain);
  }

  /**
   * Starts following the node's text, translation and glossary streams.
   *
   * @param engines machine translators to try after the glossary, in order (none ships with Saphan)
   */
  public static TextDesk start(PlatformNode platform, List<MachineTranslator> engines) {
    TextDesk desk = new TextDesk(platform, engines);
    try {
      for (Stream stream : TEXT_STREAMS) {
        desk.subscribers.add(platform.replay(stream, "texts-" + stream.id(), desk::onText));
      }
      desk.subscribers.add(platform.replay(Stream.TRANSLATION, "texts-translations", desk::onTranslation));
      desk.subscribers.add(platform.replay(Stream.GLOSSARY, "texts-glossary", desk::onGlossary));
      return desk;
    } catch (RuntimeException e) {
      desk.close();
      throw e;
    }
  }

  /** Completes once every stream has been read up to where it stood when the desk started. */
  public CompletableFuture<Void> caughtUp() {
    return CompletableFuture.allOf(subscribers.stream().map(StreamSubscriber::caughtUp).toArray(CompletableFuture[]::new));
  }

  public TextCatalog catalog() {
    return catalog;
  }

  public Glossary glossary() {
    return glossary;
  }

  @Override
  public <T extends GenericRecord> T withCurrentTranslations(String stream, T event) {
    return TextSlots.withCurrentTexts(stream, event, slot -> catalog.entry(slot.ref()).map(TextEntry::text));
  }

  /** The node's time zone: where its readers are. */
  public java.time.ZoneId zone() {
    return platform.node().zone();
  }

  public Optional<TextEntry> text(String ref) {
    return catalog.entry(ref);
  }

  /**
   * Records {@code officerId}'s translation of text {@code ref} and sends it to the text's parties.
   *
   * @param seenSourceSha256 the source's SHA-256 as the translator read it, or null
   */
  public TextEntry translate(String ref, String language, String text, String provenance, String officerId, String seenSourceSha256) {
    TextEntry entry = require(ref);
    Translation translation = TranslationRules.added(entry, language, text, provenance, officerId, seenSourceSha256,
        platform.envelopes().now().toInstant());
    return publish(entry, TranslationChange.ADDED, translation, null, officerId);
  }

  /** Records {@code officerId}'s review of the current translation of {@code ref} into {@code language}. */
  public TextEntry review(String ref, String language, String officerId) {
    TextEntry entry = require(ref);
    Translation reviewed = TranslationRules.reviewed(entry, language, officerId);
    return publish(entry, TranslationChange.REVIEWED, reviewed, officerId, officerId);
  }

  /**
   * Fills in, with the glossary and any machine translator, every translation into {@code languages}
   * that the texts of {@code aggregateId} lack or have only stale; each one is an event. Returns the
   * texts it translated.
   */
  public List<TextEntry> translateMissing(String aggregateId, Collection<String> languages, String officerId) {
    List<String> tags = languageTags(languages);
    List<TextEntry> texts = catalog.ofAggregate(aggregateId);
    if (texts.isEmpty()) {
      throw TextNotFoundException.ofAggregate(aggregateId);
    }
    List<TextEntry> translated = new ArrayList<>();
    for (TextEntry entry : texts) {
      for (String language : tags) {
        if (language.equals(entry.text().getLanguage()) || (entry.translation(language).isPresent() && !entry.isStale(language))) {
          continue;
        }
        for (MachineTranslator engine : translators) {
          Optional<String> result = engine.translate(entry.text().getNormalized(), entry.text().getLanguage(), language);
          if (result.isPresent()) {
            Translation translation = TranslationRules.added(entry, language, result.get(), engine.provenance().name(), engine.engine(),
                null, platform.envelopes().now().toInstant());
            entry = publish(entry, TranslationChange.ADDED, translation, null, officerId);
            translated.add(entry);
            break;
          }
        }
      }
    }
    return translated;
  }

  /** The canonical tags of {@code languages}; throws {@link InvalidInputException} naming each one that is no BCP 47 tag. */
  private static List<String> languageTags(Collection<String> languages) {
    List<String> tags = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    int i = 0;
    for (String language : languages) {
      try {
        tags.add(LocalizedTexts.languageTag(language));
      } catch (InvalidTextException e) {
        violations.add(new Violation("languages[" + i + "]", language, e.getMessage()));
      }
      i++;
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return tags;
  }

  /**
   * Defines or amends a glossary term and sends the definition to every node.
   *
   * @param replaces the term's revision the author amended (0 for a new term); when the term has
   *     moved on since, the amendment is refused so that nobody overwrites a wording they did not see
   */
  public GlossaryTerm define(String termId, Map<String, String> terms, String note, long replaces, String officerId) {
    Map<String, String> checked = Glossary.checkDefinition(termId, terms, note);
    synchronized (this) {
      long current = glossary.term(termId).map(GlossaryTerm::revision).orElse(0L);
      if (replaces != current) {
        throw new TextConflictException(current == 0 ? "glossary term " + termId + " does not exist yet: define it with replaces 0"
            : "glossary term " + termId + " is at revision " + current + ", not " + replaces + ": read it again and amend that");
      }
      GlossaryTermDefined event = GlossaryTermDefined.newBuilder()
          .setEnvelope(platform.envelopes().envelope(GlossaryTermDefined.getClassSchema(), termId, replaces + 1, officerId, Role.TRANSLATOR,
              Causation.start()))
          .setTermId(termId)
          .setTerms(new LinkedHashMap<>(checked))
          .setNote(note == null || note.isBlank() ? null : note.strip())
          .setReplaces(replaces)
          .build();
      platform.publisher().publish(event, List.of(NodeId.RESERVED_ALL));
      glossary.apply(EnvelopeView.of(event), event);
      return glossary.term(termId).orElseThrow();
    }
  }

  /**
   * Texts of every alert, receipt, case and meeting on this node matching {@code query} in any
   * language (Thai, Burmese and Lao segmented into words by ICU; a Zawgyi-typed text is found by its
   * Unicode form), originals and translations alike; best first.
   *
   * @throws IllegalArgumentException for a blank, over-long or wordless query
   */
  public List<Found> search(String query, int limit) {
    return search(query, limit, entry -> true);
  }

  /** As {@link #search(String, int)}, among the texts {@code visible} admits only (those the reader may read). */
  public List<Found> search(String query, int limit, Predicate<TextEntry> visible) {
    return index.search(query, limit, ref -> catalog.entry(ref).filter(visible).isPresent()).stream()
        .map(hit -> catalog.entry(hit.key()).map(entry -> new Found(entry, hit)))
        .flatMap(Optional::stream)
        .toList();
  }

  /** A text that matched a search, and where. */
  public record Found(TextEntry entry, SearchHit<String> hit) {}

  private TextEntry indexed(TextEntry entry) {
    List<String> texts = new ArrayList<>();
    texts.add(entry.text().getNormalized());
    entry.text().getTranslations().forEach(t -> texts.add(t.getText()));
    index.put(entry.ref(), texts);
    return entry;
  }

  private TextEntry require(String ref) {
    return catalog.entry(ref).orElseThrow(() -> new TextNotFoundException(ref));
  }

  private synchronized TextEntry publish(TextEntry entry, TranslationChange change, Translation translation, String reviewer, String officerId) {
    List<String> addresses = addressesOf(entry);
    long sequence = ownTranslationCount.merge(entry.aggregateId(), 1L, Long::sum);
    TextTranslated event = TextTranslated.newBuilder()
        .setEnvelope(platform.envelopes().envelope(TextTranslated.getClassSchema(), entry.aggregateId(), sequence, officerId, Role.TRANSLATOR,
            Causation.start()))
        .setTextStream(entry.slot().stream())
        .setTextOwner(entry.slot().owner())
        .setTextPath(entry.slot().path())
        .setChange(change)
        .setTranslation(translation)
        .setReviewer(reviewer)
        .build();
    platform.publisher().publish(event, addresses);
    // Read your own writes: the copy coming back from the topic is then a duplicate, ignored by event id.
    // (When the consumer got there first, the catalog already has it.)
    return indexed(catalog.recordTranslation(EnvelopeView.of(event), event).or(() -> catalog.entry(entry.ref())).orElseThrow());
  }

  /** The text's parties but this node: a translation goes where the text went, and nowhere else. */
  private List<String> addressesOf(TextEntry entry) {
    if (entry.parties().contains(NodeId.RESERVED_ALL)) {
      return List.of(NodeId.RESERVED_ALL);
    }
    List<String> others = entry.parties().stream()
        .filter(p -> !p.equals(platform.node().id().value()))
        .filter(p -> platform.registry().find(p).isPresent())
        .distinct()
        .toList();
    if (others.isEmpty()) {
      throw new TextConflictException("text " + entry.ref() + " was sent to no other node: there is nobody to send its translation to");
    }
    return others;
  }

  private void onText(ReceivedEvent received) {
    catalog.recordEvent(streamOf(received), received.envelope(), received.event(), partiesOf(received)).forEach(this::indexed);
  }

  private void onTranslation(ReceivedEvent received) {
    TextTranslated event = received.as(TextTranslated.class);
    synchronized (this) {
      if (received.envelope().origin().equals(platform.node().id().value())) {
        ownTranslationCount.merge(received.envelope().aggregateId(), received.envelope().aggregateSequence(), Math::max);
      }
    }
    catalog.recordTranslation(received.envelope(), event).ifPresent(this::indexed);
  }

  private void onGlossary(ReceivedEvent received) {
    glossary.apply(received.envelope(), received.as(GlossaryTermDefined.class));
  }

  private static String streamOf(ReceivedEvent received) {
    return Topics.parse(received.topic()).map(t -> t.stream().id()).orElseThrow();
  }

  /** Who an event concerns: everyone, or its origin, the node this copy was addressed to and the parties it names. */
  private static List<String> partiesOf(ReceivedEvent received) {
    Audience audience = Topics.parse(received.topic()).orElseThrow().audience();
    if (!(audience instanceof Audience.OneNode one)) {
      return List.of(NodeId.RESERVED_ALL);
    }
    List<String> parties = new ArrayList<>(List.of(received.envelope().origin(), one.node().value()));
    parties.addAll(AggregateParties.namedBy(received.event()));
    return parties;
  }

  @Override
  public void close() {
    subscribers.forEach(StreamSubscriber::close);
  }
}
