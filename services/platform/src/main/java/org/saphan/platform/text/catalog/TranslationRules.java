package org.saphan.platform.text.catalog;

import java.time.Instant;
import java.util.Arrays;
import org.saphan.platform.text.InvalidTextException;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.platform.validation.InvalidInputException;
import org.saphan.platform.validation.Violation;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.Provenance;
import org.saphan.schema.common.Translation;

/** What a translator may do to a text: add a translation of its current wording, or review someone else's. */
public final class TranslationRules {

  private TranslationRules() {}

  /**
   * The translation to record when {@code translator} translates {@code entry} into {@code language}.
   *
   * @param provenance HUMAN (when null), MACHINE or GLOSSARY
   * @param seenSourceSha256 the source's SHA-256 as the translator saw it, if the client sent it: a
   *     translation of a wording that has changed since is refused rather than recorded stale
   * @throws InvalidInputException for a bad language, text or provenance
   * @throws TextConflictException when the source changed since the translator read it
   */
  public static Translation added(TextEntry entry, String language, String text, String provenance, String translator,
      String seenSourceSha256, Instant at) {
    LocalizedText source = entry.text();
    if (seenSourceSha256 != null && !seenSourceSha256.equals(source.getSourceSha256())) {
      throw new TextConflictException("the source text changed since it was read (translated " + seenSourceSha256 + ", now "
          + source.getSourceSha256() + "): translate its current wording");
    }
    Provenance kind = provenance(provenance);
    String tag;
    try {
      tag = LocalizedTexts.languageTag(language);
    } catch (InvalidTextException e) {
      throw new InvalidInputException(new Violation("language", language, e.getMessage()));
    }
    if (tag.equals(source.getLanguage())) {
      throw new InvalidInputException(new Violation("language", language, "must differ from the original's language " + source.getLanguage()));
    }
    try {
      LocalizedText translated = LocalizedTexts.withTranslation(source, tag, text, kind, translator, at, false);
      return translated.getTranslations().stream().filter(t -> t.getLanguage().equals(tag)).findFirst().orElseThrow();
    } catch (InvalidTextException e) {
      throw new InvalidInputException(new Violation("text", null, e.getMessage()));
    }
  }

  /**
   * The reviewed translation to record when {@code reviewer} checks the current translation into {@code language}.
   *
   * @throws TextConflictException when there is none, it is stale, already reviewed, or the reviewer translated it
   */
  public static Translation reviewed(TextEntry entry, String language, String reviewer) {
    Translation current = entry.translation(language)
        .orElseThrow(() -> new TextConflictException("text " + entry.ref() + " has no translation into " + language + " to review"));
    if (entry.isStale(language)) {
      throw new TextConflictException("the translation into " + language + " is stale (its source changed): translate again instead");
    }
    if (current.getReviewed()) {
      throw new TextConflictException("the translation into " + language + " is already reviewed"
          + (entry.reviewers().containsKey(language) ? " by " + entry.reviewers().get(language) : ""));
    }
    if (reviewer.equals(current.getTranslator())) {
      throw new TextConflictException("a translation is reviewed by a second person; " + reviewer + " translated it");
    }
    return Translation.newBuilder(current).setReviewed(true).build();
  }

  private static Provenance provenance(String value) {
    if (value == null || value.isBlank()) {
      return Provenance.HUMAN;
    }
    return Arrays.stream(Provenance.values())
        .filter(p -> p != Provenance.UNKNOWN && p.name().equals(value))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException(new Violation("provenance", value, "must be HUMAN, MACHINE or GLOSSARY")));
  }
}
