package org.saphan.platform.text.glossary;

import com.ibm.icu.lang.UCharacter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.text.InvalidTextException;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.platform.validation.InvalidInputException;
import org.saphan.platform.validation.Violation;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.text.GlossaryTermDefined;

/**
 * The shared glossary of the domain's terms in Thai, Burmese, Lao and English: the base glossary
 * shipped with Saphan, amended by definitions any node publishes on the replicated glossary stream.
 *
 * <p>Two nodes may amend the same term at the same time. Every node settles it the same way,
 * whatever order the definitions arrive in: the definition made on the latest revision wins, then
 * the later one, then the larger node id and event id. So every node that has received the same
 * definitions has the same glossary, with the same {@link #sha256()}.
 */
public final class Glossary {

  /** The shipped glossary, on the classpath. */
  public static final String BASE_RESOURCE = "/glossary/bcc-glossary.tsv";

  private static final Comparator<Definition> WINNER = Comparator.comparingLong(Definition::replaces)
      .thenComparing(Definition::at)
      .thenComparing(Definition::origin)
      .thenComparing(Definition::eventId);

  private final Map<String, GlossaryTerm> base;
  private final Map<String, List<Definition>> amendments = new HashMap<>();
  private final Set<String> applied = new HashSet<>();

  private Glossary(Map<String, GlossaryTerm> base) {
    this.base = base;
  }

  /** The base glossary shipped with Saphan. */
  public static Glossary base() {
    try (InputStream in = Glossary.class.getResourceAsStream(BASE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the base glossary " + BASE_RESOURCE + " is missing from the classpath");
      }
      return new Glossary(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, GlossaryTerm> parse(BufferedReader reader) throws IOException {
    Map<String, GlossaryTerm> terms = new LinkedHashMap<>();
    String[] header = null;
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (header == null) {
        header = cells;
        continue;
      }
      Map<String, String> byLanguage = new TreeMap<>();
      for (int i = 1; i < header.length - 1; i++) {
        if (!cells[i].isBlank()) {
          byLanguage.put(header[i], Normalizer.normalize(cells[i].strip(), Normalizer.Form.NFC));
        }
      }
      String note = cells[header.length - 1].isBlank() ? null : cells[header.length - 1];
      terms.put(cells[0], new GlossaryTerm(cells[0], byLanguage, note, 1, "base"));
    }
    return terms;
  }

  /** Applies a definition from the glossary stream; false when it was applied before. */
  public synchronized boolean apply(EnvelopeView envelope, GlossaryTermDefined event) {
    if (!applied.add(envelope.eventId())) {
      return false;
    }
    Map<String, String> terms = new TreeMap<>();
    event.getTerms().forEach((language, term) -> terms.put(language.toString(), term.toString()));
    amendments.computeIfAbsent(event.getTermId(), id -> new ArrayList<>()).add(new Definition(event.getTermId(), terms,
        event.getNote(), event.getReplaces(), envelope.occurredAt(), envelope.origin(), envelope.eventId()));
    return true;
  }

  /** Every term, in id order. */
  public synchronized List<GlossaryTerm> terms() {
    TreeMap<String, GlossaryTerm> all = new TreeMap<>(base);
    amendments.forEach((id, definitions) -> all.put(id, definitions.stream().max(WINNER).orElseThrow().term()));
    return List.copyOf(all.values());
  }

  public synchronized Optional<GlossaryTerm> term(String id) {
    List<Definition> definitions = amendments.get(id);
    return definitions == null ? Optional.ofNullable(base.get(id)) : Optional.of(definitions.stream().max(WINNER).orElseThrow().term());
  }

  /** 1 for the base glossary, one more for each definition applied. */
  public synchronized long revision() {
    return 1 + applied.size();
  }

  /** SHA-256 of the glossary's content (ids, terms, notes): equal on two nodes when their glossaries are equal. */
  public String sha256() {
    StringBuilder canonical = new StringBuilder();
    for (GlossaryTerm term : terms()) {
      canonical.append(term.id()).append('\n');
      term.terms().forEach((language, text) -> canonical.append(language).append('=').append(text).append('\n'));
      canonical.append("note=").append(term.note() == null ? "" : term.note()).append("\n\n");
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  /** The term whose wording in {@code language} is {@code text} (ignoring case, spacing and closing punctuation). */
  public Optional<GlossaryTerm> find(String text, String language) {
    String wanted = matchForm(text);
    return terms().stream().filter(t -> t.in(language).map(Glossary::matchForm).filter(wanted::equals).isPresent()).findFirst();
  }

  /** Terms whose wording in {@code language} occurs in {@code text}: hints for a translator. */
  public List<GlossaryTerm> termsIn(String text, String language) {
    String haystack = matchForm(text);
    return terms().stream().filter(t -> t.in(language).map(Glossary::matchForm).filter(haystack::contains).isPresent()).toList();
  }

  /**
   * Checks a definition and returns its terms in NFC Unicode (a term typed in Zawgyi converted):
   * an id of lower-case letters, digits and hyphens; at least two languages; every term valid text.
   *
   * @throws InvalidInputException naming every problem
   */
  public static Map<String, String> checkDefinition(String termId, Map<String, String> terms, String note) {
    List<Violation> violations = new ArrayList<>();
    if (termId == null || !termId.matches("[a-z0-9][a-z0-9-]{1,63}")) {
      violations.add(new Violation("termId", termId, "lower-case letters, digits and hyphens, 2 to 64 characters"));
    }
    Map<String, String> checked = new TreeMap<>();
    if (terms == null || terms.size() < 2) {
      violations.add(new Violation("terms", null, "a term in at least two languages, by BCP 47 tag: {\"th\": ..., \"en\": ...}"));
    } else {
      terms.forEach((language, term) -> {
        try {
          LocalizedText text = LocalizedTexts.original(language, term);
          checked.put(text.getLanguage(), text.getNormalized().strip());
        } catch (InvalidTextException e) {
          violations.add(new Violation("terms." + language, term, e.getMessage()));
        }
      });
    }
    if (note != null && note.length() > 1000) {
      violations.add(new Violation("note", null, "at most 1000 characters"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return checked;
  }

  static String matchForm(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    return UCharacter.foldCase(nfc.replaceAll("[.!?។။।]+$", ""), true);
  }

  private record Definition(String id, Map<String, String> terms, String note, long replaces, java.time.Instant at, String origin,
      String eventId) {
    GlossaryTerm term() {
      return new GlossaryTerm(id, terms, note, replaces + 1, origin + "/" + eventId);
    }
  }
}
