package org.saphan.platform.text;

import org.saphan.schema.common.TextEncoding;

/**
 * What Saphan concluded about a text as written: its language tag, the encoding it was typed in,
 * the Zawgyi detector's probability (0 for a text that is not Burmese or has no Burmese letters),
 * the NFC Unicode form that is stored and hashed, and whether that form differs from the text as
 * written (Zawgyi converted, or a decomposed sequence composed).
 */
public record TextAnalysis(String language, TextEncoding encoding, double zawgyiProbability, String normalized,
    boolean changedByNormalisation) {}
