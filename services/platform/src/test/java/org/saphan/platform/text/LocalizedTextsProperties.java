package org.saphan.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.saphan.platform.text.ScriptTexts.Tagged;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.Provenance;
import org.saphan.schema.common.TextEncoding;
import org.saphan.schema.common.Translation;

/** Properties of {@link LocalizedTexts} over generated Thai, Lao, Burmese and Latin text. */
class LocalizedTextsProperties {

  @Property(tries = 200)
  void theNormalisedFormIsAFixedPoint(@ForAll("validTexts") Tagged text) {
    String normalized = LocalizedTexts.original(text.language(), text.text()).getNormalized();

    TextAnalysis again = LocalizedTexts.analyse(text.language(), normalized);

    assertThat(again.normalized()).isEqualTo(normalized);
    assertThat(again.changedByNormalisation()).isFalse();
    assertThat(again.encoding()).isEqualTo(TextEncoding.UNICODE);
    assertThat(Normalizer.normalize(normalized, Normalizer.Form.NFC)).isEqualTo(normalized);
  }

  @Property(tries = 200)
  void theTextIsKeptExactlyAsWritten(@ForAll("validTexts") Tagged text) {
    LocalizedText stored = LocalizedTexts.original(text.language(), text.text());

    assertThat(stored.getText()).isEqualTo(text.text());
    assertThat(stored.getLanguage()).isEqualTo(text.language());
    assertThat(LocalizedTexts.analyse(text.language(), text.text()).changedByNormalisation())
        .isEqualTo(!stored.getNormalized().equals(text.text()));
  }

  @Property(tries = 200)
  void canonicallyEquivalentTextsHaveOneShaOfTheirNormalisedForm(@ForAll("notInNfc") Tagged text) {
    String composed = Normalizer.normalize(text.text(), Normalizer.Form.NFC);
    String decomposed = Normalizer.normalize(text.text(), Normalizer.Form.NFD);
    assertThat(composed).isNotEqualTo(text.text());

    LocalizedText asTyped = LocalizedTexts.original(text.language(), text.text());
    LocalizedText asComposed = LocalizedTexts.original(text.language(), composed);
    LocalizedText asDecomposed = LocalizedTexts.original(text.language(), decomposed);

    assertThat(asTyped.getNormalized()).isEqualTo(asComposed.getNormalized()).isEqualTo(asDecomposed.getNormalized());
    assertThat(asTyped.getEncoding()).isEqualTo(asComposed.getEncoding()).isEqualTo(asDecomposed.getEncoding());
    assertThat(asTyped.getSourceSha256()).isEqualTo(LocalizedTexts.sha256(asTyped.getNormalized()))
        .isEqualTo(asComposed.getSourceSha256()).isEqualTo(asDecomposed.getSourceSha256());
  }

  @Example
  void precomposedAndDecomposedLatinAndReorderedThaiShareTheirSha() {
    assertThat(LocalizedTexts.original("en", "Tachile\u0301ik").getSourceSha256())
        .isEqualTo(LocalizedTexts.original("en", "Tachil\u00E9ik").getSourceSha256());
    assertThat(LocalizedTexts.original("th", "\u0E01\u0E48\u0E38").getSourceSha256())
        .isEqualTo(LocalizedTexts.original("th", "\u0E01\u0E38\u0E48").getSourceSha256());
  }

  @Property(tries = 200)
  void aLocalizedTextSurvivesAvroEncoding(@ForAll("validTexts") Tagged source, @ForAll("validTexts") Tagged translated,
      @ForAll("provenances") Provenance provenance, @ForAll("translators") String translator,
      @ForAll @LongRange(min = 0, max = 4_102_444_800_000L) long translatedAtMillis, @ForAll boolean reviewed) throws IOException {
    LocalizedText text = LocalizedTexts.withTranslation(LocalizedTexts.original(source.language(), source.text()),
        translated.language(), translated.text(), provenance, translator, Instant.ofEpochMilli(translatedAtMillis), reviewed);

    ByteBuffer encoded = LocalizedText.getEncoder().encode(text);

    assertThat(LocalizedText.getDecoder().decode(encoded)).isEqualTo(text);
  }

  @Property(tries = 200)
  void aTranslationIsStaleExactlyWhenItsSourceChanges(@ForAll("validTexts") Tagged source, @ForAll("validTexts") Tagged edit,
      @ForAll("validTexts") Tagged translated) {
    LocalizedText text = LocalizedTexts.withTranslation(LocalizedTexts.original(source.language(), source.text()),
        translated.language(), translated.text(), Provenance.HUMAN, "translator-7", Instant.EPOCH, false);
    Translation translation = text.getTranslations().get(0);
    assertThat(LocalizedTexts.isStale(text, translation)).isFalse();

    LocalizedText edited = LocalizedText.newBuilder(LocalizedTexts.original(edit.language(), edit.text()))
        .setTranslations(text.getTranslations()).build();

    assertThat(LocalizedTexts.isStale(edited, translation)).isEqualTo(!edited.getNormalized().equals(text.getNormalized()));
  }

  @Property(tries = 200)
  void aTextWithAnUnpairedSurrogateOrAControlCharacterIsRejected(@ForAll("badTexts") String text,
      @ForAll("languages") String language) {
    assertThatThrownBy(() -> LocalizedTexts.requireValidText(text)).isInstanceOf(InvalidTextException.class);
    assertThatThrownBy(() -> LocalizedTexts.original(language, text)).isInstanceOf(InvalidTextException.class);
  }

  @Property(tries = 200)
  void anyTextInTheScriptsOfTheBorderIsAccepted(@ForAll("validTexts") Tagged text) {
    LocalizedTexts.requireValidText(text.text());

    assertThat(LocalizedTexts.original(text.language(), text.text()).getText()).isEqualTo(text.text());
  }

  @Provide
  Arbitrary<Tagged> validTexts() {
    return ScriptTexts.valid();
  }

  @Provide
  Arbitrary<Tagged> notInNfc() {
    return ScriptTexts.notInNfc();
  }

  @Provide
  Arbitrary<String> badTexts() {
    return ScriptTexts.withABadCharacter();
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of("th", "my", "lo", "en");
  }

  @Provide
  Arbitrary<Provenance> provenances() {
    return Arbitraries.of(Provenance.HUMAN, Provenance.MACHINE, Provenance.GLOSSARY);
  }

  @Provide
  Arbitrary<String> translators() {
    return Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(20).injectNull(0.2);
  }
}
