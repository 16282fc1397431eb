package org.saphan.schemas.gate;

/** The schema tree cannot be checked at all (a file does not parse, a release file is misnamed). */
public class GateException extends RuntimeException {
  public GateException(String message) {
    super(message);
  }
}
