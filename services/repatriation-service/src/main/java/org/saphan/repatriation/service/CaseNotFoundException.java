package org.saphan.repatriation.service;

/** No case with this id is known on this node (a node that is not a party to a case never knows it). */
public class CaseNotFoundException extends RuntimeException {
  public CaseNotFoundException(String caseId, String node) {
    super("no case " + caseId + " is known on node " + node);
  }
}
