package org.saphan.platform.desk;

/** No text with this ref on this node: never sent to it, or not yet arrived. */
public class TextNotFoundException extends RuntimeException {
  public TextNotFoundException(String ref) {
    super("no text " + ref + " on this node");
  }
}
