package org.saphan.sandbox;

import java.security.SecureRandom;
import java.util.Base64;

/** Passwords made for one sandbox run, never written anywhere but where they are needed. */
final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** 192 random bits, URL-safe Base64 (no quote or backslash, so it fits a JAAS line as it is). */
  static String newPassword() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
