package org.annals.ingest;

import org.annals.model.Article;

/**
 * Keeps what no store can hold out of articles: NUL characters and unpaired surrogates, which
 * JSON escapes ({@code \u0000}, {@code \ud800}) and some HTML can put into any field (PostgreSQL
 * refuses NUL in text; neither is UTF-8). Found by the readers' fuzz harness. Pure.
 */
final class Texts {
  private Texts() {}

  /** Whether {@code s} has no NUL and no unpaired surrogate. */
  static boolean isClean(String s) {
    return s == null || s.indexOf('\0') < 0 && s.codePoints().noneMatch(Texts::bad);
  }

  /** {@code s} without NULs and unpaired surrogates (null stays null). */
  static String clean(String s) {
    return isClean(s) ? s : s.codePoints().filter(c -> !bad(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  /** The article with clean fields; an id derived from the text is derived from the clean text. */
  static Article clean(Article a) {
    if (isClean(a.text()) && isClean(a.title()) && isClean(a.url()) && isClean(a.outlet()) && isClean(a.id())) {
      return a;
    }
    String id = a.id().equals(Article.contentId(a.text())) ? null : clean(a.id());
    return new Article(id, a.file(), clean(a.url()), clean(a.title()), clean(a.outlet()), a.published(),
        clean(a.language()), clean(a.text()));
  }

  private static boolean bad(int c) {
    return c == 0 || c <= 0xFFFF && Character.isSurrogate((char) c);
  }
}
