package org.saphan.meetings.service;

/** No such meeting or action item is known on this node. */
public class MeetingNotFoundException extends RuntimeException {
  public MeetingNotFoundException(String what, String node) {
    super("no " + what + " is known on node " + node);
  }
}
