package org.saphan.repatriation.sealing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Keys of the three sandbox nodes and a clearly fictitious victim, shared by the sealing tests. */
final class SealingFixtures {

  static final SealingKeys.GeneratedKeys TH_CEI = SealingKeys.generate("th-cei");
  static final SealingKeys.GeneratedKeys MM_TCL = SealingKeys.generate("mm-tcl");
  static final SealingKeys.GeneratedKeys LA_HXY = SealingKeys.generate("la-hxy");

  static final String THAI_NAME = "นางสาว ทดสอบ ตัวอย่าง";
  static final String BURMESE_NAME = "မ ဥပမာ";
  static final LocalDate DATE_OF_BIRTH = LocalDate.of(2007, 3, 14);
  static final String DOCUMENT_NUMBER = "TEST-CI-0000123";
  static final String PHOTO_REFERENCE = "th-cei/shelter/photos/TEST-0001";

  static final VictimIdentity IDENTITY = new VictimIdentity(
      List.of(THAI_NAME, BURMESE_NAME),
      DATE_OF_BIRTH,
      List.of(new IdentityDocument("CERTIFICATE_OF_IDENTITY", DOCUMENT_NUMBER, "MM")),
      PHOTO_REFERENCE);

  /** Everything in {@link #IDENTITY} that identifies the person, as it could appear in text. */
  static final List<String> PERSONAL_TEXTS =
      List.of(THAI_NAME, BURMESE_NAME, "ทดสอบ", "ဥပမာ", "2007-03-14", DOCUMENT_NUMBER, PHOTO_REFERENCE);

  private SealingFixtures() {}

  static Map<String, String> publicKeys() {
    return Map.of(
        TH_CEI.node(), TH_CEI.publicKeysetBase64(),
        MM_TCL.node(), MM_TCL.publicKeysetBase64(),
        LA_HXY.node(), LA_HXY.publicKeysetBase64());
  }

  /** A node configured as in production: its own private key, every node's public key. */
  static SealingKeys keysOf(SealingKeys.GeneratedKeys own) {
    return SealingKeys.of(own.node(), own.privateKeysetBase64(), publicKeys());
  }

  static IdentitySealer sealerOf(SealingKeys.GeneratedKeys own) {
    return new IdentitySealer(keysOf(own));
  }

  /** Fails when a message anywhere in the exception's cause chain holds personal data. */
  static void assertNoPersonalData(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      String text = String.valueOf(t);
      for (String personal : PERSONAL_TEXTS) {
        assertThat(text).as("message of %s", t.getClass().getName()).doesNotContain(personal);
      }
    }
  }

  static boolean contains(byte[] haystack, String needle) {
    byte[] wanted = needle.getBytes(UTF_8);
    outer:
    for (int i = 0; i + wanted.length <= haystack.length; i++) {
      for (int j = 0; j < wanted.length; j++) {
        if (haystack[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  static byte[] bytes(ByteBuffer buffer) {
    ByteBuffer view = buffer.duplicate();
    byte[] bytes = new byte[view.remaining()];
    view.get(bytes);
    return bytes;
  }

  static ByteBuffer withFlippedByte(ByteBuffer buffer, int index) {
    byte[] bytes = bytes(buffer);
    bytes[index] ^= 0x01;
    return ByteBuffer.wrap(bytes);
  }
}
