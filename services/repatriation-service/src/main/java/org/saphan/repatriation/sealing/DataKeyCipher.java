package org.saphan.repatriation.sealing;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The identity's own encryption: JDK AES-256-GCM under a fresh random data key, output {@code nonce(12) ||
 * ciphertext || tag(16)}. Encrypting once and wrapping only the 32-byte key per recipient keeps the sealed size
 * independent of the number of recipients.
 */
final class DataKeyCipher {

  static final int KEY_BYTES = 32;
  static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private DataKeyCipher() {}

  /**
   * A new AES-256 key for one case. It seals that case's identity once (twice at most, when a referral whose
   * publication failed is made again: {@link IdentityVault#seal}), so a random 96-bit nonce is far from any collision
   * bound.
   */
  static byte[] newDataKey() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    return key;
  }

  static byte[] encrypt(byte[] dataKey, byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    Cipher cipher = cipher(Cipher.ENCRYPT_MODE, dataKey, nonce, associatedData);
    byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + cipher.getOutputSize(plaintext.length));
    int written = cipher.doFinal(plaintext, 0, plaintext.length, sealed, NONCE_BYTES);
    return Arrays.copyOf(sealed, NONCE_BYTES + written);
  }

  /** @throws GeneralSecurityException when the bytes, the key or the associated data differ from the sealing */
  static byte[] decrypt(byte[] dataKey, byte[] sealed, byte[] associatedData) throws GeneralSecurityException {
    if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new GeneralSecurityException("ciphertext shorter than a nonce and a tag");
    }
    byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
    Cipher cipher = cipher(Cipher.DECRYPT_MODE, dataKey, nonce, associatedData);
    return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
  }

  private static Cipher cipher(int mode, byte[] dataKey, byte[] nonce, byte[] associatedData)
      throws GeneralSecurityException {
    if (dataKey.length != KEY_BYTES) {
      throw new GeneralSecurityException("data key is not " + KEY_BYTES + " bytes");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(dataKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(associatedData);
    return cipher;
  }
}
