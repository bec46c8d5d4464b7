package org.annals.eval.bench;

import java.util.Map;
import org.annals.model.Article;

/**
 * What the benchmark runs on each article: the Annals pipeline or the plain CoreNLP baseline.
 * Implementations must be thread-safe when run with several threads.
 */
@FunctionalInterface
public interface Workload {
  /** Sentences and tokens of one processed article. */
  record Counts(int sentences, int tokens) {}

  Counts process(Article article);

  /** Cumulative nanoseconds per stage since the last {@link #resetStages()} (none by default). */
  default Map<String, Long> stageNanos() {
    return Map.of();
  }

  default void resetStages() {}
}
