package org.saphan.platform.text.catalog;

import java.time.Instant;
import org.saphan.schema.common.Provenance;

/**
 * A translation added or reviewed after the text was sent: one {@code TextTranslated} event.
 *
 * @param by the translator (ADDED) or the reviewer (REVIEWED)
 * @param sourceSha256 SHA-256 of the source wording that was translated
 */
public record TranslationRecord(String eventId, Change change, String language, String text, Provenance provenance, String by,
    String origin, Instant at, String sourceSha256) {

  /** What the event did. */
  public enum Change { ADDED, REVIEWED }
}
