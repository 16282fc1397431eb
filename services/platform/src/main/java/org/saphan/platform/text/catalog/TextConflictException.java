package org.saphan.platform.text.catalog;

/** A translation change that conflicts with the text as it stands (its source changed, it is already reviewed ...). */
public class TextConflictException extends RuntimeException {
  public TextConflictException(String message) {
    super(message);
  }
}
