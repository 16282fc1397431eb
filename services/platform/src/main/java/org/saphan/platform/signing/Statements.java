package org.saphan.platform.signing;

import java.nio.charset.StandardCharsets;

/**
 * The exact bytes a node signs, one method per kind of statement, each starting with its own label
 * so that a signature over one kind can never be passed off as another.
 */
public final class Statements {

  private Statements() {}

  /**
   * An origin's event: "I, {@code origin}, sent to {@code audience} the record whose value bytes hash
   * to {@code valueSha256Hex}". The audience is in it, so a copy moved into another audience's topic
   * does not verify.
   */
  public static byte[] event(String origin, String audience, String valueSha256Hex) {
    return ("saphan/event/v1\n" + origin + ">" + audience + "\n" + valueSha256Hex).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * An origin's checkpoint: "my chain to {@code audience} has {@code sequence} events and its head
   * link is {@code linkHex}".
   */
  public static byte[] checkpoint(String origin, String audience, long sequence, String linkHex) {
    return ("saphan/chain-checkpoint/v1\n" + origin + ">" + audience + "\n" + sequence + "\n" + linkHex).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A receiver's cosignature of that checkpoint: "{@code cosigner} verified the same chain up to
   * the same link".
   */
  public static byte[] cosignature(String cosigner, String origin, String audience, long sequence, String linkHex) {
    return ("saphan/chain-cosignature/v1\n" + cosigner + "\n" + origin + ">" + audience + "\n" + sequence + "\n" + linkHex)
        .getBytes(StandardCharsets.UTF_8);
  }
}
