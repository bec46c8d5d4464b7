package org.annals.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Article ids are stored keys: they must not change between versions. */
class ArticleIdTest {
  private static final String ALPHABET = "ab .\t\n\r\f\u000B\u00A0\u2003\u0085é";

  @Test
  void whiteSpaceIsFoldedAsTheRegularExpressionDid() {
    SplittableRandom r = new SplittableRandom(7L);
    for (int n = 0; n < 3_000; n++) {
      StringBuilder t = new StringBuilder();
      for (int i = r.nextInt(40); i > 0; i--) {
        t.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      String text = t.toString();
      assertEquals(text.strip().replaceAll("\\s+", " "), Article.foldWhiteSpace(text),
          () -> "text: " + text.chars().mapToObj(Integer::toHexString).toList());
    }
  }

  @Test
  void reWrappedCopiesShareAnIdAndOtherTextsDoNot() {
    String a = Article.contentId("Ministers met\non Tuesday.\n\n");
    assertEquals(a, Article.contentId("  Ministers met on\tTuesday. "));
    assertNotEquals(a, Article.contentId("Ministers met on Wednesday."));
    assertEquals(17, a.length());
  }
}
