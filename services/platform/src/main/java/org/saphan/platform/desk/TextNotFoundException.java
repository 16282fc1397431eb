package org.saphan.platform.desk;

/** No text with this ref on this node (never sent to it, or not yet arrived), or none of this alert, case or meeting. */
public class TextNotFoundException extends RuntimeException {

  public TextNotFoundException(String ref) {
    super("no text " + ref + " on this node");
  }

  private TextNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The node holds no text of {@code aggregateId}: no alert, case or meeting of that id, or one not yet arrived. */
  public static TextNotFoundException ofAggregate(String aggregateId) {
    return new TextNotFoundException("no texts of an alert, case or meeting " + aggregateId + " on this node", null);
  }
}
