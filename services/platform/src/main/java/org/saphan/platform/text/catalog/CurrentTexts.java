package org.saphan.platform.text.catalog;

import org.apache.avro.generic.GenericRecord;

/**
 * Gives an event's texts with the translations added or reviewed since it was sent, so that a view
 * built from the event (minutes, say) shows today's translations and their reviews.
 */
public interface CurrentTexts {

  /** A copy of {@code event}, read from {@code stream}, whose texts carry their current translations. */
  <T extends GenericRecord> T withCurrentTranslations(String stream, T event);

  /** The texts exactly as sent: where the node runs no text desk. */
  static CurrentTexts asSent() {
    return new CurrentTexts() {
      @Override
      public <T extends GenericRecord> T withCurrentTranslations(String stream, T event) {
        return event;
      }
    };
  }
}
