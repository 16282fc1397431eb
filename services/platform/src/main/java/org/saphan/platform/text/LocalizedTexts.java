package org.saphan.platform.text;

import com.google.myanmartools.ZawgyiDetector;
import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.Provenance;
import org.saphan.schema.common.TextEncoding;
import org.saphan.schema.common.Translation;

/**
 * Builds {@link LocalizedText}: the text kept exactly as written, its encoding detected (Burmese
 * typed in the Zawgyi font encoding is common), an NFC Unicode form, and the SHA-256 that
 * translations point at so a translation of an older source shows as stale.
 */
public final class LocalizedTexts {

  /** Above this probability a Burmese text is taken to be Zawgyi (the detector's recommended cut-off). */
  public static final double ZAWGYI_THRESHOLD = 0.95;

  private static final ZawgyiDetector DETECTOR = new ZawgyiDetector();
  private static final ThreadLocal<Transliterator> ZAWGYI_TO_UNICODE =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Zawgyi-my"));

  private LocalizedTexts() {}

  /** An original text in {@code language} (BCP 47: th, my, lo, en), as written. */
  public static LocalizedText original(String language, String asWritten) {
    TextAnalysis analysis = analyse(language, asWritten);
    return LocalizedText.newBuilder()
        .setLanguage(analysis.language())
        .setText(asWritten)
        .setEncoding(analysis.encoding())
        .setNormalized(analysis.normalized())
        .setSourceSha256(sha256(analysis.normalized()))
        .setTranslations(new ArrayList<>())
        .build();
  }

  /**
   * The one place that decides how a text is read: its language tag, the encoding it was typed in,
   * and its NFC Unicode form. It is decided on the NFC form of the text, so canonically equivalent
   * texts are read alike. A Burmese text is read as Zawgyi, and converted with ICU's Zawgyi-my,
   * when all three hold: the detector's probability is above {@link #ZAWGYI_THRESHOLD}; the text has
   * a sequence that Unicode Burmese never has ({@link ZawgyiOnlySequences}), so valid Unicode is
   * never rewritten; and the conversion has none left, so a text that is malformed either way is
   * kept as Unicode and a normalised form read again stays as it is. The probability is 0 for other
   * languages and for a text with no Burmese letters. Throws {@link InvalidTextException} for a bad
   * tag or text.
   */
  public static TextAnalysis analyse(String language, String asWritten) {
    String tag = languageTag(language);
    requireValidText(asWritten);
    String composed = nfc(asWritten);
    double probability = isBurmese(tag) ? zawgyiProbability(composed) : 0;
    Optional<String> fromZawgyi = fromZawgyi(composed, probability);
    String normalized = fromZawgyi.orElse(composed);
    TextEncoding encoding = fromZawgyi.isPresent() ? TextEncoding.ZAWGYI : TextEncoding.UNICODE;
    return new TextAnalysis(tag, encoding, probability, normalized, !normalized.equals(asWritten));
  }

  /** The Unicode form of an NFC text typed in Zawgyi; empty when by the rule of {@link #analyse} it is not Zawgyi. */
  private static Optional<String> fromZawgyi(String composed, double probability) {
    if (probability <= ZAWGYI_THRESHOLD || !ZawgyiOnlySequences.occurIn(composed)) {
      return Optional.empty();
    }
    String unicode = nfc(ZAWGYI_TO_UNICODE.get().transliterate(composed));
    return ZawgyiOnlySequences.occurIn(unicode) ? Optional.empty() : Optional.of(unicode);
  }

  /**
   * A submitted text with the translations given with it (provenance HUMAN, MACHINE or GLOSSARY);
   * {@code defaultLanguage} when the draft names none. Throws {@link InvalidTextException} naming
   * what is wrong.
   */
  public static LocalizedText fromDraft(TextDraft draft, String defaultLanguage, Instant at) {
    if (draft == null) {
      throw new InvalidTextException("text is required: {\"language\": ..., \"text\": ...}");
    }
    LocalizedText text = original(draft.language() == null || draft.language().isBlank() ? defaultLanguage : draft.language(), draft.text());
    List<TranslationDraft> translations = draft.translations() == null ? List.of() : draft.translations();
    for (int i = 0; i < translations.size(); i++) {
      TranslationDraft t = translations.get(i);
      Provenance provenance;
      try {
        provenance = Provenance.valueOf(t == null || t.provenance() == null ? "" : t.provenance());
      } catch (IllegalArgumentException e) {
        provenance = Provenance.UNKNOWN;
      }
      if (t == null || provenance == Provenance.UNKNOWN) {
        throw new InvalidTextException("translation " + i + ": provenance must be HUMAN, MACHINE or GLOSSARY");
      }
      text = withTranslation(text, t.language(), t.text(), provenance, t.translator(), at, Boolean.TRUE.equals(t.reviewed()));
    }
    return text;
  }

  /**
   * Probability (0..1) that a text was typed in the Zawgyi encoding; only meaningful for Burmese
   * script, and 0 when the text has no Burmese letters for the detector to judge (it then answers
   * negative infinity).
   */
  public static double zawgyiProbability(String text) {
    double probability = DETECTOR.getZawgyiProbability(text);
    return Double.isFinite(probability) ? probability : 0;
  }

  /** A copy of {@code text} with a translation of its current source added (replacing one in the same language). */
  public static LocalizedText withTranslation(LocalizedText text, String language, String translated, Provenance provenance,
      String translator, Instant at, boolean reviewed) {
    String tag = languageTag(language);
    requireValidText(translated);
    List<Translation> translations = new ArrayList<>(text.getTranslations());
    translations.removeIf(t -> t.getLanguage().equals(tag));
    translations.add(Translation.newBuilder()
        .setLanguage(tag)
        .setText(nfc(translated))
        .setProvenance(provenance)
        .setTranslator(translator)
        .setTranslatedAt(at)
        .setSourceSha256(text.getSourceSha256())
        .setReviewed(reviewed)
        .build());
    return LocalizedText.newBuilder(text).setTranslations(translations).build();
  }

  /** A translation is stale when the source it translated has since changed. */
  public static boolean isStale(LocalizedText text, Translation translation) {
    return !translation.getSourceSha256().equals(text.getSourceSha256());
  }

  /**
   * The text in the reader's language: the original if it is in that language, else a translation
   * into it, else the English translation, else the original.
   */
  public static String readIn(LocalizedText text, String language) {
    if (text.getLanguage().equals(language)) {
      return text.getNormalized();
    }
    return text.getTranslations().stream().filter(t -> t.getLanguage().equals(language)).findFirst()
        .or(() -> text.getTranslations().stream().filter(t -> t.getLanguage().equals("en")).findFirst())
        .map(Translation::getText)
        .orElse(text.getNormalized());
  }

  private static boolean isBurmese(String tag) {
    return tag.equals("my") || tag.startsWith("my-");
  }

  /** The canonical BCP 47 tag of {@code language}; throws {@link InvalidTextException} for a missing or malformed one. */
  public static String languageTag(String language) {
    if (language == null || language.isBlank()) {
      throw new InvalidTextException("language is required (a BCP 47 tag such as th, my, lo or en)");
    }
    try {
      String tag = new Locale.Builder().setLanguageTag(language).build().toLanguageTag();
      if (tag.isEmpty() || tag.equals("und")) {
        throw new IllformedLocaleException("no language");
      }
      return tag;
    } catch (IllformedLocaleException e) {
      throw new InvalidTextException("'" + language + "' is not a BCP 47 language tag such as th, my, lo or en");
    }
  }

  /** Rejects a missing or blank text, and what {@link #requireWellFormed} rejects. */
  static void requireValidText(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidTextException("text is required and must not be blank");
    }
    requireWellFormed(text);
  }

  /**
   * Rejects unpaired surrogates (the text is not valid UTF-16, and could not be stored as UTF-8)
   * and control characters other than tab, line feed and carriage return: the rule for a text, and
   * for every string a node reads from a request.
   *
   * @throws InvalidTextException naming the character and where it is
   */
  public static void requireWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        throw new InvalidTextException("text is not valid UTF-16: unpaired high surrogate at index " + i);
      }
      if (Character.isLowSurrogate(c)) {
        throw new InvalidTextException("text is not valid UTF-16: unpaired low surrogate at index " + i);
      }
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        throw new InvalidTextException(String.format("text contains control character U+%04X at index %d", (int) c, i));
      }
    }
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
