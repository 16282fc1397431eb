package org.saphan.platform.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The link formula of a lane's chain, SHA-256 throughout:
 *
 * <ul>
 *   <li>{@code genesis(lane) = SHA-256(UTF-8 "saphan-chain|" + lane)}, the link "before" sequence 1;
 *   <li>{@code link(n) = SHA-256(link(n-1) || n as 8 bytes big-endian || SHA-256(value(n)))}, where
 *       {@code value} is the exact record value (Avro single-object bytes).
 * </ul>
 *
 * Links travel as lower-case hex.
 */
public final class ChainHash {

  private static final HexFormat HEX = HexFormat.of();

  private ChainHash() {}

  public static byte[] genesis(Lane lane) {
    return sha256().digest(("saphan-chain|" + lane).getBytes(StandardCharsets.UTF_8));
  }

  public static byte[] link(byte[] previousLink, long sequence, byte[] value) {
    return linkOfValueHash(previousLink, sequence, sha256().digest(value));
  }

  /**
   * The link from the SHA-256 of the value instead of the value: what a verifier holding only a
   * record's hash (an export's link line) computes.
   */
  public static byte[] linkOfValueHash(byte[] previousLink, long sequence, byte[] valueSha256) {
    MessageDigest digest = sha256();
    digest.update(previousLink);
    digest.update(ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
    digest.update(valueSha256);
    return digest.digest();
  }

  /** {@link #link} with the previous link given and the result returned as hex. */
  public static String linkHex(String previousLinkHex, long sequence, byte[] value) {
    return hex(link(unhex(previousLinkHex), sequence, value));
  }

  /** {@link #linkOfValueHash} in hex. */
  public static String linkHexOfValueHash(String previousLinkHex, long sequence, String valueSha256Hex) {
    return hex(linkOfValueHash(unhex(previousLinkHex), sequence, unhex(valueSha256Hex)));
  }

  /** The SHA-256 of a record value, in hex. */
  public static String valueHashHex(byte[] value) {
    return hex(sha256().digest(value));
  }

  public static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  /** @throws IllegalArgumentException if {@code hex} is not an even number of hex digits */
  public static byte[] unhex(String hex) {
    return HEX.parseHex(hex);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
