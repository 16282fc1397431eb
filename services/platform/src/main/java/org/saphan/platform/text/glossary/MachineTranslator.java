package org.saphan.platform.text.glossary;

import java.util.Optional;
import org.saphan.schema.common.Provenance;

/**
 * Something that translates a text without a person: the shared glossary, or a machine
 * translation engine running inside the centre's network (no online service is reachable from a
 * border centre). Implementations must be safe to call from several threads.
 */
public interface MachineTranslator {

  /** Recorded as the translation's translator: the engine and the version of its knowledge, e.g. {@code saphan-glossary r3}. */
  String engine();

  /** GLOSSARY for term lookups, MACHINE for an engine. */
  Provenance provenance();

  /**
   * The translation of {@code source} (NFC Unicode) from {@code from} into {@code to}, or empty
   * when this translator cannot translate it.
   */
  Optional<String> translate(String source, String from, String to);
}
