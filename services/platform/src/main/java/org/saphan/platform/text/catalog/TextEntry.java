package org.saphan.platform.text.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.Translation;

/**
 * One text as this node knows it now: its current source (the latest revision of the slot) with
 * the current translation into each language, whether carried by the event itself or added later
 * by a translator, and every translation change made to it.
 *
 * @param parties who the text was sent to: node ids, or {@code all}
 * @param reviewers the reviewer of the current translation, by language, where a separate review event reviewed it
 * @param history every translation added or reviewed after the fact, oldest first
 */
public record TextEntry(String ref, TextSlot slot, String aggregateId, List<String> parties, LocalizedText text,
    Map<String, String> reviewers, List<TranslationRecord> history) {

  public TextEntry {
    parties = List.copyOf(parties);
    reviewers = Map.copyOf(reviewers);
    history = List.copyOf(history);
  }

  /** The current translation into {@code language}, if there is one. */
  public Optional<Translation> translation(String language) {
    return text.getTranslations().stream().filter(t -> t.getLanguage().equals(language)).findFirst();
  }

  /** True when the translation into {@code language} translated an earlier wording of the source. */
  public boolean isStale(String language) {
    return translation(language).map(t -> LocalizedTexts.isStale(text, t)).orElse(false);
  }
}
