package org.saphan.repatriation.service;

/** The request is well-formed but the node already has what it would create (the same file referred twice). */
public class CaseConflictException extends IllegalStateException {
  public CaseConflictException(String message) {
    super(message);
  }
}
