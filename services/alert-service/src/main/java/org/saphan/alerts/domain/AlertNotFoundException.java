package org.saphan.alerts.domain;

/** No alert with this id is known on this node. */
public class AlertNotFoundException extends RuntimeException {
  public AlertNotFoundException(String threadId, String node) {
    super("no alert " + threadId + " is known on node " + node);
  }
}
