package org.annals.server;

import org.annals.model.Article;
import org.annals.model.CodedArticle;

/**
 * Codes one article for {@code POST /api/articles}. The CLI passes the shared pipeline; tests pass
 * a coder that needs no CoreNLP. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ArticleCoder {
  CodedArticle code(Article article);
}
