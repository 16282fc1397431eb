package org.saphan.platform.spring.texts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.saphan.platform.text.catalog.TextEntry;
import org.saphan.platform.text.catalog.TranslationRecord;
import org.saphan.platform.text.reader.ReaderFormat;
import org.saphan.platform.text.reader.ReaderFormat.ZoneName;
import org.saphan.platform.text.reader.ReaderLanguage;
import org.saphan.platform.text.reader.ReaderText;
import org.saphan.schema.common.LocalizedText;

/**
 * A text as the translation API shows it: the original as written and as normalised, its
 * translations with provenance, reviewer and stale mark, and the history of translation changes.
 *
 * @param path where the text is in the event that carries it, e.g. infos/0/headline
 * @param encoding UNICODE or ZAWGYI: how the original was typed
 */
public record TextJson(String ref, String stream, String aggregateId, String path, List<String> parties, String language, String text,
    String encoding, String normalized, String sourceSha256, ShownJson shown, List<TranslationJson> translations, List<ChangeJson> history) {

  /**
   * The text as the reader (Accept-Language or {@code ?language=}) sees it: their language, else
   * English, else the original, with how far to trust it and its label in the reader's language.
   */
  public record ShownJson(String readerLanguage, String language, String text, String status, String statusLabel, String translator) {}

  /**
   * @param translatedAtLocal when, in the reader's calendar and this node's time zone
   * @param stale translated from an earlier wording of the source
   */
  public record TranslationJson(String language, String text, String provenance, String translator, Instant translatedAt,
      String translatedAtLocal, boolean reviewed, String reviewer, String sourceSha256, boolean stale) {}

  public record ChangeJson(String eventId, String change, String language, String text, String by, String origin, Instant at,
      String atLocal, String sourceSha256) {}

  static TextJson of(TextEntry entry, ReaderLanguage reader, ZoneId zone) {
    LocalizedText text = entry.text();
    ReaderFormat format = ReaderFormat.of(reader);
    ReaderText shown = ReaderText.of(text, reader.tag());
    return new TextJson(entry.ref(), entry.slot().stream(), entry.aggregateId(), entry.slot().path(), entry.parties(), text.getLanguage(),
        text.getText(), text.getEncoding().name(), text.getNormalized(), text.getSourceSha256(),
        new ShownJson(reader.tag(), shown.language(), shown.text(), shown.status().name(), shown.status().label(reader), shown.translator()),
        text.getTranslations().stream().map(t -> new TranslationJson(t.getLanguage(), t.getText(), t.getProvenance().name(), t.getTranslator(),
            t.getTranslatedAt(), format.dateTime(t.getTranslatedAt(), zone, ZoneName.SHOWN), t.getReviewed(),
            entry.reviewers().get(t.getLanguage()), t.getSourceSha256(), entry.isStale(t.getLanguage())))
            .toList(),
        entry.history().stream().map(r -> change(r, format, zone)).toList());
  }

  private static ChangeJson change(TranslationRecord r, ReaderFormat format, ZoneId zone) {
    return new ChangeJson(r.eventId(), r.change().name(), r.language(), r.text(), r.by(), r.origin(), r.at(),
        format.dateTime(r.at(), zone, ZoneName.SHOWN), r.sourceSha256());
  }
}
