package org.saphan.platform.validation;

/** The officer an action is recorded under: every event names its author, so a service refuses to act for nobody. */
public final class ActingOfficer {

  private ActingOfficer() {}

  /**
   * @return the officer id, stripped
   * @throws InvalidInputException when there is none
   */
  public static String require(String officerId) {
    if (officerId == null || officerId.isBlank()) {
      throw new InvalidInputException(new Violation("officer", officerId, "required: the id of the officer acting"));
    }
    return officerId.strip();
  }
}
