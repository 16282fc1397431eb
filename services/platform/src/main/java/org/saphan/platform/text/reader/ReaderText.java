package org.saphan.platform.text.reader;

import java.util.Objects;
import java.util.Optional;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.Translation;

/**
 * A {@link LocalizedText} as one reader sees it: the text {@link LocalizedTexts#readIn} picks, the
 * language that text is actually in (so a renderer can tag it and pick a font for it), how it
 * came to be in that language, and who translated it.
 *
 * @param language BCP 47 tag of {@code text}; differs from the reader's when {@code status} is MISSING
 * @param translator person or engine behind a translation; null for an original or a missing one
 */
public record ReaderText(String text, String language, TranslationStatus status, String translator) {

  public ReaderText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(status, "status");
  }

  /**
   * Follows {@link LocalizedTexts#readIn} (original if written in the reader's language, else the
   * translation into it, else the English translation, else the original) and says which case applied.
   * A stale translation is STALE whatever its provenance: an outdated text is the first thing to know.
   */
  public static ReaderText of(LocalizedText text, String readerLanguage) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(readerLanguage, "readerLanguage");
    String shown = LocalizedTexts.readIn(text, readerLanguage);
    if (text.getLanguage().equals(readerLanguage)) {
      return new ReaderText(shown, readerLanguage, TranslationStatus.ORIGINAL, null);
    }
    Optional<Translation> translation = translationInto(text, readerLanguage);
    if (translation.isPresent()) {
      Translation t = translation.get();
      return new ReaderText(shown, readerLanguage, statusOf(text, t), t.getTranslator());
    }
    String shownLanguage = translationInto(text, "en").isPresent() ? "en" : text.getLanguage();
    return new ReaderText(shown, shownLanguage, TranslationStatus.MISSING, null);
  }

  private static Optional<Translation> translationInto(LocalizedText text, String language) {
    // The first one, as readIn takes it.
    return text.getTranslations().stream().filter(t -> t.getLanguage().equals(language)).findFirst();
  }

  private static TranslationStatus statusOf(LocalizedText text, Translation translation) {
    if (LocalizedTexts.isStale(text, translation)) {
      return TranslationStatus.STALE;
    }
    return switch (translation.getProvenance()) {
      case HUMAN -> translation.getReviewed() ? TranslationStatus.HUMAN_VERIFIED : TranslationStatus.HUMAN;
      case GLOSSARY -> TranslationStatus.GLOSSARY;
      // UNKNOWN is the schema's default for a provenance a newer writer added: trust it no more than a machine.
      case MACHINE, UNKNOWN -> TranslationStatus.MACHINE;
    };
  }
}
