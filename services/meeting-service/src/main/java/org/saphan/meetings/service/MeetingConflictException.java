package org.saphan.meetings.service;

/** The request is well-formed but not this node's to make (not the host, not the owner ...). */
public class MeetingConflictException extends IllegalStateException {
  public MeetingConflictException(String message) {
    super(message);
  }
}
