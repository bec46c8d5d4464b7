package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** MinHash signatures are stored with each article, so they must not change between versions. */
class MinHashTest {
  private static final String ALPHABET = "abcXYZ019 .,;:'\"-\t\n()!?$%";

  @Test
  void asciiFastPathGivesTheSameWordsAsTheUnicodeRules() {
    SplittableRandom r = new SplittableRandom(20261127L);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder t = new StringBuilder();
      int len = r.nextInt(80);
      for (int i = 0; i < len; i++) {
        t.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      String text = t.toString();
      assertArrayEquals(MinHash.wordsUnicode(text), MinHash.words(text), "text: " + text);
    }
  }

  @Test
  void accentsAndCaseDoNotMatter() {
    assertArrayEquals(new String[] {"senor", "muller", "s", "cafe"},
        MinHash.words("Señor Müller's CAFÉ"));
    assertArrayEquals(MinHash.signature("senor muller s cafe"),
        MinHash.signature("Señor  Müller's — CAFÉ!"));
  }

  /**
   * Signatures computed by the first released version (regular-expression tokenizer, one string
   * per shingle) for the same texts: a store written by it must still find its near-duplicates.
   */
  @Test
  void signaturesAreThoseOfEarlierStores() {
    assertEquals("015b545a0a0d932e0deda8ff069c23ca0997c92a0411deee07818e510ce8c5ec",
        prefix("The ministers met in Geneva on Tuesday; talks resumed after 3 weeks."));
    assertEquals("09cd603b19c7949a26703776026b7f30138943d50ae848180204beed04e0de94",
        prefix("Señor Müller's café — naïve façade, ½ price!"));
    assertEquals("4ecb50fe11f9282f72089655251f0086215f44121b4f7fa77b30a8fd0d133928", prefix(""));
    assertEquals(prefix(""), prefix("   \t  "));
  }

  @Test
  void aSmallEditKeepsMostOfTheSignature() {
    String a = "Officials from both countries met for talks on the border dispute, the trade"
        + " agreement and the grain corridor, and agreed to meet again next month in the capital.";
    String b = a.replace("next month", "in June");
    assertTrue(MinHash.similarity(MinHash.signature(a), MinHash.signature(b)) >= 0.5);
    assertTrue(MinHash.similarity(MinHash.signature(a),
        MinHash.signature("A different story about the weather and a football match.")) < 0.2);
  }

  private static String prefix(String text) {
    return MinHash.encode(MinHash.signature(text)).substring(0, 64);
  }
}
