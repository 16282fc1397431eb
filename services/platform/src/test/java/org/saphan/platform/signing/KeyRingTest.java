package org.saphan.platform.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saphan.platform.node.NodeRegistry;

/** The key ring reads and writes the registry's signing-key lines, and the registry accepts them. */
class KeyRingTest {

  @Test
  void theRingWritesTheLinesItReadsAndTheRegistryIgnoresThem() {
    SigningKey old = SigningKey.generate();
    SigningKey current = SigningKey.generate();
    Map<String, String> properties = new HashMap<>(Map.of("saphan.nodes.th-cei.signing-keys", old.publicKeyBase64() + " , " + current.publicKeyBase64()));

    KeyRing ring = KeyRing.fromProperties(KeyRing.fromProperties(properties).toProperties());

    byte[] data = "statement".getBytes(StandardCharsets.UTF_8);
    assertThat(ring.verify("th-cei", old.keyId(), data, old.sign(data))).isEqualTo(KeyRing.Verdict.VALID);
    assertThat(ring.verify("th-cei", current.keyId(), data, current.sign(data))).isEqualTo(KeyRing.Verdict.VALID);
    properties.putAll(Map.of("saphan.nodes.th-cei.name", "Chiang Rai", "saphan.nodes.th-cei.country", "TH", "saphan.nodes.th-cei.zone",
        "Asia/Bangkok", "saphan.nodes.th-cei.language", "th", "saphan.nodes.mm-tcl.name", "Tachileik", "saphan.nodes.mm-tcl.country", "MM",
        "saphan.nodes.mm-tcl.zone", "Asia/Yangon", "saphan.nodes.mm-tcl.language", "my"));
    assertThat(NodeRegistry.fromProperties(properties).ids()).extracting(Object::toString).containsExactly("mm-tcl", "th-cei");
  }

  @Test
  void aMalformedKeyNamesItsPropertyAndAnUnlistedOwnKeyIsRefused() {
    assertThatThrownBy(() -> KeyRing.fromProperties(Map.of("saphan.nodes.mm-tcl.signing-keys", "not-a-key")))
        .hasMessageContaining("saphan.nodes.mm-tcl.signing-keys");
    SigningKey own = SigningKey.generate();
    NodeKeys keys = new NodeKeys(java.util.Optional.of(own), KeyRing.fromProperties(Map.of("saphan.nodes.th-cei.signing-keys",
        SigningKey.generate().publicKeyBase64())));
    assertThatThrownBy(() -> keys.requireOwnKeyListed("th-cei")).hasMessageContaining("saphan.nodes.th-cei.signing-keys")
        .hasMessageContaining(own.keyId());
  }
}
