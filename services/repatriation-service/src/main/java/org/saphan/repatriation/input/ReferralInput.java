package org.saphan.repatriation.input;

import java.util.List;
import org.saphan.platform.text.TextDraft;

/**
 * A referral as the sheltering side's officer submits it. Times are ISO-8601 with offset
 * ({@code 2019-09-24T09:00:00+07:00}); the date of birth is {@code yyyy-MM-dd}.
 *
 * @param shelterReference the sheltering side's own file number: referring it twice is one case
 * @param nationalityVerification NOT_STARTED, IN_PROGRESS, CONFIRMED or NOT_CONFIRMED
 */
public record ReferralInput(
    String shelterReference,
    String receivingNode,
    TextDraft summary,
    String nationalityClaimed,
    String nationalityVerification,
    IdentityInput identity,
    Boolean unaccompaniedMinor,
    ConsentInput consent) {

  /** Sealed before it leaves the node; seen only by the two parties of the case. */
  public record IdentityInput(List<String> names, String dateOfBirth, Integer ageEstimate, List<DocumentInput> documents, String photoReference) {}

  public record DocumentInput(String type, String number, String issuingCountry) {}

  /** @param givenBy PERSON or GUARDIAN */
  public record ConsentInput(String givenBy, String givenAt, String scope) {}
}
