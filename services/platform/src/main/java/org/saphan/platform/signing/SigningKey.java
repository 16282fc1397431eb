package org.saphan.platform.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * A node's own Ed25519 signing key (JDK built-in), with the id its signatures name so that a
 * receiver picks the right public key, also after the node has rotated to a new key. The private
 * key never leaves the node; its public key is published in every node's registry.
 */
public final class SigningKey {

  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final String keyId;

  private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    this.keyId = KeyIds.of(publicKey);
  }

  /** A new random key. */
  public static SigningKey generate() {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      return new SigningKey(pair.getPrivate(), pair.getPublic());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK always has Ed25519", e);
    }
  }

  /**
   * The key stored as base64 PKCS#8 (what {@link #privateKeyBase64()} wrote), with its public key.
   *
   * @throws IllegalArgumentException naming the problem, never echoing the key
   */
  public static SigningKey fromBase64(String pkcs8Base64, String publicKeyBase64) {
    PrivateKey privateKey;
    try {
      privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8Base64.strip())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not an Ed25519 private key in base64 PKCS#8");
    }
    SigningKey key = new SigningKey(privateKey, KeyIds.publicKey(publicKeyBase64));
    byte[] probe = "saphan/key-pair-check".getBytes(StandardCharsets.UTF_8);
    if (!Verification.isValid(key.publicKey, probe, key.sign(probe))) {
      throw new IllegalArgumentException("the private signing key does not belong to the public key " + key.keyId);
    }
    return key;
  }

  public String keyId() {
    return keyId;
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  /** The public key as base64 X.509, for the node registry. */
  public String publicKeyBase64() {
    return Base64.getEncoder().encodeToString(publicKey.getEncoded());
  }

  /** The private key as base64 PKCS#8: for the node's own secret store only. */
  public String privateKeyBase64() {
    return Base64.getEncoder().encodeToString(privateKey.getEncoded());
  }

  public byte[] sign(byte[] data) {
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initSign(privateKey);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  @Override
  public String toString() {
    return "SigningKey[" + keyId + "]"; // never the key itself
  }
}
