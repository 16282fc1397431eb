package org.saphan.repatriation.sealing;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.security.GeneralSecurityException;
import java.util.Set;

/**
 * A node's key-encryption key for its {@link CaseKeyStore}: a Tink AEAD keyset of AES-256-GCM keys, configured as
 * {@code saphan.sealing.store-key} (Base64, secret: the node's secret store only, like its private sealing key). It
 * never leaves the node: the store's entries are useless without it, on disk and in backups.
 */
final class StoreKey {

  static final String PROPERTY = "saphan.sealing.store-key";

  private static final Configuration TINK = tinkConfiguration();

  private final Aead aead;
  private final Set<String> keyIds;
  private final String primaryKeyId;

  private StoreKey(Aead aead, Set<String> keyIds, String primaryKeyId) {
    this.aead = aead;
    this.keyIds = keyIds;
    this.primaryKeyId = primaryKeyId;
  }

  /**
   * @throws IllegalArgumentException naming the property and node when it is missing, malformed or holds another kind
   *     of key (never any key text)
   */
  static StoreKey of(String node, String keysetBase64) {
    String what = PROPERTY + " (the case key store key of node " + node + ")";
    if (keysetBase64 == null || keysetBase64.isBlank()) {
      throw new IllegalArgumentException(what + " is not set: generate one with"
          + " org.saphan.repatriation.sealing.SealingKeys store-key and configure it");
    }
    KeysetHandle keyset = Keysets.parseSecret(what, keysetBase64);
    for (int i = 0; i < keyset.size(); i++) {
      if (!(keyset.getAt(i).getKey().getParameters() instanceof AesGcmParameters parameters)
          || parameters.getKeySizeBytes() != 32) {
        throw new IllegalArgumentException(what + " holds a " + keyset.getAt(i).getKey().getParameters() + " key; only"
            + " AES-256-GCM keysets from the key generator (store-key) are accepted");
      }
    }
    try {
      return new StoreKey(keyset.getPrimitive(TINK, Aead.class), Keysets.keyIds(keyset), Keysets.primaryKeyId(keyset));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(what + " cannot encrypt: " + e.getClass().getSimpleName());
    }
  }

  /** A new store key, as Base64 text for {@code saphan.sealing.store-key}. */
  static String generate() {
    try {
      return Keysets.secretToBase64(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not generate a case key store key", e);
    }
  }

  byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
    return aead.encrypt(plaintext, associatedData);
  }

  byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
    return aead.decrypt(ciphertext, associatedData);
  }

  /** The key new entries are written under (8 hex digits). */
  String primaryKeyId() {
    return primaryKeyId;
  }

  /** Every key this store key holds: entries written under any of them open. */
  Set<String> keyIds() {
    return keyIds;
  }

  private static Configuration tinkConfiguration() {
    try {
      AeadConfig.register();
      return RegistryConfiguration.get();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
