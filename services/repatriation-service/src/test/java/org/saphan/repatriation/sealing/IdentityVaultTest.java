package org.saphan.repatriation.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saphan.repatriation.sealing.SealingFixtures.IDENTITY;
import static org.saphan.repatriation.sealing.SealingFixtures.MM_TCL;
import static org.saphan.repatriation.sealing.SealingFixtures.TH_CEI;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saphan.repatriation.sealing.IdentityVault.Kept;
import org.saphan.schema.repatriation.SealedIdentity;

/** Each party keeps its case key; an erased identity opens nowhere, whatever the sealing keys still open. */
class IdentityVaultTest {

  private static final String CASE_ID = "TH-CEI-RP-SH-0042";
  private static final List<String> PARTIES = List.of("th-cei", "mm-tcl");
  private static final Instant NOW = Instant.parse("2019-09-24T02:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String STORE_KEY = CaseKeyStore.newStoreKey();

  @TempDir
  Path stores;

  private IdentityVault vaultOf(String node, String privateKeyset, Map<String, String> publicKeys) {
    return new IdentityVault(new IdentitySealer(SealingKeys.of(node, privateKeyset, publicKeys)),
        CaseKeyStore.open(stores.resolve(node), node, STORE_KEY, CLOCK));
  }

  private IdentityVault vaultOf(SealingKeys.GeneratedKeys keys) {
    return vaultOf(keys.node(), keys.privateKeysetBase64(), SealingFixtures.publicKeys());
  }

  @Test
  void theShelteringNodeKeepsTheKeyWhenItSealsAndTheOtherPartyWhenTheReferralArrives() {
    SealedIdentity sealed = vaultOf(TH_CEI).seal(IDENTITY, CASE_ID, PARTIES);
    IdentityVault tachileik = vaultOf(MM_TCL);

    assertThat(vaultOf(TH_CEI).keep(CASE_ID, sealed)).isEqualTo(Kept.ALREADY_KEPT);
    assertThat(tachileik.keep(CASE_ID, sealed)).isEqualTo(Kept.STORED);
    assertThat(tachileik.keep(CASE_ID, sealed)).as("at the next rebuild").isEqualTo(Kept.ALREADY_KEPT);
    assertThat(tachileik.open(CASE_ID, sealed)).isEqualTo(IDENTITY);
  }

  @Test
  void onceTheOldSealingKeyIsDestroyedAnIdentityOpensOnlyFromTheStore() {
    SealingKeys.GeneratedKeys rotated = SealingKeys.rotate("mm-tcl", MM_TCL.privateKeysetBase64());
    SealingKeys.GeneratedKeys pruned = SealingKeys.destroy("mm-tcl", rotated.privateKeysetBase64(), MM_TCL.keyId());
    SealedIdentity kept = vaultOf(TH_CEI).seal(IDENTITY, CASE_ID, PARTIES);
    SealedIdentity neverKept = vaultOf(TH_CEI).seal(IDENTITY, "TH-CEI-RP-SH-0043", PARTIES);
    vaultOf(MM_TCL).keep(CASE_ID, kept);

    IdentityVault afterDestruction = vaultOf("mm-tcl", pruned.privateKeysetBase64(), Map.of());

    assertThat(afterDestruction.open(CASE_ID, kept)).isEqualTo(IDENTITY);
    assertThatThrownBy(() -> afterDestruction.open("TH-CEI-RP-SH-0043", neverKept))
        .isInstanceOf(SealedIdentityException.class)
        .hasMessageContaining("was sealed for key " + MM_TCL.keyId() + " of node mm-tcl")
        .hasMessageContaining("holds key " + rotated.keyId())
        .hasMessageContaining("the key was destroyed after a rotation")
        .satisfies(SealingFixtures::assertNoPersonalData);
  }

  @Test
  void anErasedIdentityOpensNoMoreAndARebuildDoesNotKeepItsKeyAgain() {
    SealedIdentity sealed = vaultOf(TH_CEI).seal(IDENTITY, CASE_ID, PARTIES);
    IdentityVault tachileik = vaultOf(MM_TCL);
    tachileik.keep(CASE_ID, sealed);

    CaseKeyTombstone tombstone = tachileik.erase(CASE_ID, "mm-tcl", NOW, "en", "consent withdrawn");

    assertThatThrownBy(() -> tachileik.open(CASE_ID, sealed)).isInstanceOfSatisfying(IdentityErasedException.class,
        e -> assertThat(e.tombstone()).isEqualTo(tombstone));
    IdentityVault rebuilt = vaultOf(MM_TCL);
    assertThat(rebuilt.keep(CASE_ID, sealed)).as("the referral replayed from Kafka").isEqualTo(Kept.ERASED);
    assertThatThrownBy(() -> rebuilt.open(CASE_ID, sealed)).isInstanceOf(IdentityErasedException.class)
        .hasMessageContaining("erased at the request of mm-tcl at 2019-09-24T02:00:00Z (reason: consent withdrawn)");
    assertThat(rebuilt.erasure(CASE_ID)).hasValue(tombstone);
    assertThatThrownBy(() -> vaultOf(MM_TCL).seal(IDENTITY, CASE_ID, PARTIES)).isInstanceOf(IdentityErasedException.class);
  }

  @Test
  void withoutAKeptKeyTheIdentityIsUnwrappedFromTheEventOnceAndKept() {
    SealedIdentity sealed = vaultOf(TH_CEI).seal(IDENTITY, CASE_ID, PARTIES);
    Map<String, String> publicKeys = new HashMap<>(SealingFixtures.publicKeys());

    assertThat(vaultOf(MM_TCL).open(CASE_ID, sealed)).isEqualTo(IDENTITY);

    publicKeys.remove("mm-tcl");
    SealingKeys.GeneratedKeys rotated = SealingKeys.rotate("mm-tcl", MM_TCL.privateKeysetBase64());
    IdentityVault withoutTheOldKey = vaultOf("mm-tcl", SealingKeys.destroy("mm-tcl", rotated.privateKeysetBase64(), MM_TCL.keyId())
        .privateKeysetBase64(), publicKeys);
    assertThat(withoutTheOldKey.open(CASE_ID, sealed)).as("the first read kept the key").isEqualTo(IDENTITY);
  }

  @Test
  void aReferralSealedAgainAfterAFailedPublicationUsesTheKeptKey() {
    IdentityVault chiangRai = vaultOf(TH_CEI);
    chiangRai.seal(IDENTITY, CASE_ID, PARTIES);

    SealedIdentity again = chiangRai.seal(IDENTITY, CASE_ID, PARTIES);

    assertThat(vaultOf(MM_TCL).open(CASE_ID, again)).isEqualTo(IDENTITY);
    assertThat(chiangRai.open(CASE_ID, again)).isEqualTo(IDENTITY);
  }
}
