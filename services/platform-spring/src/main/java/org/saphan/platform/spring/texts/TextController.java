package org.saphan.platform.spring.texts;

import java.util.List;
import java.util.Map;
import org.saphan.platform.desk.TextDesk;
import org.saphan.platform.desk.TextNotFoundException;
import org.saphan.platform.spring.ApiError;
import org.saphan.platform.spring.security.AccessRules;
import org.saphan.platform.spring.security.Officer;
import org.saphan.platform.text.catalog.TextConflictException;
import org.saphan.platform.text.InvalidTextException;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.platform.text.TextAnalysis;
import org.saphan.platform.text.catalog.TextEntry;
import org.saphan.platform.text.glossary.Glossary;
import org.saphan.platform.text.glossary.GlossaryTerm;
import org.saphan.platform.text.reader.ReaderCollation;
import org.saphan.platform.text.reader.ReaderLanguage;
import org.saphan.platform.validation.InvalidInputException;
import org.saphan.platform.validation.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Translators' API: read any text of the node with its translations, add a translation, review
 * someone else's, fill in what the glossary knows, and read or amend the shared glossary. Every
 * change is an event sent where the text went, authored by the signed-in officer. The texts of cases
 * are shown only to those who may read them ({@link AccessRules#mayReadTextsOf}); to anyone else
 * they do not exist.
 */
@RestController
public class TextController {

  private final TextDesk desk;

  public TextController(TextDesk desk) {
    this.desk = desk;
  }

  /** A translation: language (BCP 47), text, provenance (HUMAN by default), and the source's SHA-256 as read. */
  public record TranslationInput(String language, String text, String provenance, String sourceSha256) {}

  /** Languages default to the four the centres work in. */
  public record MachineTranslationInput(String aggregateId, List<String> languages) {}

  /** A text to analyse before it is sent: its language and the text as typed. */
  public record AnalysisInput(String language, String text) {}

  public record GlossaryInput(String termId, Map<String, String> terms, String note, Long replaces) {}

  public record GlossaryJson(long revision, String sha256, List<GlossaryTerm> terms) {}

  @GetMapping(value = "/api/texts", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<TextJson> texts(Officer officer, @RequestParam String aggregate, ReaderLanguage reader) {
    return desk.catalog().ofAggregate(aggregate).stream().filter(e -> readable(e, officer)).map(e -> json(e, reader)).toList();
  }

  @GetMapping(value = "/api/texts/{ref}", produces = MediaType.APPLICATION_JSON_VALUE)
  public TextJson text(Officer officer, @PathVariable String ref, ReaderLanguage reader) {
    return desk.text(ref).filter(e -> readable(e, officer)).map(e -> json(e, reader)).orElseThrow(() -> new TextNotFoundException(ref));
  }

  @PostMapping(value = "/api/texts/{ref}/translations", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<TextJson> translate(Officer officer, @PathVariable String ref, @RequestBody TranslationInput input,
      ReaderLanguage reader) {
    TextJson text = json(desk.translate(ref, input.language(), input.text(), input.provenance(), officer.id(), input.sourceSha256()),
        reader);
    return ResponseEntity.status(HttpStatus.CREATED).body(text);
  }

  @PostMapping(value = "/api/texts/{ref}/translations/{language}/review", produces = MediaType.APPLICATION_JSON_VALUE)
  public TextJson review(Officer officer, @PathVariable String ref, @PathVariable String language, ReaderLanguage reader) {
    return json(desk.review(ref, language, officer.id()), reader);
  }

  @PostMapping(value = "/api/texts/machine-translations", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public List<TextJson> translateMissing(Officer officer, @RequestBody MachineTranslationInput input, ReaderLanguage reader) {
    if (input.aggregateId() == null || input.aggregateId().isBlank()) {
      throw new InvalidInputException(new Violation("aggregateId", null, "required: the alert, case or meeting whose texts to translate"));
    }
    List<String> languages = input.languages() == null || input.languages().isEmpty() ? List.of("th", "my", "lo", "en") : input.languages();
    return desk.translateMissing(input.aggregateId(), languages, officer.id()).stream().map(e -> json(e, reader)).toList();
  }

  /**
   * How Saphan would store a text: the encoding it was typed in (Zawgyi or Unicode) with the
   * detector's probability, and the NFC Unicode form. Changes nothing.
   */
  @PostMapping(value = "/api/texts/analysis", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public TextAnalysis analyse(@RequestBody AnalysisInput input) {
    String language;
    try {
      language = LocalizedTexts.languageTag(input.language());
    } catch (InvalidTextException e) {
      throw new InvalidInputException(new Violation("language", input.language(), e.getMessage()));
    }
    try {
      return LocalizedTexts.analyse(language, input.text());
    } catch (InvalidTextException e) {
      throw new InvalidInputException(new Violation("text", null, e.getMessage()));
    }
  }

  /**
   * Texts of the node's alerts, receipts, cases and meetings matching {@code q} in any of the four
   * languages, originals and translations alike, best first; each with the text that matched and
   * where, and the text as the reader sees it.
   */
  @GetMapping(value = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<SearchResultJson> search(Officer officer, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "20") int limit, ReaderLanguage reader) {
    if (limit < 1 || limit > 200) {
      throw new InvalidInputException(new Violation("limit", String.valueOf(limit), "between 1 and 200"));
    }
    try {
      return desk.search(q, limit, e -> readable(e, officer)).stream()
          .map(found -> new SearchResultJson(found.hit().text(), found.hit().start(), found.hit().end(),
          found.hit().phrase(), json(found.entry(), reader))).toList();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(new Violation("q", q, e.getMessage()));
    }
  }

  /**
   * @param matched the text (original or translation) the query was found in, and where
   * @param phrase the query's words were found as words (else inside a longer word)
   */
  public record SearchResultJson(String matched, int start, int end, boolean phrase, TextJson text) {}

  @GetMapping(value = "/api/glossary", produces = MediaType.APPLICATION_JSON_VALUE)
  public GlossaryJson glossary(ReaderLanguage reader) {
    Glossary glossary = desk.glossary();
    // In the reader's alphabetical order (Thai by consonant, leading vowels aside), by the term in their language.
    List<GlossaryTerm> sorted = ReaderCollation.of(reader).sorted(glossary.terms(), t -> t.in(reader.tag()).orElse(t.id()));
    return new GlossaryJson(glossary.revision(), glossary.sha256(), sorted);
  }

  @PostMapping(value = "/api/glossary/terms", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<GlossaryTerm> define(Officer officer, @RequestBody GlossaryInput input) {
    GlossaryTerm term = desk.define(input.termId(), input.terms(), input.note(), input.replaces() == null ? 0 : input.replaces(),
        officer.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(term);
  }

  private TextJson json(TextEntry entry, ReaderLanguage reader) {
    return TextJson.of(entry, reader, desk.zone());
  }

  @ExceptionHandler(TextNotFoundException.class)
  ResponseEntity<ApiError> notFound(TextNotFoundException e) {
    return ApiError.of(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(TextConflictException.class)
  ResponseEntity<ApiError> conflict(TextConflictException e) {
    return ApiError.of(HttpStatus.CONFLICT, e.getMessage());
  }

  private static boolean readable(TextEntry entry, Officer officer) {
    return AccessRules.mayReadTextsOf(entry.slot().stream(), officer.roles());
  }
}
