/**
 * Text as a reader at one of the centres sees it: the reader's language ({@link
 * org.saphan.platform.text.reader.ReaderLanguage}, also chosen from an {@code Accept-Language}
 * header), dates, times and numbers in the reader's calendar and digits ({@link
 * org.saphan.platform.text.reader.ReaderFormat}), lists in the reader's alphabetical order ({@link
 * org.saphan.platform.text.reader.ReaderCollation}), and a {@code LocalizedText} in the reader's
 * language with how far to trust its translation ({@link org.saphan.platform.text.reader.ReaderText},
 * {@link org.saphan.platform.text.reader.TranslationStatus}).
 *
 * <p>Built on ICU4J; no Spring, no Kafka. Every type here is immutable and thread-safe.
 */
package org.saphan.platform.text.reader;
