package org.annals.nlp;

import org.annals.model.AnnotatedDoc;
import org.annals.model.Article;

/**
 * Turns an article into tokens, sentences, POS, lemmas, NER, time expressions and dependencies.
 * The CoreNLP adapter is the only place CoreNLP types appear; a faster annotator can replace it
 * behind this interface.
 *
 * <p>Implementations state their thread-safety. Heavy ones are created once and shared (CoreNLP's
 * {@code StanfordCoreNLP} is safe to call from several threads once built).
 */
public interface Annotator {
  AnnotatedDoc annotate(Article article);

  /**
   * Loads now whatever {@link #annotate} would load for {@code articles} (models built lazily), so
   * that a per-article time budget does not count it; nothing by default (models load at construction).
   */
  default void prepare(java.util.List<Article> articles) {}

  /** Name and version for provenance, e.g. {@code corenlp-4.5.10:tokenize,ssplit,pos,...}. */
  String describe();

  /**
   * Cumulative nanoseconds per phase of annotation since the last {@link #resetTimings()}, for
   * {@code annals bench} (e.g. {@code split}, {@code gate}, {@code tag}, {@code parse}); none by
   * default.
   */
  default java.util.Map<String, Long> timings() {
    return java.util.Map.of();
  }

  /** Cumulative counts since the last {@link #resetTimings()} (e.g. sentences per gate level); none by default. */
  default java.util.Map<String, Long> counts() {
    return java.util.Map.of();
  }

  default void resetTimings() {}
}
