package org.saphan.platform.text;

import java.util.List;

/**
 * A human-readable text: its language (BCP 47; when absent, the info block's language), the text as
 * written, and any translations supplied with it.
 */
public record TextDraft(String language, String text, List<TranslationDraft> translations) {

  public static TextDraft of(String language, String text) {
    return new TextDraft(language, text, List.of());
  }
}
