package org.saphan.platform.text.glossary;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One term of the glossary in the languages it is defined in.
 *
 * @param terms the term by BCP 47 language tag, NFC Unicode
 * @param revision 1 for the base glossary's wording, one more for each amendment on top of it
 * @param definedBy node and event id of the amendment that set this wording; "base" for the shipped glossary
 */
public record GlossaryTerm(String id, Map<String, String> terms, String note, long revision, String definedBy) {

  public GlossaryTerm {
    terms = java.util.Collections.unmodifiableMap(new TreeMap<>(terms));
  }

  public Optional<String> in(String language) {
    return Optional.ofNullable(terms.get(language));
  }
}
