package org.saphan.repatriation.sealing;

/**
 * An identity document of a victim, part of the sealed {@link VictimIdentity}.
 *
 * @param type e.g. {@code PASSPORT}, {@code ID_CARD}, {@code CERTIFICATE_OF_IDENTITY}, {@code BIRTH_CERTIFICATE}
 * @param number the document number as printed on it
 * @param issuingCountry ISO 3166-1 alpha-2 code of the issuing country, or {@code null} when unknown
 */
public record IdentityDocument(String type, String number, String issuingCountry) {

  public IdentityDocument {
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("a document's type is required (e.g. PASSPORT)");
    }
    if (number == null || number.isBlank()) {
      throw new IllegalArgumentException("a document's number is required");
    }
  }

  /** A document number identifies a person as surely as a name: it must not reach a log either. */
  @Override
  public String toString() {
    return "IdentityDocument[sealed personal data]";
  }
}
