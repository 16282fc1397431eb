package org.saphan.platform.text;

/** A text that Saphan will not store: not valid UTF-16, control characters, or a bad language tag. */
public class InvalidTextException extends IllegalArgumentException {
  public InvalidTextException(String message) {
    super(message);
  }
}
