package org.saphan.platform.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** The one rule for a key's id: 16 hex digits of the SHA-256 of its X.509 encoding, the same everywhere. */
final class KeyIds {

  private KeyIds() {}

  static String of(PublicKey key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  static PublicKey publicKey(String x509Base64) {
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(x509Base64.strip())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not an Ed25519 public key in base64 X.509");
    }
  }
}
