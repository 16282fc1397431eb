package org.saphan.repatriation.sealing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saphan.repatriation.sealing.SealingFixtures.BURMESE_NAME;
import static org.saphan.repatriation.sealing.SealingFixtures.IDENTITY;
import static org.saphan.repatriation.sealing.SealingFixtures.PERSONAL_TEXTS;
import static org.saphan.repatriation.sealing.SealingFixtures.THAI_NAME;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VictimIdentityTest {

  @Test
  void toStringRevealsNoPersonalData() {
    String texts = IDENTITY + " " + IDENTITY.documents() + " " + List.of(IDENTITY);

    assertThat(IDENTITY.toString()).isEqualTo("VictimIdentity[sealed personal data]");
    assertThat(IDENTITY.documents().get(0).toString()).isEqualTo("IdentityDocument[sealed personal data]");
    for (String personal : PERSONAL_TEXTS) {
      assertThat(texts).doesNotContain(personal);
    }
  }

  @Test
  void jsonRoundTripKeepsNamesExactlyAsWritten() {
    byte[] json = IdentityJson.write(IDENTITY);

    VictimIdentity read = IdentityJson.read(json);

    assertThat(read).isEqualTo(IDENTITY);
    assertThat(read.names()).containsExactly(THAI_NAME, BURMESE_NAME);
    assertThat(new String(json, UTF_8)).contains("\"dateOfBirth\":\"2007-03-14\"", THAI_NAME, BURMESE_NAME);
  }

  @Test
  void unknownDateOfBirthDocumentsAndPhotoRoundTrip() {
    VictimIdentity sparse = new VictimIdentity(List.of("ທົດສອບ ຕົວຢ່າງ"), null, null, null);

    VictimIdentity read = IdentityJson.read(IdentityJson.write(sparse));

    assertThat(read).isEqualTo(sparse);
    assertThat(read.dateOfBirth()).isNull();
    assertThat(read.documents()).isEmpty();
    assertThat(read.photoReference()).isNull();
  }

  @Test
  void unreadablePlaintextIsReportedWithoutItsContent() {
    byte[] json = ("{\"names\":[\"" + THAI_NAME + "\"],\"dateOfBirth\":\"14/03/2007\"}").getBytes(UTF_8);

    assertThatThrownBy(() -> IdentityJson.read(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasNoCause()
        .satisfies(SealingFixtures::assertNoPersonalData);
  }

  @Test
  void namesAreCopiedAndMustNotBeBlank() {
    List<String> names = new ArrayList<>(List.of(THAI_NAME));
    VictimIdentity identity = new VictimIdentity(names, null, List.of(), null);
    names.add("changed later");

    assertThat(identity.names()).containsExactly(THAI_NAME);
    assertThatThrownBy(() -> new VictimIdentity(List.of(" "), null, List.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IdentityDocument("PASSPORT", "", "TH"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
