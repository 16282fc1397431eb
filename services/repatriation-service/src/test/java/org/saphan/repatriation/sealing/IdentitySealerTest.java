package org.saphan.repatriation.sealing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saphan.repatriation.sealing.SealingFixtures.BURMESE_NAME;
import static org.saphan.repatriation.sealing.SealingFixtures.DATE_OF_BIRTH;
import static org.saphan.repatriation.sealing.SealingFixtures.IDENTITY;
import static org.saphan.repatriation.sealing.SealingFixtures.LA_HXY;
import static org.saphan.repatriation.sealing.SealingFixtures.MM_TCL;
import static org.saphan.repatriation.sealing.SealingFixtures.PERSONAL_TEXTS;
import static org.saphan.repatriation.sealing.SealingFixtures.THAI_NAME;
import static org.saphan.repatriation.sealing.SealingFixtures.TH_CEI;
import static org.saphan.repatriation.sealing.SealingFixtures.assertNoPersonalData;
import static org.saphan.repatriation.sealing.SealingFixtures.bytes;
import static org.saphan.repatriation.sealing.SealingFixtures.contains;
import static org.saphan.repatriation.sealing.SealingFixtures.keysOf;
import static org.saphan.repatriation.sealing.SealingFixtures.sealerOf;
import static org.saphan.repatriation.sealing.SealingFixtures.withFlippedByte;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saphan.schema.repatriation.SealedIdentity;
import org.saphan.schema.repatriation.SealedKey;

class IdentitySealerTest {

  private static final String CASE_ID = "th-cei:TEST-2026-0042";
  private static final List<String> CASE_NODES = List.of("th-cei", "mm-tcl");

  private final IdentitySealer thCei = sealerOf(TH_CEI);
  private final IdentitySealer mmTcl = sealerOf(MM_TCL);
  private final IdentitySealer laHxy = sealerOf(LA_HXY);

  @Test
  void bothNodesOfTheCaseOpenWhatTheShelteringNodeSealed() {
    SealedIdentity sealed = thCei.seal(IDENTITY, CASE_ID, CASE_NODES);

    for (IdentitySealer party : List.of(thCei, mmTcl)) {
      VictimIdentity opened = party.open(sealed, CASE_ID);
      assertThat(opened).isEqualTo(IDENTITY);
      assertThat(opened.names()).containsExactly(THAI_NAME, BURMESE_NAME);
      assertThat(opened.dateOfBirth()).isEqualTo(DATE_OF_BIRTH);
    }
  }

  @Test
  void recordsTheAlgorithmAndOneWrappedKeyPerRecipientWithItsKeyId() {
    SealedIdentity sealed = thCei.seal(IDENTITY, CASE_ID, CASE_NODES);

    assertThat(sealed.getAlgorithm()).isEqualTo("HPKE(X25519,HKDF-SHA256,AES-256-GCM)+AES-256-GCM");
    assertThat(sealed.getRecipients()).extracting(SealedKey::getNode).containsExactly("th-cei", "mm-tcl");
    assertThat(sealed.getRecipients()).extracting(SealedKey::getKeyId)
        .containsExactly(TH_CEI.keyId(), MM_TCL.keyId());
  }

  @Test
  void opensAfterAnAvroRoundTripAndMoreThanOnce() throws IOException {
    SealedIdentity sealed = thCei.seal(IDENTITY, CASE_ID, CASE_NODES);

    SealedIdentity received = SealedIdentity.getDecoder().decode(SealedIdentity.getEncoder().encode(sealed));

    assertThat(mmTcl.open(received, CASE_ID)).isEqualTo(IDENTITY);
    assertThat(mmTcl.open(received, CASE_ID)).isEqualTo(IDENTITY);
  }

  @Test
  void aThirdNodeIsToldItIsNotARecipientWithoutPersonalData() {
    SealedIdentity sealed = thCei.seal(IDENTITY, CASE_ID, CASE_NODES);

    assertThatThrownBy(() -> laHxy.open(sealed, CASE_ID))
        .isInstanceOf(SealedIdentityException.class)
        .hasMessage("node la-hxy is not a recipient of the identity sealed for case " + CASE_ID
            + " (recipients: th-cei, mm-tcl)")
        .satisfies(SealingFixtures::assertNoPersonalData);
  }

  @Test
  void aThirdNodeCannotOpenAWrappedKeyRelabelledForIt() {
    SealedIdentity sealed = thCei.seal(IDENTITY, CASE_ID, CASE_NODES);
    SealedKey mmTclKey = sealed.getRecipients().get(1);
    SealedKey relabelled = SealedKey.newBuilder(mmTclKey).setNode("la-hxy").setKeyId(LA_HXY.keyId()).build();
    SealedIdentity forged = SealedIdentity.newBuilder(sealed).setRecipients(List.of(relabelled)).build();

    assertThatThrownBy(() -> laHxy.open(forged, CASE_ID))
        .isInstanceOf(SealedIdentityException.class)
        .hasMessage(doesNotDecrypt(CASE_ID))
        .satisfies(SealingFixtures::assertNoPersonalData);
  }

  @Test
  void aWrappedKeyRelabelledForANodeHoldingTheSameKeyDoesNotOpen() {
    // Only the node in the HPKE context info stops this: la-hxy misconfigured with mm-tcl's own key pair.
    SealingKeys sameKeyAsMmTcl = SealingKeys.of("la-hxy", MM_TCL.privateKeysetBase64(), Map.of());
    SealedIdentity sealed = thCei.seal(IDENTITY, CASE_ID, CASE_NODES);
    SealedKey relabelled = SealedKey.newBuilder(sealed.getRecipients().get(1)).setNode("la-hxy").build();
    SealedIdentity forged = SealedIdentity.newBuilder(sealed).setRecipients(List.of(relabelled)).build();

    assertThatThrownBy(() -> new IdentitySealer(sameKeyAsMmTcl).open(forged, CASE_ID))
        .isInstanceOf(SealedIdentityException.class)
        .hasMessage(doesNotDecrypt(CASE_ID));
  }

  @Test
  void wireFormatIsHpkeWithCaseAndNodeContextThenNoncePrefixedAesGcmWithCaseAad() throws Exception {
    // Pins the layout another implementation must follow to open these seals.
    SealedIdentity sealed = thCei.seal(IDENTITY, CASE_ID, CASE_NODES);
    byte[] wrapped = bytes(sealed.getRecipients().get(1).getWrappedKey());
    SealingKeys mmTclKeys = keysOf(MM_TCL);

    byte[] dataKey = mmTclKeys.decrypt().decrypt(wrapped, (CASE_ID + "|mm-tcl").getBytes(UTF_8));
    byte[] json = DataKeyCipher.decrypt(dataKey, bytes(sealed.getCiphertext()), CASE_ID.getBytes(UTF_8));

    assertThat(dataKey).hasSize(32);
    assertThat(IdentityJson.read(json)).isEqualTo(IDENTITY);
    assertThat(wrapped[0]).as("Tink key id prefix").isEqualTo((byte) 0x01);
    for (String otherContext : List.of(CASE_ID + "|th-cei", "th-cei:TEST-2026-0043|mm-tcl", CASE_ID)) {
      assertThatThrownBy(() -> mmTclKeys.decrypt().decrypt(wrapped, otherContext.getBytes(UTF_8)))
          .as("context %s", otherContext)
          .isInstanceOf(GeneralSecurityException.class);
    }
  }

  @Test
  void aFlippedCiphertextByteDoesNotDecrypt() {
    SealedIdentity sealed = thCei.seal(IDENTITY, CASE_ID, CASE_NODES);
    int length = sealed.getCiphertext().remaining();

    // In the nonce, in the encrypted identity, and in the tag.
    for (int index : new int[] {0, 12, length / 2, length - 1}) {
      SealedIdentity altered = SealedIdentity.newBuilder(sealed)
          .setCiphertext(withFlippedByte(sealed.getCiphertext(), index))
          .build();
      assertThatThrownBy(() -> mmTcl.open(altered, CASE_ID))
          .as("byte %d flipped", index)
          .isInstanceOf(SealedIdentityException.class)
          .hasMessage(doesNotDecrypt(CASE_ID))
          .satisfies(SealingFixtures::assertNoPersonalData);
    }
  }

  @Test
  void aFlippedWrappedKeyByteDoesNotDecryptForThatRecipientOnly() {
    SealedIdentity sealed = thCei.seal(IDENTITY, CASE_ID, CASE_NODES);
    SealedKey mmTclKey = sealed.getRecipients().get(1);
    int length = mmTclKey.getWrappedKey().remaining();

    // In Tink's key id prefix, in the HPKE encapsulated key, and in the wrapped data key.
    for (int index : new int[] {1, 10, length - 1}) {
      SealedKey altered = SealedKey.newBuilder(mmTclKey)
          .setWrappedKey(withFlippedByte(mmTclKey.getWrappedKey(), index))
          .build();
      SealedIdentity tampered = SealedIdentity.newBuilder(sealed)
          .setRecipients(List.of(sealed.getRecipients().get(0), altered))
          .build();

      assertThatThrownBy(() -> mmTcl.open(tampered, CASE_ID))
          .as("byte %d flipped", index)
          .isInstanceOf(SealedIdentityException.class)
          .hasMessage(doesNotDecrypt(CASE_ID))
          .satisfies(SealingFixtures::assertNoPersonalData);
      assertThat(thCei.open(tampered, CASE_ID)).isEqualTo(IDENTITY);
    }
  }

  @Test
  void doesNotOpenUnderAnotherCaseId() {
    SealedIdentity sealed = thCei.seal(IDENTITY, CASE_ID, CASE_NODES);

    assertThatThrownBy(() -> mmTcl.open(sealed, "th-cei:TEST-2026-0043"))
        .isInstanceOf(SealedIdentityException.class)
        .hasMessage(doesNotDecrypt("th-cei:TEST-2026-0043"))
        .satisfies(SealingFixtures::assertNoPersonalData);
  }

  @Test
  void wrappedKeysCannotBeMovedToAnotherCase() {
    SealedIdentity caseA = thCei.seal(IDENTITY, CASE_ID, CASE_NODES);
    SealedIdentity caseB = thCei.seal(IDENTITY, "th-cei:TEST-2026-0043", CASE_NODES);
    SealedIdentity mixed = SealedIdentity.newBuilder(caseB).setRecipients(caseA.getRecipients()).build();

    assertThatThrownBy(() -> mmTcl.open(mixed, "th-cei:TEST-2026-0043"))
        .isInstanceOf(SealedIdentityException.class)
        .hasMessage(doesNotDecrypt("th-cei:TEST-2026-0043"));
  }

  @Test
  void theAvroRecordHoldsNoPersonalDataInClear() throws IOException {
    byte[] avro = bytes(SealedIdentity.getEncoder().encode(thCei.seal(IDENTITY, CASE_ID, CASE_NODES)));
    byte[] plaintext = IdentityJson.write(IDENTITY);

    for (String personal : PERSONAL_TEXTS) {
      assertThat(contains(plaintext, personal)).as("plaintext control holds %s", personal).isTrue();
      assertThat(contains(avro, personal)).as("sealed record holds %s", personal).isFalse();
    }
  }

  @Test
  void twoSealsOfTheSameIdentityDiffer() {
    SealedIdentity first = thCei.seal(IDENTITY, CASE_ID, CASE_NODES);
    SealedIdentity second = thCei.seal(IDENTITY, CASE_ID, CASE_NODES);

    byte[] firstCiphertext = bytes(first.getCiphertext());
    byte[] secondCiphertext = bytes(second.getCiphertext());
    assertThat(Arrays.copyOf(firstCiphertext, 12)).as("nonce").isNotEqualTo(Arrays.copyOf(secondCiphertext, 12));
    assertThat(firstCiphertext).isNotEqualTo(secondCiphertext);
    for (int i = 0; i < CASE_NODES.size(); i++) {
      assertThat(bytes(first.getRecipients().get(i).getWrappedKey()))
          .isNotEqualTo(bytes(second.getRecipients().get(i).getWrappedKey()));
    }
    assertThat(mmTcl.open(second, CASE_ID)).isEqualTo(mmTcl.open(first, CASE_ID));
  }

  @Test
  void aRecipientWithoutAConfiguredPublicKeyIsNamed() {
    IdentitySealer withoutLao = new IdentitySealer(SealingKeys.of(TH_CEI.node(), TH_CEI.privateKeysetBase64(),
        Map.of(MM_TCL.node(), MM_TCL.publicKeysetBase64())));

    assertThatThrownBy(() -> withoutLao.seal(IDENTITY, CASE_ID, List.of("th-cei", "la-hxy")))
        .isInstanceOf(SealedIdentityException.class)
        .hasMessageContaining("for node la-hxy")
        .hasMessageContaining("saphan.sealing.public-keys.la-hxy")
        .hasMessageContaining("nodes with a key: mm-tcl, th-cei")
        .satisfies(SealingFixtures::assertNoPersonalData);
  }

  @Test
  void recipientsMustIncludeTheSealingNodeOnceEach() {
    assertThatThrownBy(() -> thCei.seal(IDENTITY, CASE_ID, List.of("mm-tcl")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("node th-cei seals the identity of case " + CASE_ID + " but is not among");
    assertThatThrownBy(() -> thCei.seal(IDENTITY, CASE_ID, List.of("th-cei", "mm-tcl", "th-cei")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repeat a node");
    assertThatThrownBy(() -> thCei.seal(IDENTITY, CASE_ID, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> thCei.seal(IDENTITY, " ", CASE_NODES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("case id is required");
  }

  @Test
  void aSealForAnOutdatedPublicKeyNamesBothKeyIds() {
    SealedIdentity sealed = thCei.seal(IDENTITY, CASE_ID, CASE_NODES);
    SealingKeys.GeneratedKeys replaced = SealingKeys.generate("mm-tcl");
    IdentitySealer mmTclWithNewKey = new IdentitySealer(
        SealingKeys.of("mm-tcl", replaced.privateKeysetBase64(), Map.of()));

    assertThatThrownBy(() -> mmTclWithNewKey.open(sealed, CASE_ID))
        .isInstanceOf(SealedIdentityException.class)
        .hasMessageContaining("sealed for key " + MM_TCL.keyId() + " of node mm-tcl")
        .hasMessageContaining("holds key " + replaced.keyId())
        .hasMessageContaining("saphan.sealing.public-keys.mm-tcl");
  }

  @Test
  void anUnknownAlgorithmIsRefused() {
    SealedIdentity sealed = thCei.seal(IDENTITY, CASE_ID, CASE_NODES);
    SealedIdentity other = SealedIdentity.newBuilder(sealed).setAlgorithm("RSA-OAEP+AES-128-CBC").build();

    assertThatThrownBy(() -> mmTcl.open(other, CASE_ID))
        .isInstanceOf(SealedIdentityException.class)
        .hasMessageContaining("sealed with 'RSA-OAEP+AES-128-CBC'");
  }

  @Test
  void theExceptionCarriesTheCaseId() {
    SealedIdentity sealed = thCei.seal(IDENTITY, CASE_ID, CASE_NODES);

    assertThatThrownBy(() -> laHxy.open(sealed, CASE_ID))
        .isInstanceOfSatisfying(SealedIdentityException.class, e -> assertThat(e.caseId()).isEqualTo(CASE_ID));
  }

  @Test
  void ciphertextBuffersAreNotConsumedBySealingOrOpening() {
    SealedIdentity sealed = thCei.seal(IDENTITY, CASE_ID, CASE_NODES);
    ByteBuffer ciphertext = sealed.getCiphertext();
    int position = ciphertext.position();

    thCei.open(sealed, CASE_ID);

    assertThat(ciphertext.position()).isEqualTo(position);
    assertThat(keysOf(TH_CEI).keyId("mm-tcl")).isEqualTo(MM_TCL.keyId());
  }

  private static String doesNotDecrypt(String caseId) {
    return "the sealed identity of case " + caseId + " does not decrypt: it was altered, or sealed for another case";
  }
}
