package org.saphan.repatriation.domain;

/** The two parties of a case. */
public enum Side {
  /** The country where the person was found and is sheltered; it refers the case and records its history. */
  SHELTERING,
  /** The country of nationality, to which the person returns. */
  RECEIVING;

  public String label() {
    return this == SHELTERING ? "sheltering side" : "receiving side";
  }
}
