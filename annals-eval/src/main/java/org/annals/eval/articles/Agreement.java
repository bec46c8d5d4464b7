package org.annals.eval.articles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.eval.common.Problem;
import org.annals.eval.plover.CorpusTexts;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Trigger;

/**
 * Agreement between two hand codings of the same articles: the second coding's events stand where
 * the coder's would, and {@link ArticlesScorer} scores them against the first, with the same pairing
 * and the same fields. Strict precision and recall are then the share of each coder's events the
 * other coded the same in every field; they bound what any coder can reach against one coder's gold.
 * Only articles both codings have are compared; the others are reported as problems. Stateless and
 * thread-safe.
 */
public final class Agreement {
  private static final String RULE = "gold:second-coding";

  private Agreement() {}

  /** Scores {@code second} against {@code first}, both read from gold files named as given. */
  public static ArticlesReport run(ArticlesGoldReader.Result first, ArticlesGoldReader.Result second,
      CorpusTexts corpus, String firstName, String secondName) {
    List<Problem> problems = new ArrayList<>(first.problems());
    problems.addAll(second.problems());
    Map<Integer, ArticlesGold> others = new LinkedHashMap<>();
    second.articles().forEach(a -> others.put(a.article(), a));
    List<ArticlesScorer.Case> cases = new ArrayList<>();
    for (ArticlesGold g : first.articles()) {
      ArticlesGold other = others.remove(g.article());
      if (other == null) {
        continue;
      }
      if (!other.published().equals(g.published())) {
        problems.add(new Problem(secondName, "article " + g.article(), "published "
            + other.published() + " where " + firstName + " has " + g.published()));
      }
      String text = corpus.article(g.url(), firstName + ": article " + g.article()).text();
      cases.add(new ArticlesScorer.Case(g, text, events(other, text), List.of()));
    }
    others.keySet().forEach(n -> problems.add(
        new Problem(secondName, "article " + n, "not in " + firstName + "; left out")));
    return ArticlesScorer.score(cases, problems);
  }

  /** The events of one hand-coded article as if a coder had produced them. */
  static List<CodedEvent> events(ArticlesGold article, String text) {
    List<CodedEvent> out = new ArrayList<>();
    for (ArticlesGold.Event e : article.events()) {
      int at = ArticlesMatcher.triggerAt(text, e);
      int end = Math.min(at + e.trigger().length(), e.span().end());
      Evidence evidence = new Evidence(article.url(), e.span().start(), e.span().end(),
          new Trigger(at, end, e.trigger()), RULE);
      out.add(new CodedEvent(e.id(), e.type(), null, List.of(), null, 0, 0, actors(e.sources()),
          actors(e.targets()), e.symmetric(), date(e.date()), null, Map.of(),
          Modality.valueOf(e.modality().toUpperCase(Locale.ROOT)), null, evidence, 1));
    }
    return out;
  }

  private static List<ActorRef> actors(List<String> codes) {
    return codes.stream().map(c -> new ActorRef(c, null, c, null, null, null, 0, 0, RULE)).toList();
  }

  private static EventDate date(String key) {
    return key == null ? EventDate.unknown()
        : new EventDate(key, Precision.UNKNOWN, DateBasis.EXPLICIT, null, RULE);
  }
}
