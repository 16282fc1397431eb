package org.saphan.platform.signing;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;

/** Checks an Ed25519 signature; a malformed signature is simply not valid. */
final class Verification {

  private Verification() {}

  static boolean isValid(PublicKey key, byte[] data, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(data);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
