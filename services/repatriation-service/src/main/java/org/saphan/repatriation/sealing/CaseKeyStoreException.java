package org.saphan.repatriation.sealing;

/**
 * A node's case key store cannot be read or written: an unreadable or altered entry, a store key that is not the one
 * the entry was written with, a full or read-only disk. The message names the case, the file and the keys' ids, never
 * key material, so it may be logged and shown to an operator as is.
 */
public class CaseKeyStoreException extends RuntimeException {

  public CaseKeyStoreException(String message) {
    super(message);
  }

  /** @param cause an I/O or crypto failure: their messages carry paths and reasons, no key bytes */
  public CaseKeyStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
