package org.saphan.platform.spring;

import org.saphan.platform.text.InvalidTextException;
import org.saphan.platform.text.LocalizedTexts;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads every string of a request body (a field, an element of a list, a value of a map) and
 * refuses one that is no text: longer than {@value #MAX_CHARS} characters, or holding an unpaired
 * surrogate or a control character other than tab and line breaks
 * ({@link LocalizedTexts#requireWellFormed}). Such a string would otherwise reach an event: as
 * replacement characters, or as an event too large to send. Twice the longest text of a CAP alert
 * (5,000 characters) is room enough for any name, note, decision or case summary.
 */
final class RequestStrings extends StdScalarDeserializer<String> {

  static final int MAX_CHARS = 10_000;

  RequestStrings() {
    super(String.class);
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.Textual;
  }

  @Override
  public Object getEmptyValue(DeserializationContext context) {
    return "";
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
    String value = StringDeserializer.instance.deserialize(parser, context);
    if (value == null) {
      return null;
    }
    if (value.length() > MAX_CHARS) {
      throw new NotText(parser, "at most " + MAX_CHARS + " characters, got " + value.length());
    }
    try {
      LocalizedTexts.requireWellFormed(value);
    } catch (InvalidTextException e) {
      throw new NotText(parser, e.getMessage());
    }
    return value;
  }

  /** A string these rules refuse; its message is the rule it breaks, as the API's error says it. */
  static final class NotText extends MismatchedInputException {
    NotText(JsonParser parser, String rule) {
      super(parser, rule, String.class);
    }
  }
}
