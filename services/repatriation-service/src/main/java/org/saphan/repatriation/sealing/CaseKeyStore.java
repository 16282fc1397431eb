package org.saphan.repatriation.sealing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One node's case keys: the data key of each case's sealed identity, kept on the node's own disk, encrypted under the
 * node's {@link StoreKey}. The data key travels only wrapped for the parties' long-term sealing keys; keeping it here
 * lets those keys be rotated and the old ones destroyed, and lets a case's identity be erased by destroying the one
 * copy of its key each party holds (crypto-shredding), whatever copies of the events Kafka keeps.
 *
 * <p>A directory ({@code saphan.sealing.case-key-store}) with one small JSON file per case, {@code <case id>.json},
 * each replaced atomically (written beside it, flushed, renamed over it): either the key, sealed with the store key
 * (Tink AES-256-GCM, associated data the node and case, so an entry moved to another case or node does not open), or,
 * once the identity is erased, a {@link CaseKeyTombstone} that says who erased it, when and why. A tombstone is never
 * replaced by a key again. Back the directory up with the node's other state: a lost entry is unwrapped again from
 * the event only while the sealing key it was wrapped for still exists.
 *
 * <p>Thread-safe; one process per directory.
 */
public final class CaseKeyStore {

  public static final String DIRECTORY_PROPERTY = "saphan.sealing.case-key-store";
  public static final String STORE_KEY_PROPERTY = StoreKey.PROPERTY;

  private static final String FORMAT = "saphan-case-key/1";
  private static final String KEY = "KEY";
  private static final String ERASED = "ERASED";
  /** Every case id Saphan makes (node, {@code -RP-}, shelter file); nothing that could name another path. */
  private static final Pattern FILE_SAFE_CASE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,119}");
  private static final JsonMapper JSON = JsonMapper.builder()
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private final Path directory;
  private final String node;
  private final StoreKey storeKey;
  private final Clock clock;

  /** What a key entry holds; {@code sealedDataKey} is Base64 of the store key's ciphertext. */
  record KeyEntry(String format, String state, String caseId, String node, String storeKeyId, String storedAt, String sealedDataKey) {}

  /** What a tombstone holds. */
  record TombstoneEntry(String format, String state, String caseId, String node, String requestedBy, String requestedAt,
      String reasonLanguage, String reason, String erasedAt) {}

  private CaseKeyStore(Path directory, String node, StoreKey storeKey, Clock clock) {
    this.directory = directory;
    this.node = node;
    this.storeKey = storeKey;
    this.clock = clock;
  }

  /**
   * Opens (and creates, owner-only, if missing) a node's store.
   *
   * @param storeKeyBase64 the value of {@code saphan.sealing.store-key}
   * @throws IllegalArgumentException naming the property when the directory or the store key is missing or unusable
   */
  public static CaseKeyStore open(Path directory, String node, String storeKeyBase64, Clock clock) {
    if (directory == null || directory.toString().isBlank()) {
      throw new IllegalArgumentException(DIRECTORY_PROPERTY + " is not set: the directory where node " + node
          + " keeps its case keys (on the node's own disk, backed up with it)");
    }
    StoreKey storeKey = StoreKey.of(node, storeKeyBase64);
    try {
      if (!Files.isDirectory(directory)) {
        Files.createDirectories(directory, ownerOnly(directory, "rwx------"));
      }
    } catch (IOException | UnsupportedOperationException e) {
      throw new IllegalArgumentException(DIRECTORY_PROPERTY + " (" + directory + ") cannot be created: " + e, e);
    }
    if (!Files.isWritable(directory)) {
      throw new IllegalArgumentException(DIRECTORY_PROPERTY + " (" + directory + ") is not a directory this process can write");
    }
    return new CaseKeyStore(directory, node, storeKey, clock);
  }

  /** A new store key, as Base64 text for {@code saphan.sealing.store-key} (also printed by {@code SealingKeys store-key}). */
  public static String newStoreKey() {
    return StoreKey.generate();
  }

  /** Where the entries are. */
  public Path directory() {
    return directory;
  }

  /**
   * The case's data key, or empty when the store has none (never kept here, or erased: see {@link #tombstone}).
   *
   * @throws CaseKeyStoreException when the entry is unreadable, altered, or written under another store key
   */
  synchronized Optional<byte[]> dataKey(String caseId) {
    Path file = fileOf(caseId);
    Optional<JsonNode> entry = read(caseId, file);
    if (entry.isEmpty() || ERASED.equals(entry.get().path("state").asString())) {
      return Optional.empty();
    }
    KeyEntry key = as(entry.get(), KeyEntry.class, caseId, file);
    if (key.storeKeyId() == null || key.sealedDataKey() == null) {
      throw corrupt(caseId, file, "it has no sealed key");
    }
    if (!storeKey.keyIds().contains(key.storeKeyId())) {
      throw new CaseKeyStoreException("the key of case " + caseId + " (" + file + ") was written under store key "
          + key.storeKeyId() + ", but " + STORE_KEY_PROPERTY + " of node " + node + " holds " + String.join(", ", storeKey.keyIds())
          + ": configure the store key this store was written with");
    }
    byte[] sealed;
    try {
      sealed = Base64.getDecoder().decode(key.sealedDataKey());
    } catch (IllegalArgumentException e) {
      throw corrupt(caseId, file, "its sealed key is not Base64");
    }
    byte[] dataKey;
    try {
      dataKey = storeKey.decrypt(sealed, associatedData(caseId));
    } catch (GeneralSecurityException e) {
      throw new CaseKeyStoreException("the key of case " + caseId + " (" + file + ") does not decrypt with " + STORE_KEY_PROPERTY
          + " (key " + key.storeKeyId() + "): the entry was altered, or copied from another case or node", e);
    }
    if (dataKey.length != DataKeyCipher.KEY_BYTES) {
      Arrays.fill(dataKey, (byte) 0);
      throw corrupt(caseId, file, "its key is not " + DataKeyCipher.KEY_BYTES + " bytes");
    }
    return Optional.of(dataKey);
  }

  /** The tombstone of an erased case, or empty when its identity was never erased here. */
  public synchronized Optional<CaseKeyTombstone> tombstone(String caseId) {
    Path file = fileOf(caseId);
    return read(caseId, file).filter(entry -> ERASED.equals(entry.path("state").asString())).map(entry -> {
      TombstoneEntry tombstone = as(entry, TombstoneEntry.class, caseId, file);
      try {
        return new CaseKeyTombstone(caseId, tombstone.requestedBy(), Instant.parse(tombstone.requestedAt()), tombstone.reasonLanguage(),
            tombstone.reason(), Instant.parse(tombstone.erasedAt()));
      } catch (RuntimeException e) {
        throw corrupt(caseId, file, "its tombstone lacks a valid requestedAt or erasedAt");
      }
    });
  }

  /**
   * Keeps a case's data key, replacing any earlier key entry.
   *
   * @throws IdentityErasedException when the case is erased: a tombstone is never replaced by a key
   */
  synchronized void putDataKey(String caseId, byte[] dataKey) {
    Optional<CaseKeyTombstone> tombstone = tombstone(caseId);
    if (tombstone.isPresent()) {
      throw new IdentityErasedException(tombstone.get());
    }
    byte[] sealed;
    try {
      sealed = storeKey.encrypt(dataKey, associatedData(caseId));
    } catch (GeneralSecurityException e) {
      throw new CaseKeyStoreException("the key of case " + caseId + " could not be encrypted with " + STORE_KEY_PROPERTY, e);
    }
    write(caseId, new KeyEntry(FORMAT, KEY, caseId, node, storeKey.primaryKeyId(), clock.instant().toString(),
        Base64.getEncoder().encodeToString(sealed)));
  }

  /**
   * Destroys the case's key, leaving its tombstone in its place (one atomic replacement). Idempotent: a case already
   * erased keeps its first tombstone.
   *
   * @return the tombstone in force
   */
  synchronized CaseKeyTombstone erase(String caseId, String requestedBy, Instant requestedAt, String reasonLanguage, String reason) {
    Optional<CaseKeyTombstone> earlier = tombstone(caseId);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    CaseKeyTombstone tombstone = new CaseKeyTombstone(caseId, requestedBy, requestedAt, reasonLanguage, reason, clock.instant());
    write(caseId, new TombstoneEntry(FORMAT, ERASED, caseId, node, requestedBy, requestedAt.toString(), reasonLanguage, reason,
        tombstone.erasedAt().toString()));
    return tombstone;
  }

  private Optional<JsonNode> read(String caseId, Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new CaseKeyStoreException("cannot read the key entry of case " + caseId + " (" + file + "): " + e, e);
    }
    JsonNode entry;
    try {
      entry = JSON.readTree(bytes);
    } catch (JacksonException e) {
      throw corrupt(caseId, file, "it is not JSON");
    }
    if (entry == null || !FORMAT.equals(entry.path("format").asString(null))) {
      throw corrupt(caseId, file, "it is not a case key entry (" + FORMAT + ")");
    }
    if (!caseId.equals(entry.path("caseId").asString(null)) || !node.equals(entry.path("node").asString(null))) {
      throw corrupt(caseId, file, "it names case " + entry.path("caseId").asString(null) + " of node " + entry.path("node").asString(null));
    }
    String state = entry.path("state").asString(null);
    if (!KEY.equals(state) && !ERASED.equals(state)) {
      throw corrupt(caseId, file, "its state is neither " + KEY + " nor " + ERASED);
    }
    return Optional.of(entry);
  }

  private static <T> T as(JsonNode entry, Class<T> type, String caseId, Path file) {
    try {
      return JSON.treeToValue(entry, type);
    } catch (JacksonException e) {
      throw corrupt(caseId, file, "its fields are not those of a " + entry.path("state").asString() + " entry");
    }
  }

  private void write(String caseId, Object entry) {
    Path file = fileOf(caseId);
    Path temporary = null;
    try {
      temporary = Files.createTempFile(directory, "." + caseId + ".", ".tmp", ownerOnly(directory, "rw-------"));
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(JSON.writeValueAsBytes(entry));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      syncDirectory();
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new CaseKeyStoreException("cannot write the key entry of case " + caseId + " (" + file + "): " + e, e);
    }
  }

  /** Makes the rename itself durable; not every platform can sync a directory, and the rename is atomic regardless. */
  private void syncDirectory() {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // best effort (e.g. Windows cannot open a directory)
    }
  }

  private Path fileOf(String caseId) {
    if (caseId == null || !FILE_SAFE_CASE_ID.matcher(caseId).matches()) {
      throw new CaseKeyStoreException("case id '" + caseId + "' cannot name a case key entry: only letters, digits and hyphens"
          + " (up to 120) are kept");
    }
    return directory.resolve(caseId + ".json");
  }

  private byte[] associatedData(String caseId) {
    return (FORMAT + "|" + node + "|" + caseId).getBytes(UTF_8);
  }

  private static CaseKeyStoreException corrupt(String caseId, Path file, String why) {
    return new CaseKeyStoreException("the key entry of case " + caseId + " (" + file + ") is corrupt: " + why
        + "; restore it from the store's backup");
  }

  private static FileAttribute<?>[] ownerOnly(Path directory, String permissions) {
    return directory.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
        : new FileAttribute<?>[0];
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a leftover temporary file holds nothing usable without the store key
      }
    }
  }
}
