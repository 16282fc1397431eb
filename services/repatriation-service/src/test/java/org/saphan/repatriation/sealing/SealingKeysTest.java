package org.saphan.repatriation.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saphan.repatriation.sealing.SealingFixtures.IDENTITY;
import static org.saphan.repatriation.sealing.SealingFixtures.LA_HXY;
import static org.saphan.repatriation.sealing.SealingFixtures.MM_TCL;
import static org.saphan.repatriation.sealing.SealingFixtures.TH_CEI;
import static org.saphan.repatriation.sealing.SealingFixtures.keysOf;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HpkePrivateKey;
import com.google.crypto.tink.hybrid.HpkePublicKey;
import com.google.crypto.tink.hybrid.PredefinedHybridParameters;
import com.google.crypto.tink.Parameters;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SealingKeysTest {

  @Test
  void generatedKeysRoundTripThroughBase64() throws GeneralSecurityException {
    KeysetHandle privateKeyset = TinkProtoKeysetFormat.parseKeyset(
        Base64.getDecoder().decode(TH_CEI.privateKeysetBase64()), InsecureSecretKeyAccess.get());
    KeysetHandle publicKeyset = TinkProtoKeysetFormat.parseKeysetWithoutSecret(
        Base64.getDecoder().decode(TH_CEI.publicKeysetBase64()));

    assertThat(privateKeyset.getPrimary().getKey()).isInstanceOf(HpkePrivateKey.class);
    assertThat(publicKeyset.getPrimary().getKey()).isInstanceOf(HpkePublicKey.class);
    HpkeParameters parameters = (HpkeParameters) publicKeyset.getPrimary().getKey().getParameters();
    assertThat(parameters.getKemId()).isEqualTo(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256);
    assertThat(parameters.getAeadId()).isEqualTo(HpkeParameters.AeadId.AES_256_GCM);
    assertThat(TH_CEI.keyId())
        .matches("[0-9a-f]{8}")
        .isEqualTo(String.format("%08x", privateKeyset.getPrimary().getId()));
    assertThat(privateKeyset.getPublicKeysetHandle().equalsKeyset(publicKeyset)).isTrue();

    SealingKeys keys = keysOf(TH_CEI);
    assertThat(keys.node()).isEqualTo("th-cei");
    assertThat(keys.nodes()).containsExactly("la-hxy", "mm-tcl", "th-cei");
    assertThat(keys.keyId("th-cei")).isEqualTo(TH_CEI.keyId());
    assertThat(keys.keyId("mm-tcl")).isEqualTo(MM_TCL.keyId());
  }

  @Test
  void twoGeneratedKeyPairsDiffer() {
    SealingKeys.GeneratedKeys another = SealingKeys.generate("th-cei");

    assertThat(another.privateKeysetBase64()).isNotEqualTo(TH_CEI.privateKeysetBase64());
    assertThat(another.publicKeysetBase64()).isNotEqualTo(TH_CEI.publicKeysetBase64());
  }

  @Test
  void thePrintedPropertiesConfigureANode() throws IOException {
    SealingKeys.GeneratedKeys generated = SealingKeys.generate("mm-tcl");
    Properties properties = new Properties();
    properties.load(new StringReader(generated.toProperties()));

    SealingKeys keys = SealingKeys.of("mm-tcl", properties.getProperty("saphan.sealing.private-key"),
        Map.of("mm-tcl", properties.getProperty("saphan.sealing.public-keys.mm-tcl"),
            "th-cei", TH_CEI.publicKeysetBase64()));

    assertThat(keys.keyId("mm-tcl")).isEqualTo(generated.keyId());
    IdentitySealer sealer = new IdentitySealer(keys);
    assertThat(sealer.open(sealer.seal(IDENTITY, "c-1", List.of("mm-tcl", "th-cei")), "c-1")).isEqualTo(IDENTITY);
  }

  @Test
  void lineWrappedBase64IsAccepted() {
    String wrapped = TH_CEI.privateKeysetBase64().replaceAll("(.{40})", "$1\n  ");

    assertThat(SealingKeys.of("th-cei", wrapped, Map.of()).keyId("th-cei")).isEqualTo(TH_CEI.keyId());
  }

  @Test
  void noTextShowsThePrivateKey() {
    assertThat(TH_CEI.toString()).doesNotContain(TH_CEI.privateKeysetBase64()).contains(TH_CEI.keyId());
    assertThat(keysOf(TH_CEI).toString())
        .doesNotContain(TH_CEI.privateKeysetBase64())
        .contains("th-cei=" + TH_CEI.keyId(), "mm-tcl=" + MM_TCL.keyId());
  }

  @Test
  void aMissingPrivateKeyIsNamedWithHowToGenerateOne() {
    assertThatThrownBy(() -> SealingKeys.of("th-cei", " ", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("saphan.sealing.private-key (the private key of node th-cei) is not set")
        .hasMessageContaining("SealingKeys generate th-cei");
  }

  @Test
  void aMalformedPrivateKeyIsNamedWithoutItsText() {
    String notBase64 = "c2VjcmV0IGtleSB0ZXh0-!*";
    String notAKeyset = Base64.getEncoder().encodeToString("secret key text".getBytes());

    assertThatThrownBy(() -> SealingKeys.of("th-cei", notBase64, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("saphan.sealing.private-key (the private key of node th-cei) is not Base64 text")
        .hasNoCause();
    assertThatThrownBy(() -> SealingKeys.of("th-cei", notAKeyset, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("saphan.sealing.private-key (the private key of node th-cei) is not a Tink keyset")
        .hasNoCause();
  }

  @Test
  void aMalformedPublicKeyIsNamedWithItsNodeAndWithoutItsText() {
    String truncated = MM_TCL.publicKeysetBase64().substring(0, 40);
    Map<String, String> publicKeys = new HashMap<>(SealingFixtures.publicKeys());
    publicKeys.put("mm-tcl", truncated);

    assertThatThrownBy(() -> SealingKeys.of("th-cei", TH_CEI.privateKeysetBase64(), publicKeys))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("saphan.sealing.public-keys.mm-tcl (the public key of node mm-tcl) is not a Tink public keyset")
        .satisfies(e -> assertThat(String.valueOf(e.getCause())).doesNotContain(truncated));
  }

  @Test
  void aPrivateKeyConfiguredAsPublicIsCalledOutWithoutBeingPrinted() {
    Map<String, String> publicKeys = Map.of("la-hxy", LA_HXY.privateKeysetBase64());

    assertThatThrownBy(() -> SealingKeys.of("th-cei", TH_CEI.privateKeysetBase64(), publicKeys))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("saphan.sealing.public-keys.la-hxy (the public key of node la-hxy) holds a PRIVATE")
        .hasMessageContaining("generate a new key pair")
        .hasNoCause()
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(LA_HXY.privateKeysetBase64()));
  }

  @Test
  void aPublicKeyConfiguredAsPrivateIsCalledOut() {
    assertThatThrownBy(() -> SealingKeys.of("th-cei", TH_CEI.publicKeysetBase64(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds a public key, not a private one");
  }

  @Test
  void theOwnPublicKeyMustMatchThePrivateKey() {
    SealingKeys.GeneratedKeys other = SealingKeys.generate("th-cei");

    assertThat(SealingKeys.of("th-cei", TH_CEI.privateKeysetBase64(), Map.of("th-cei", TH_CEI.publicKeysetBase64()))
        .keyId("th-cei")).isEqualTo(TH_CEI.keyId());
    assertThatThrownBy(() -> SealingKeys.of(
            "th-cei", TH_CEI.privateKeysetBase64(), Map.of("th-cei", other.publicKeysetBase64())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("saphan.sealing.public-keys.th-cei does not match this node's private key")
        .hasMessageContaining(TH_CEI.keyId() + " vs " + other.keyId());
  }

  @Test
  void keysOfOtherAlgorithmsAreRefused() throws GeneralSecurityException {
    for (Parameters parameters : List.<Parameters>of(
        PredefinedHybridParameters.HPKE_X25519_HKDF_SHA256_AES_128_GCM,
        PredefinedHybridParameters.ECIES_P256_HKDF_HMAC_SHA256_AES128_GCM)) {
      KeysetHandle keyset = KeysetHandle.newBuilder()
          .addEntry(KeysetHandle.generateEntryFromParameters(parameters).withRandomId().makePrimary())
          .build();
      String privateBase64 = Base64.getEncoder().encodeToString(
          TinkProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
      String publicBase64 = Base64.getEncoder().encodeToString(
          TinkProtoKeysetFormat.serializeKeysetWithoutSecret(keyset.getPublicKeysetHandle()));

      assertThatThrownBy(() -> SealingKeys.of("th-cei", privateBase64, Map.of()))
          .as("%s as private key", parameters)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("saphan.sealing.private-key")
          .hasMessageContaining("only HPKE DHKEM_X25519_HKDF_SHA256/HKDF_SHA256/AES_256_GCM keys");
      assertThatThrownBy(() -> SealingKeys.of("th-cei", TH_CEI.privateKeysetBase64(), Map.of("mm-tcl", publicBase64)))
          .as("%s as public key", parameters)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("saphan.sealing.public-keys.mm-tcl")
          .hasMessageContaining("only HPKE DHKEM_X25519_HKDF_SHA256/HKDF_SHA256/AES_256_GCM keys");
    }
  }

  @Test
  void nodeIdsAreValidated() {
    assertThatThrownBy(() -> SealingKeys.of("TH_CEI", TH_CEI.privateKeysetBase64(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'TH_CEI' is not a valid node id");
    assertThatThrownBy(() -> SealingKeys.of("th-cei", TH_CEI.privateKeysetBase64(),
            Map.of("mm.tcl", MM_TCL.publicKeysetBase64())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("saphan.sealing.public-keys.mm.tcl: 'mm.tcl' is not a valid node id");
    assertThatThrownBy(() -> SealingKeys.generate("all"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnknownNodeHasNoKeyId() {
    SealingKeys keys = SealingKeys.of("th-cei", TH_CEI.privateKeysetBase64(), null);

    assertThat(keys.nodes()).containsExactly("th-cei");
    assertThatThrownBy(() -> keys.keyId("mm-tcl"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no public key is configured for node mm-tcl (saphan.sealing.public-keys.mm-tcl)");
  }

  // ---- epochs: rotation and destruction ------------------------------------------------------

  @Test
  void aRotatedKeysetSealsForItsNewKeyAndStillOpensWhatTheOldKeySealed() {
    IdentitySealer chiangRaiBefore = SealingFixtures.sealerOf(TH_CEI);
    var sealedBefore = chiangRaiBefore.seal(IDENTITY, "TH-CEI-RP-SH-0001", List.of("th-cei", "mm-tcl"));

    SealingKeys.GeneratedKeys rotated = SealingKeys.rotate("mm-tcl", MM_TCL.privateKeysetBase64());

    assertThat(rotated.keyId()).isNotEqualTo(MM_TCL.keyId());
    assertThat(rotated.keyIds()).containsExactlyInAnyOrder(MM_TCL.keyId(), rotated.keyId());
    assertThat(rotated.toProperties()).contains("primary key " + rotated.keyId()).contains(MM_TCL.keyId())
        .contains("saphan.sealing.public-keys.mm-tcl=" + rotated.publicKeysetBase64());
    Map<String, String> publicKeys = new HashMap<>(SealingFixtures.publicKeys());
    publicKeys.put("mm-tcl", rotated.publicKeysetBase64());
    IdentitySealer tachileik = new IdentitySealer(SealingKeys.of("mm-tcl", rotated.privateKeysetBase64(), publicKeys));
    IdentitySealer chiangRaiAfter = new IdentitySealer(SealingKeys.of("th-cei", TH_CEI.privateKeysetBase64(), publicKeys));
    var sealedAfter = chiangRaiAfter.seal(IDENTITY, "TH-CEI-RP-SH-0002", List.of("th-cei", "mm-tcl"));

    assertThat(tachileik.open(sealedBefore, "TH-CEI-RP-SH-0001")).isEqualTo(IDENTITY);
    assertThat(tachileik.open(sealedAfter, "TH-CEI-RP-SH-0002")).isEqualTo(IDENTITY);
    assertThat(sealedAfter.getRecipients().get(1).getKeyId()).as("sealed for the new epoch").isEqualTo(rotated.keyId());
    assertThatThrownBy(() -> SealingFixtures.sealerOf(MM_TCL).open(sealedAfter, "TH-CEI-RP-SH-0002"))
        .as("the old keyset alone does not open the new epoch").isInstanceOf(SealedIdentityException.class);
  }

  @Test
  void aDestroyedKeyIsGoneFromTheKeysetAndWhatItSealedNoLongerUnwraps() {
    var sealedForOldKey = SealingFixtures.sealerOf(TH_CEI).seal(IDENTITY, "TH-CEI-RP-SH-0001", List.of("th-cei", "mm-tcl"));
    SealingKeys.GeneratedKeys rotated = SealingKeys.rotate("mm-tcl", MM_TCL.privateKeysetBase64());

    SealingKeys.GeneratedKeys pruned = SealingKeys.destroy("mm-tcl", rotated.privateKeysetBase64(), MM_TCL.keyId());

    assertThat(pruned.keyIds()).containsExactly(rotated.keyId());
    assertThat(pruned.keyId()).isEqualTo(rotated.keyId());
    assertThat(pruned.publicKeysetBase64()).as("the new public keyset to give every node").isNotEqualTo(rotated.publicKeysetBase64());
    IdentitySealer tachileik = new IdentitySealer(SealingKeys.of("mm-tcl", pruned.privateKeysetBase64(),
        Map.of("mm-tcl", pruned.publicKeysetBase64())));
    assertThatThrownBy(() -> tachileik.open(sealedForOldKey, "TH-CEI-RP-SH-0001"))
        .isInstanceOf(SealedIdentityException.class)
        .hasMessageContaining("the key was destroyed after a rotation");
  }

  @Test
  void thePrimaryKeyOrAKeyTheKeysetDoesNotHoldCannotBeDestroyed() {
    SealingKeys.GeneratedKeys rotated = SealingKeys.rotate("mm-tcl", MM_TCL.privateKeysetBase64());

    assertThatThrownBy(() -> SealingKeys.destroy("mm-tcl", rotated.privateKeysetBase64(), rotated.keyId()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key " + rotated.keyId() + " is node mm-tcl's primary sealing key").hasMessageContaining("rotate first");
    assertThatThrownBy(() -> SealingKeys.destroy("mm-tcl", rotated.privateKeysetBase64(), "00000000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds no key 00000000 (it holds ");
    assertThatThrownBy(() -> SealingKeys.rotate("mm-tcl", MM_TCL.publicKeysetBase64()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds a public key, not a private one");
  }
}
