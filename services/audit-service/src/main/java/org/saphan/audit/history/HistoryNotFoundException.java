package org.saphan.audit.history;

/** Nothing of the asked view is in the node's log by the asked time. */
public class HistoryNotFoundException extends RuntimeException {

  public HistoryNotFoundException(String message) {
    super(message);
  }
}
