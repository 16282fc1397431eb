package org.saphan.platform.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saphan.platform.signing.KeyRing.Verdict;

class SigningKeyTest {

  private final SigningKey tachileik = SigningKey.generate();
  private final SigningKey houayxay = SigningKey.generate();
  private final byte[] checkpoint = Statements.checkpoint("mm-tcl", "th-cei", 42, "ab".repeat(32));

  @Test
  void aCheckpointSignedByItsOriginVerifiesAndNothingElseDoes() {
    KeyRing ring = KeyRing.of(Map.of("mm-tcl", List.of(tachileik.publicKey()), "la-hxy", List.of(houayxay.publicKey())));
    byte[] signature = tachileik.sign(checkpoint);

    assertThat(ring.verify("mm-tcl", tachileik.keyId(), checkpoint, signature)).isEqualTo(Verdict.VALID);
    // altered content: one more event claimed
    assertThat(ring.verify("mm-tcl", tachileik.keyId(), Statements.checkpoint("mm-tcl", "th-cei", 43, "ab".repeat(32)), signature))
        .isEqualTo(Verdict.BAD_SIGNATURE);
    // Houayxay forging a Tachileik checkpoint with its own key, naming its own key id or Tachileik's
    byte[] forged = houayxay.sign(checkpoint);
    assertThat(ring.verify("mm-tcl", houayxay.keyId(), checkpoint, forged)).isEqualTo(Verdict.UNKNOWN_KEY);
    assertThat(ring.verify("mm-tcl", tachileik.keyId(), checkpoint, forged)).isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(ring.verify("mm-mwd", tachileik.keyId(), checkpoint, signature)).isEqualTo(Verdict.UNKNOWN_NODE);
    assertThat(ring.verify("mm-tcl", tachileik.keyId(), checkpoint, new byte[] {1, 2, 3})).isEqualTo(Verdict.BAD_SIGNATURE);
    // a cosignature is not a checkpoint, even over the same chain head
    byte[] cosigned = tachileik.sign(Statements.cosignature("mm-tcl", "mm-tcl", "th-cei", 42, "ab".repeat(32)));
    assertThat(ring.verify("mm-tcl", tachileik.keyId(), checkpoint, cosigned)).isEqualTo(Verdict.BAD_SIGNATURE);
  }

  @Test
  void afterARotationWhatTheOldKeySignedStillVerifiesUntilTheOldKeyIsRemoved() {
    SigningKey next = SigningKey.generate();
    byte[] oldSignature = tachileik.sign(checkpoint);
    Map<String, String> rotated = Map.of("saphan.nodes.mm-tcl.signing-keys", next.publicKeyBase64() + ", " + tachileik.publicKeyBase64(),
        "saphan.nodes.mm-tcl.zone", "Asia/Yangon");

    KeyRing ring = KeyRing.fromProperties(rotated);
    assertThat(ring.verify("mm-tcl", tachileik.keyId(), checkpoint, oldSignature)).isEqualTo(Verdict.VALID);
    assertThat(ring.verify("mm-tcl", next.keyId(), checkpoint, next.sign(checkpoint))).isEqualTo(Verdict.VALID);

    KeyRing revoked = KeyRing.fromProperties(Map.of("saphan.nodes.mm-tcl.signing-keys", next.publicKeyBase64()));
    assertThat(revoked.verify("mm-tcl", tachileik.keyId(), checkpoint, oldSignature)).isEqualTo(Verdict.UNKNOWN_KEY);
  }

  @Test
  void keysRoundTripAndBadKeysAreRefusedWithoutEchoingThem() {
    SigningKey loaded = SigningKey.fromBase64(tachileik.privateKeyBase64(), tachileik.publicKeyBase64());
    assertThat(loaded.keyId()).isEqualTo(tachileik.keyId()).hasSize(16);
    assertThat(KeyRing.of(Map.of("mm-tcl", List.of(tachileik.publicKey()))).verify("mm-tcl", loaded.keyId(), checkpoint, loaded.sign(checkpoint)))
        .isEqualTo(Verdict.VALID);

    assertThatThrownBy(() -> SigningKey.fromBase64(tachileik.privateKeyBase64(), houayxay.publicKeyBase64()))
        .hasMessageContaining("does not belong to the public key " + houayxay.keyId());
    assertThatThrownBy(() -> SigningKey.fromBase64("not-base64!", tachileik.publicKeyBase64()))
        .hasMessage("not an Ed25519 private key in base64 PKCS#8");
    assertThatThrownBy(() -> KeyRing.fromProperties(Map.of("saphan.nodes.la-hxy.signing-keys", "AAAA")))
        .hasMessageStartingWith("saphan.nodes.la-hxy.signing-keys: not an Ed25519 public key");
    assertThat(tachileik.toString()).doesNotContain(tachileik.privateKeyBase64()).contains(tachileik.keyId());
  }
}
