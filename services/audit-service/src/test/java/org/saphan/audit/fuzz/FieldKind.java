package org.saphan.audit.fuzz;

/**
 * What a value in a request body is: it tells the fuzzer which changes to it must make the request
 * invalid, and which may leave it valid. Most kinds are read from the example itself
 * ({@link WriteExample#slots()}); the others the example declares.
 */
public enum FieldKind {
  /** The text of a {@code {"language", "text"}} object, or a glossary term: valid Unicode, not blank. */
  TEXT,
  /** A BCP 47 language tag: a {@code "language"} of a text, an element of {@code "languages"}. */
  LANGUAGE,
  /** One of a closed set (a CAP status, a node id, a case action, a provenance) or of a fixed format (a CAP circle, a link). */
  VOCABULARY,
  /** An identifier of a restricted alphabet (a CAP identifier, a shelter reference, a term id): no space, comma, '<' or '&'. */
  IDENTIFIER,
  /** A date and time with offset, e.g. 2019-09-24T09:00:00+07:00. */
  DATE_TIME,
  /** A date, yyyy-MM-dd. */
  DATE,
  /** A whole number, in the range its example declares. */
  NUMBER,
  BOOLEAN,
  /** Any other string: a name, a document number, a checkpoint. */
  STRING,
  /** A record's object: its fields are known, any other is refused. */
  OBJECT,
  /** An object of free keys: a glossary term's wordings by language. */
  MAP,
  ARRAY;

  public boolean isString() {
    return this == TEXT || this == LANGUAGE || this == VOCABULARY || this == IDENTIFIER || this == DATE_TIME || this == DATE
        || this == STRING;
  }

  public boolean isContainer() {
    return this == OBJECT || this == MAP || this == ARRAY;
  }
}
