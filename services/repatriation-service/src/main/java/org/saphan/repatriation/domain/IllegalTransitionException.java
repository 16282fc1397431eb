package org.saphan.repatriation.domain;

/** An action the case's state or the actor's side does not allow; the message names state, actor and rule. */
public class IllegalTransitionException extends RuntimeException {
  public IllegalTransitionException(String message) {
    super(message);
  }
}
