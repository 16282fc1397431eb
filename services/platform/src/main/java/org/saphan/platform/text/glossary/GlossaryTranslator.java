package org.saphan.platform.text.glossary;

import java.util.Optional;
import org.saphan.schema.common.Provenance;

/**
 * Translates texts that are glossary terms (a place, an organisation, a heading such as "victim of
 * trafficking"), exactly as the centres agreed to write them. A longer text is not translated
 * word by word: a sentence made of glossary terms in the wrong grammar would mislead more than a
 * missing translation.
 */
public final class GlossaryTranslator implements MachineTranslator {

  private final Glossary glossary;

  public GlossaryTranslator(Glossary glossary) {
    this.glossary = glossary;
  }

  @Override
  public String engine() {
    return "saphan-glossary r" + glossary.revision();
  }

  @Override
  public Provenance provenance() {
    return Provenance.GLOSSARY;
  }

  @Override
  public Optional<String> translate(String source, String from, String to) {
    return glossary.find(source, from).flatMap(term -> term.in(to));
  }
}
