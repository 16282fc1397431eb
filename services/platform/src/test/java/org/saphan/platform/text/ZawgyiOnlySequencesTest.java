package org.saphan.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZawgyiOnlySequencesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "ေ၀လ",                   // vowel sign E typed before its consonant
      "ျမန္မာ",                // medial ra typed before its consonant
      "ဆိုင္",                 // virama as asat, at the end of a word
      "ႏိုင္ငံ",               // Zawgyi glyph form U+108F
      "ဆံုး",                  // anusvara before the vowel sign U
      "အမ်ိဳး",                // Zawgyi's tall U, U+1033
      "\u1000\u1034",          // Zawgyi's tall UU, U+1034
      "\u1015\u105A",          // Zawgyi's AA with asat, U+105A
  })
  void zawgyiTypingIsFound(String zawgyi) {
    assertThat(ZawgyiOnlySequences.occurIn(zawgyi)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ယခု မိုးရွာနေပါသလား။",
      "အစားထိုး အထူးအက္ခရာ",
      "ယောက်ျား မိန်းမတို့၏ တူညီသည့် အခွင့်အရေးများ",
      "ကမ္ဘာ့ကုလသမဂ္ဂအဖွဲ့ဝင်",
      "ကျွေးမွေး ကြွေးကြော် အကြွေး",
      "သင်္ဘော",
      "ဆုံး",
      "ဒုတိယ၀န်ကြီး အ၀တ်အထည်",
      "hello world",
  })
  void wellFormedUnicodeHasNone(String unicode) {
    assertThat(ZawgyiOnlySequences.occurIn(unicode)).isFalse();
  }

  @Test
  void noUnicodeLineOfTheCorpusHasOne() {
    assertThat(TextCorpus.burmese()).filteredOn(line -> !line.isZawgyi())
        .allSatisfy(line -> assertThat(ZawgyiOnlySequences.occurIn(line.text())).as(line.source()).isFalse());
  }
}
