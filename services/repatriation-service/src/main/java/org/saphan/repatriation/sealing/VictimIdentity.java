package org.saphan.repatriation.sealing;

import java.time.LocalDate;
import java.util.List;

/**
 * Who a trafficking victim is: the personal data that only the two nodes of a repatriation case may read. It
 * travels only sealed ({@link IdentitySealer}); nothing else in a case event may carry it.
 *
 * @param names every name the person is known by, exactly as written (Thai, Burmese, Lao, Latin script…): names
 *     are not normalised or transliterated, since officers match them against documents in their own script
 * @param dateOfBirth the date of birth, or {@code null} when unknown (the age estimate travels unsealed)
 * @param documents identity documents seen or held, possibly none
 * @param photoReference where the photo is kept on the sheltering side (never the photo itself), or {@code null}
 */
public record VictimIdentity(
    List<String> names, LocalDate dateOfBirth, List<IdentityDocument> documents, String photoReference) {

  public VictimIdentity {
    if (names == null) {
      throw new IllegalArgumentException("names are required (an empty list when no name is known)");
    }
    if (names.stream().anyMatch(name -> name == null || name.isBlank())) {
      throw new IllegalArgumentException("a name is blank");
    }
    names = List.copyOf(names);
    if (documents == null) {
      documents = List.of();
    }
    if (documents.stream().anyMatch(document -> document == null)) {
      throw new IllegalArgumentException("a document is missing (null)");
    }
    documents = List.copyOf(documents);
  }

  /** Never the data itself: a record's default toString would put names into logs and exception messages. */
  @Override
  public String toString() {
    return "VictimIdentity[sealed personal data]";
  }
}
