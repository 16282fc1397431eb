package org.saphan.repatriation.sealing;

/**
 * A victim identity could not be sealed or opened. The message names the case, the nodes and key ids involved,
 * never personal data, key material or ciphertext, so it may be logged and returned to an operator as is.
 */
public class SealedIdentityException extends RuntimeException {

  private final String caseId;

  public SealedIdentityException(String caseId, String message) {
    super(message);
    this.caseId = caseId;
  }

  /** @param cause a crypto failure (Tink, JCE): their messages carry no key or data bytes */
  public SealedIdentityException(String caseId, String message, Throwable cause) {
    super(message, cause);
    this.caseId = caseId;
  }

  /** The case whose identity this is about. */
  public String caseId() {
    return caseId;
  }
}
