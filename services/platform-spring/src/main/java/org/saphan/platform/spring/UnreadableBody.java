package org.saphan.platform.spring;

import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.saphan.platform.validation.Violation;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What is wrong with a request body that could not be read, as one {@link Violation}: the field as
 * a path ({@code consent.givenAt}, {@code identity.names[0]}; {@code body} for the body as a whole)
 * and the rule in words an officer can act on ("must be a whole number, not a string"), never a
 * Java type, class or method of the service.
 */
final class UnreadableBody {

  private UnreadableBody() {}

  /**
   * The error's message: a body that is no JSON (malformed, not UTF-8, missing) says so; a field
   * of the wrong type, unknown, null or no text is refused like any other invalid field.
   */
  static String message(HttpMessageNotReadableException e) {
    return find(e) instanceof DatabindException ? "nothing was stored or sent" : "the request body is not valid JSON for this request";
  }

  static Violation violation(HttpMessageNotReadableException e) {
    JacksonException json = find(e);
    if (json == null) {
      if (NestedExceptionUtils.getMostSpecificCause(e) instanceof CharacterCodingException) {
        return new Violation("body", null, e.getMessage());
      }
      String message = String.valueOf(e.getMessage());
      return new Violation("body", null, message.startsWith("Required request body is missing") ? "required: this request takes a JSON object"
          : message.lines().findFirst().orElse(message).replaceAll(":.*", ""));
    }
    return new Violation(field(json), null, rule(json));
  }

  private static JacksonException find(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JacksonException json) {
        return json;
      }
    }
    return null;
  }

  /** The path Jackson was reading, as the API's violations name fields: {@code infos[0].areas[1].circles[0]}. */
  private static String field(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "body" : path.toString();
  }

  private static String rule(JacksonException e) {
    if (e instanceof RequestStrings.NotText) {
      return e.getOriginalMessage();
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "\"" + unknown.getPropertyName() + "\" is not a field of this request; its fields are " + names(unknown.getKnownPropertyIds());
    }
    if (e instanceof InvalidNullException) {
      return "must not be null: leave out what is unknown instead";
    }
    if (e instanceof InvalidFormatException invalid) {
      String value = String.valueOf(invalid.getValue());
      return "must be " + expected(invalid.getTargetType()) + ", not \"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"";
    }
    if (e instanceof MismatchedInputException mismatch) {
      return "must be " + expected(mismatch.getTargetType()) + (mismatch.getCurrentToken() == null ? "" : ", not " + given(mismatch.getCurrentToken()));
    }
    // Malformed JSON, a number out of range, nesting too deep: Jackson's words, without its class names, and where.
    String rule = e.getOriginalMessage().lines().findFirst().orElse("unreadable")
        .replaceAll("\\s*\\(start marker at \\[Source: [^]]*]\\)", "")
        .replaceAll(", from `[^`]*`", "")
        .replace("`", "");
    TokenStreamLocation at = e.getLocation();
    return at == null || at.getLineNr() < 1 ? rule : rule + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == String.class || type == Character.class || type == char.class) {
      return "a string";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class
        || type == short.class || type == java.math.BigInteger.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }
    return Map.class.isAssignableFrom(type) ? "an object of names and values" : "an object";
  }

  private static String given(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name().toLowerCase(java.util.Locale.ROOT) : token.asString();
    };
  }

  private static String names(Collection<Object> names) {
    return names.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
