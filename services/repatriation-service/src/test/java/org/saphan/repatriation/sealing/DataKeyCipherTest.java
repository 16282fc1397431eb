package org.saphan.repatriation.sealing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;

class DataKeyCipherTest {

  private static final byte[] PLAINTEXT = "{\"names\":[\"မ ဥပမာ\"]}".getBytes(UTF_8);
  private static final byte[] CASE_A = "th-cei:TEST-1".getBytes(UTF_8);
  private static final byte[] CASE_B = "th-cei:TEST-2".getBytes(UTF_8);

  @Test
  void decryptsWithTheSameKeyAndCaseOnly() throws GeneralSecurityException {
    byte[] key = DataKeyCipher.newDataKey();
    byte[] sealed = DataKeyCipher.encrypt(key, PLAINTEXT, CASE_A);

    assertThat(DataKeyCipher.decrypt(key, sealed, CASE_A)).isEqualTo(PLAINTEXT);
    assertThatThrownBy(() -> DataKeyCipher.decrypt(key, sealed, CASE_B)).isInstanceOf(AEADBadTagException.class);
    assertThatThrownBy(() -> DataKeyCipher.decrypt(DataKeyCipher.newDataKey(), sealed, CASE_A))
        .isInstanceOf(AEADBadTagException.class);
  }

  @Test
  void prependsAFreshNonceAndAppendsTheTag() throws GeneralSecurityException {
    byte[] key = DataKeyCipher.newDataKey();

    byte[] first = DataKeyCipher.encrypt(key, PLAINTEXT, CASE_A);
    byte[] second = DataKeyCipher.encrypt(key, PLAINTEXT, CASE_A);

    assertThat(key).hasSize(32);
    assertThat(first).hasSize(12 + PLAINTEXT.length + 16);
    assertThat(Arrays.copyOf(first, 12)).isNotEqualTo(Arrays.copyOf(second, 12));
  }

  @Test
  void refusesTruncatedCiphertext() {
    assertThatThrownBy(() -> DataKeyCipher.decrypt(DataKeyCipher.newDataKey(), new byte[27], CASE_A))
        .isInstanceOf(GeneralSecurityException.class);
  }
}
