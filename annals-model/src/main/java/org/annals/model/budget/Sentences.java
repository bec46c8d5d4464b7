package org.annals.model.budget;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.Article;
import org.annals.model.Warning;

/**
 * Cheap, annotator-independent text measures for {@link Budget}: a token estimate and the
 * blanking of overlong sentences (a sentence here is a run of text up to a {@code .}, {@code !}
 * or {@code ?} before white space, or up to a line break). Pure.
 */
final class Sentences {
  /** The article to annotate and the warnings for what was blanked in it. */
  record Masked(Article article, List<Warning> warnings) {
    Masked {
      warnings = List.copyOf(warnings);
    }
  }

  private Sentences() {}

  /** Runs of letters or digits and other visible characters, counted up to {@code cap + 1}. */
  static long estimateTokens(String text, int cap) {
    long n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && n <= cap; i++) {
      char c = text.charAt(i);
      boolean word = Character.isLetterOrDigit(c) || Character.isSurrogate(c);
      if (word) {
        n += inWord ? 0 : 1;
      } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        n++;
      }
      inWord = word;
    }
    return n;
  }

  /**
   * The article with every sentence longer than {@code max} characters replaced by spaces,
   * bounded by blank lines so that the annotator ends a sentence on either side; offsets are
   * unchanged and the id stays the original's. The same article when nothing is too long.
   */
  static Masked mask(Article article, int max) {
    String text = article.text();
    char[] chars = null;
    List<Warning> warnings = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!endsSentence(text, i) && i < text.length() - 1) {
        continue;
      }
      int end = i + 1;
      if (end - start > max) {
        chars = chars == null ? text.toCharArray() : chars;
        blank(chars, start, end);
        warnings.add(new Warning("long-sentence-skipped", "a sentence of " + (end - start)
            + " characters (over the budget of " + max + ") was not annotated", start, end));
      }
      start = end;
    }
    if (chars == null) {
      return new Masked(article, List.of());
    }
    return new Masked(new Article(article.id(), article.file(), article.url(), article.title(), article.outlet(),
        article.published(), article.language(), new String(chars)), warnings);
  }

  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return true;
    }
    return (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }

  private static void blank(char[] chars, int start, int end) {
    java.util.Arrays.fill(chars, start, end, ' ');
    chars[start] = '\n';
    chars[start + 1] = '\n';
    chars[end - 2] = '\n';
    chars[end - 1] = '\n';
  }
}
