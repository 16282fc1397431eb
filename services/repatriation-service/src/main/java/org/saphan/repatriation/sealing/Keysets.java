package org.saphan.repatriation.sealing;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Tink keysets as configuration text: Base64 of Tink's binary keyset format, whitespace ignored. No message or cause
 * here ever holds key text: Base64 errors quote the offending character, so exceptions from decoding or parsing secret
 * material are replaced, not chained.
 */
final class Keysets {

  private Keysets() {}

  /**
   * A keyset holding secret keys.
   *
   * @param what the property and whose key it is, for messages, e.g. {@code saphan.sealing.store-key (the store key of
   *     node th-cei)}
   * @throws IllegalArgumentException naming {@code what} when the text is not Base64 or not a Tink keyset
   */
  static KeysetHandle parseSecret(String what, String base64) {
    byte[] bytes = decodeBase64(what, base64);
    try {
      return TinkProtoKeysetFormat.parseKeyset(bytes, InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(what + " is not a Tink keyset");
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** The keyset, secrets included, as configuration text. */
  static String secretToBase64(KeysetHandle keyset) throws GeneralSecurityException {
    byte[] bytes = TinkProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
    try {
      return Base64.getEncoder().encodeToString(bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** A keyset of public keys only, as configuration text. */
  static String publicToBase64(KeysetHandle keyset) throws GeneralSecurityException {
    return Base64.getEncoder().encodeToString(TinkProtoKeysetFormat.serializeKeysetWithoutSecret(keyset));
  }

  static byte[] decodeBase64(String what, String base64) {
    try {
      return Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " is not Base64 text");
    }
  }

  /** Tink key ids are 32-bit; as unsigned hex they read the same as in Tink's own keyset dumps. */
  static String keyId(int tinkKeyId) {
    return String.format("%08x", tinkKeyId);
  }

  /** The ids of every key in the keyset, sorted. */
  static SortedSet<String> keyIds(KeysetHandle keyset) {
    SortedSet<String> ids = new TreeSet<>();
    for (int i = 0; i < keyset.size(); i++) {
      ids.add(keyId(keyset.getAt(i).getId()));
    }
    return ids;
  }

  static String primaryKeyId(KeysetHandle keyset) {
    return keyId(keyset.getPrimary().getId());
  }
}
