package org.saphan.repatriation.sealing;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plaintext inside a seal: a {@link VictimIdentity} as UTF-8 JSON, dates as ISO-8601 text
 * ({@code "dateOfBirth":"1990-01-31"}).
 */
final class IdentityJson {

  private static final JsonMapper JSON = JsonMapper.builder()
      // A parse error must not quote the decrypted plaintext back into an exception message.
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      // A newer node may seal more fields; an older one still opens the ones it knows.
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private IdentityJson() {}

  static byte[] write(VictimIdentity identity) {
    return JSON.writeValueAsBytes(identity);
  }

  /** @throws IllegalArgumentException (without cause nor content) when the bytes are not a victim identity */
  static VictimIdentity read(byte[] json) {
    try {
      VictimIdentity identity = JSON.readValue(json, VictimIdentity.class);
      if (identity == null) {
        throw new IllegalArgumentException("the plaintext is JSON null, not a victim identity");
      }
      return identity;
    } catch (JacksonException | IllegalArgumentException e) {
      // Deliberately no cause: Jackson's and the records' messages may hold fragments of personal data.
      throw new IllegalArgumentException("the plaintext is not a victim identity this node can read");
    }
  }
}
