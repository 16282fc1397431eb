package org.saphan.platform.spring.texts;

import java.time.Instant;
import java.util.List;
import org.saphan.platform.text.catalog.TextEntry;
import org.saphan.platform.text.catalog.TranslationRecord;
import org.saphan.schema.common.LocalizedText;

/**
 * A text as the translation API shows it: the original as written and as normalised, its
 * translations with provenance, reviewer and stale mark, and the history of translation changes.
 *
 * @param path where the text is in the event that carries it, e.g. infos/0/headline
 * @param encoding UNICODE or ZAWGYI: how the original was typed
 */
public record TextJson(String ref, String stream, String aggregateId, String path, List<String> parties, String language, String text,
    String encoding, String normalized, String sourceSha256, List<TranslationJson> translations, List<ChangeJson> history) {

  /** @param stale translated from an earlier wording of the source */
  public record TranslationJson(String language, String text, String provenance, String translator, Instant translatedAt, boolean reviewed,
      String reviewer, String sourceSha256, boolean stale) {}

  public record ChangeJson(String eventId, String change, String language, String text, String by, String origin, Instant at,
      String sourceSha256) {}

  static TextJson of(TextEntry entry) {
    LocalizedText text = entry.text();
    return new TextJson(entry.ref(), entry.slot().stream(), entry.aggregateId(), entry.slot().path(), entry.parties(), text.getLanguage(),
        text.getText(), text.getEncoding().name(), text.getNormalized(), text.getSourceSha256(),
        text.getTranslations().stream().map(t -> new TranslationJson(t.getLanguage(), t.getText(), t.getProvenance().name(), t.getTranslator(),
            t.getTranslatedAt(), t.getReviewed(), entry.reviewers().get(t.getLanguage()), t.getSourceSha256(), entry.isStale(t.getLanguage())))
            .toList(),
        entry.history().stream().map(TextJson::change).toList());
  }

  private static ChangeJson change(TranslationRecord r) {
    return new ChangeJson(r.eventId(), r.change().name(), r.language(), r.text(), r.by(), r.origin(), r.at(), r.sourceSha256());
  }
}
