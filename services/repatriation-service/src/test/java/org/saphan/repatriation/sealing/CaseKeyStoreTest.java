package org.saphan.repatriation.sealing;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saphan.repatriation.sealing.SealingFixtures.TH_CEI;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseKeyStoreTest {

  private static final String CASE_ID = "TH-CEI-RP-SH-0042";
  private static final Instant NOW = Instant.parse("2019-09-24T02:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String STORE_KEY = CaseKeyStore.newStoreKey();

  @TempDir
  Path directory;

  private CaseKeyStore open(String storeKey) {
    return CaseKeyStore.open(directory, "mm-tcl", storeKey, CLOCK);
  }

  private static byte[] newDataKey() {
    return DataKeyCipher.newDataKey();
  }

  @Test
  void aKeptKeyIsReadBackAfterTheStoreIsOpenedAgainAndNeverLiesInTheClear() throws IOException {
    byte[] dataKey = newDataKey();
    open(STORE_KEY).putDataKey(CASE_ID, dataKey);

    assertThat(open(STORE_KEY).dataKey(CASE_ID)).hasValueSatisfying(read -> assertThat(read).isEqualTo(dataKey));
    byte[] file = Files.readAllBytes(directory.resolve(CASE_ID + ".json"));
    assertThat(SealingFixtures.contains(file, Base64.getEncoder().encodeToString(dataKey))).isFalse();
    assertThat(SealingFixtures.contains(file, HexFormat.of().formatHex(dataKey))).isFalse();
    // Latin-1 maps every byte to one char and back: a byte search as a string search.
    assertThat(new String(file, ISO_8859_1)).doesNotContain(new String(dataKey, ISO_8859_1));
    assertThat(new String(file, UTF_8)).contains("\"state\" : \"KEY\"").contains(CASE_ID);
    assertThat(open(STORE_KEY).dataKey("TH-CEI-RP-SH-0043")).as("another case").isEmpty();
  }

  @Test
  void aTombstoneReplacesTheKeyOutlivesTheStoreAndIsNeverReplacedByAKeyAgain() throws IOException {
    open(STORE_KEY).putDataKey(CASE_ID, newDataKey());

    CaseKeyTombstone erased = open(STORE_KEY).erase(CASE_ID, "th-cei", NOW.minusSeconds(60), "en", "consent withdrawn");

    CaseKeyStore reopened = open(STORE_KEY);
    assertThat(reopened.tombstone(CASE_ID)).hasValue(erased);
    assertThat(erased).isEqualTo(new CaseKeyTombstone(CASE_ID, "th-cei", NOW.minusSeconds(60), "en", "consent withdrawn", NOW));
    assertThat(reopened.dataKey(CASE_ID)).isEmpty();
    assertThat(Files.readString(directory.resolve(CASE_ID + ".json"))).contains("\"state\" : \"ERASED\"").doesNotContain("sealedDataKey");
    assertThatThrownBy(() -> reopened.putDataKey(CASE_ID, newDataKey())).isInstanceOf(IdentityErasedException.class)
        .hasMessageContaining("the identity of case " + CASE_ID + " was erased at the request of th-cei at 2019-09-24T01:59:00Z");
    assertThat(reopened.erase(CASE_ID, "mm-tcl", NOW, "en", "again")).as("erasing again keeps the first tombstone").isEqualTo(erased);
    try (var files = Files.list(directory)) {
      assertThat(files).as("no temporary file is left behind").containsExactly(directory.resolve(CASE_ID + ".json"));
    }
  }

  @Test
  void aCaseNeverKeptHasNeitherKeyNorTombstoneAndCanBeErasedAllTheSame() {
    CaseKeyStore store = open(STORE_KEY);

    assertThat(store.dataKey(CASE_ID)).isEmpty();
    assertThat(store.tombstone(CASE_ID)).isEmpty();
    store.erase(CASE_ID, "th-cei", NOW, "th", "ครบกำหนดเก็บรักษา");
    assertThat(store.tombstone(CASE_ID)).map(CaseKeyTombstone::reason).hasValue("ครบกำหนดเก็บรักษา");
  }

  @Test
  void anEntryUnderAnotherStoreKeyIsRefusedNamingBothKeys() {
    open(STORE_KEY).putDataKey(CASE_ID, newDataKey());

    assertThatThrownBy(() -> open(CaseKeyStore.newStoreKey()).dataKey(CASE_ID))
        .isInstanceOf(CaseKeyStoreException.class)
        .hasMessageContaining("the key of case " + CASE_ID)
        .hasMessageContaining("was written under store key")
        .hasMessageContaining("but saphan.sealing.store-key of node mm-tcl holds")
        .hasMessageContaining("configure the store key this store was written with");
  }

  @Test
  void aCorruptEntryIsRefusedNamingTheCaseAndItsFile() throws IOException {
    Path file = directory.resolve(CASE_ID + ".json");
    open(STORE_KEY).putDataKey(CASE_ID, newDataKey());
    String entry = Files.readString(file);

    Files.writeString(file, "{ not json");
    assertThatThrownBy(() -> open(STORE_KEY).dataKey(CASE_ID)).isInstanceOf(CaseKeyStoreException.class)
        .hasMessage("the key entry of case " + CASE_ID + " (" + file + ") is corrupt: it is not JSON; restore it from the store's backup");

    String sealed = entry.replaceAll("(?s).*\"sealedDataKey\" : \"([^\"]+)\".*", "$1");
    byte[] altered = Base64.getDecoder().decode(sealed);
    altered[altered.length - 1] ^= 1;
    Files.writeString(file, entry.replace(sealed, Base64.getEncoder().encodeToString(altered)));
    assertThatThrownBy(() -> open(STORE_KEY).dataKey(CASE_ID)).isInstanceOf(CaseKeyStoreException.class)
        .hasMessageContaining("the key of case " + CASE_ID + " (" + file + ") does not decrypt with saphan.sealing.store-key")
        .hasMessageContaining("altered, or copied from another case or node");

    Files.writeString(file, entry.replace("\"state\" : \"KEY\"", "\"state\" : \"LOST\""));
    assertThatThrownBy(() -> open(STORE_KEY).tombstone(CASE_ID)).isInstanceOf(CaseKeyStoreException.class)
        .hasMessageContaining("is corrupt: its state is neither KEY nor ERASED");
  }

  @Test
  void anEntryCopiedToAnotherCaseDoesNotOpenThere() throws IOException {
    open(STORE_KEY).putDataKey(CASE_ID, newDataKey());
    String other = "TH-CEI-RP-SH-0099";
    Path copy = directory.resolve(other + ".json");

    Files.writeString(copy, Files.readString(directory.resolve(CASE_ID + ".json")));
    assertThatThrownBy(() -> open(STORE_KEY).dataKey(other)).isInstanceOf(CaseKeyStoreException.class)
        .hasMessageContaining("is corrupt: it names case " + CASE_ID + " of node mm-tcl");

    Files.writeString(copy, Files.readString(directory.resolve(CASE_ID + ".json")).replace(CASE_ID, other));
    assertThatThrownBy(() -> open(STORE_KEY).dataKey(other)).isInstanceOf(CaseKeyStoreException.class)
        .hasMessageContaining("does not decrypt");
  }

  @Test
  void aCaseIdThatCouldNameAnotherPathIsRefused() {
    assertThatThrownBy(() -> open(STORE_KEY).putDataKey("../../etc/passwd", newDataKey()))
        .isInstanceOf(CaseKeyStoreException.class).hasMessageContaining("cannot name a case key entry");
  }

  @Test
  void aMissingDirectoryIsCreatedAndAMissingOrWrongStoreKeyIsNamed() {
    Path nested = directory.resolve("not/yet/there");
    CaseKeyStore.open(nested, "mm-tcl", STORE_KEY, CLOCK).putDataKey(CASE_ID, newDataKey());
    assertThat(nested.resolve(CASE_ID + ".json")).exists();

    assertThatThrownBy(() -> CaseKeyStore.open(null, "mm-tcl", STORE_KEY, CLOCK))
        .hasMessageContaining("saphan.sealing.case-key-store is not set");
    assertThatThrownBy(() -> open(null))
        .hasMessageContaining("saphan.sealing.store-key (the case key store key of node mm-tcl) is not set")
        .hasMessageContaining("SealingKeys store-key");
    assertThatThrownBy(() -> open("not base64!"))
        .hasMessage("saphan.sealing.store-key (the case key store key of node mm-tcl) is not Base64 text");
    assertThatThrownBy(() -> open(TH_CEI.privateKeysetBase64()))
        .as("a sealing key is not a store key")
        .hasMessageContaining("only AES-256-GCM keysets from the key generator (store-key) are accepted")
        .hasMessageNotContaining(TH_CEI.privateKeysetBase64());
  }
}
