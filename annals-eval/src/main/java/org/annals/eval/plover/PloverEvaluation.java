package org.annals.eval.plover;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.annals.eval.common.Problem;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;

/**
 * Runs a coder (normally {@code Pipeline::code}) on each gold record's text and scores the result
 * with {@link PloverScorer}. A record that points into a corpus article is coded with its whole
 * article (and its publication date), keeping the events whose trigger lies in the sentence, as
 * the coder meets news. Any other text is coded as an article of its own without a publication
 * date (the gold dates are placeholders). A record on which the coder throws counts as "no event"
 * and is reported as a problem. Thread-safety: as the coder; the evaluation itself keeps no state.
 */
public final class PloverEvaluation {
  private PloverEvaluation() {}

  public static PloverReport run(PloverGoldReader.GoldSet gold, String file,
      Function<Article, CodedArticle> coder, Consumer<String> progress) {
    List<PloverScorer.Case> cases = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(gold.problems());
    int n = 0;
    java.util.Map<String, List<CodedEvent>> byArticle = new java.util.HashMap<>();
    for (PloverGold g : gold.records()) {
      List<CodedEvent> events;
      try {
        events = g.context() == null ? coder.apply(Article.of(g.text(), null)).events()
            : inSentence(g, byArticle.computeIfAbsent(g.context().url(), u -> coder.apply(
                Article.of(g.context().articleText(), g.context().published())).events()));
      } catch (RuntimeException e) {
        problems.add(new Problem(file, g.id(), "coder failed: " + e));
        events = List.of();
      }
      cases.add(new PloverScorer.Case(g, events));
      n++;
      if (n % 20 == 0 || n == gold.records().size()) {
        progress.accept("coded " + n + "/" + gold.records().size() + " records");
      }
    }
    return PloverScorer.score(cases, problems);
  }

  /** The events of the article whose trigger lies in the gold sentence. */
  private static List<CodedEvent> inSentence(PloverGold g, List<CodedEvent> all) {
    int from = g.context().start();
    int to = from + g.text().length();
    return all.stream().filter(e -> e.evidence() != null && e.evidence().trigger() != null
        && e.evidence().trigger().start() >= from && e.evidence().trigger().start() < to).toList();
  }
}
