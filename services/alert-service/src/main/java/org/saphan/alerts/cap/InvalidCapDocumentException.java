package org.saphan.alerts.cap;

/**
 * A document offered as CAP 1.2 that is not: not well-formed XML, carrying a DOCTYPE (refused so no
 * entity can read local files or call out), or not valid against the CAP 1.2 XSD. The message is
 * meant for the integrator who sent it: {@code "CAP document is not valid CAP 1.2: line 7, column
 * 30: cvc-enumeration-valid: Value 'Real' is not facet-valid ..."}.
 */
public class InvalidCapDocumentException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  static final String PREFIX = "CAP document is not valid CAP 1.2: ";

  private final int lineNumber;
  private final int columnNumber;

  /**
   * @param reason the parser's or validator's message
   * @param lineNumber 1-based line of the problem, or -1 when unknown
   * @param columnNumber 1-based column of the problem, or -1 when unknown
   */
  public InvalidCapDocumentException(String reason, int lineNumber, int columnNumber, Throwable cause) {
    super(PREFIX + location(lineNumber, columnNumber) + reason, cause);
    this.lineNumber = lineNumber;
    this.columnNumber = columnNumber;
  }

  public InvalidCapDocumentException(String reason) {
    this(reason, -1, -1, null);
  }

  /** 1-based line of the problem in the document, or -1 when it concerns the document as a whole. */
  public int lineNumber() {
    return lineNumber;
  }

  /** 1-based column of the problem in the document, or -1 when it concerns the document as a whole. */
  public int columnNumber() {
    return columnNumber;
  }

  private static String location(int line, int column) {
    if (line < 1) {
      return "";
    }
    return column < 1 ? "line " + line + ": " : "line " + line + ", column " + column + ": ";
  }
}
