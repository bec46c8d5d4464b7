package org.annals.eval.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.annals.eval.common.Problem;
import org.annals.eval.plover.CorpusTexts;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.Warning;

/**
 * Runs a coder (normally {@code Pipeline::code}) on each gold article — its text from the corpus
 * by URL, with the gold's publication date — and scores the events with {@link ArticlesScorer}:
 * each event once, so a mention that tells an earlier event again ({@link CodedEvent#retells}) is left
 * out, as the gold codes one record for an event an article reports twice.
 * An article the coder fails on counts with no events and is reported as a problem; an article
 * not in the corpus is an error, raised before the coder is first called (so before a model loads). Thread-safety: as the coder; the evaluation keeps no state.
 */
public final class ArticlesEvaluation {
  private ArticlesEvaluation() {}

  public static ArticlesReport run(ArticlesGoldReader.Result gold, CorpusTexts corpus, String file,
      Function<Article, CodedArticle> coder, Consumer<String> progress) {
    List<ArticlesScorer.Case> cases = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(gold.problems());
    List<String> texts = gold.articles().stream()   // every article found before any is coded
        .map(g -> corpus.article(g.url(), file + ": article " + g.article()).text()).toList();
    for (int i = 0; i < texts.size(); i++) {
      ArticlesGold g = gold.articles().get(i);
      String text = texts.get(i);
      List<CodedEvent> events = List.of();
      List<Warning> warnings = List.of();
      try {
        CodedArticle coded = coder.apply(Article.of(text, g.published()));
        events = coded.events().stream().filter(e -> e.retells() == null).toList();
        warnings = coded.warnings();
      } catch (RuntimeException e) {
        problems.add(new Problem(file, "article " + g.article(), "coder failed: " + e));
      }
      cases.add(new ArticlesScorer.Case(g, text, events, warnings));
      progress.accept("coded article " + g.article() + " (" + cases.size() + "/"
          + gold.articles().size() + ")");
    }
    return ArticlesScorer.score(cases, problems);
  }
}
