package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.annals.model.Ontology;
import org.annals.nlp.events.LexiconEntry.Element;
import org.annals.nlp.events.LexiconEntry.Pos;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * A judgement passed in a copular clause that someone says: "the strike was illegal, the
 * ministry said", "X said the decision is a grave mistake". A predicate (or its modifier) from
 * the {@code negative-judgement} list, with a copula and a subject, is ACCUSE/disapprove (CAMEO
 * 111) by the speaker against the subject's actor (or its possessor's: "Moscow's decision").
 * The speaker must be an actor: an unattributed judgement is the writer's, not an event.
 * Produces synthetic trigger matches (the predicate).
 *
 * <p>Immutable after construction; thread-safe.
 */
final class VerdictRule {
  private final Set<String> negative;
  private final LexiconEntry disapprove;

  VerdictRule(Ontology ontology, WordLists lists) {
    this.negative = lists.get("negative-judgement");
    Ontology.CameoCode code = ontology.cameo("111").orElseThrow(
        () -> new IllegalStateException("ontology lacks CAMEO 111"));
    this.disapprove = new LexiconEntry("rule.verdict-disapprove",
        List.of(new Element(negative, Pos.ANY, false)), code.ploverEvent(), code.ploverMode(),
        List.of(), "111", EnumSet.of(LexiconEntry.Flag.SUBJ_TARGET, LexiconEntry.Flag.AGENTIVE),
        "built-in rule (word lists " + WordLists.BUNDLED + ")");
  }

  /** Copular predicates that pass a negative judgement on their subject. */
  List<TriggerMatcher.Match> find(SentenceGraph g) {
    List<TriggerMatcher.Match> out = new ArrayList<>();
    for (int t = 0; t < g.size(); t++) {
      // A predicate noun that a lexicon entry took ("was a provocation") is a restatement there,
      // which codes nothing: the judgement is the event.
      if (g.childrenBy(t, "cop").isEmpty() || g.childrenBy(t, "nsubj").isEmpty()
          || !g.childrenBy(t, "advmod").stream().noneMatch(a -> g.lemma(a).equals("not"))) {
        continue;
      }
      int word = judging(g, t);
      if (word >= 0) {
        out.add(new TriggerMatcher.Match(disapprove, new int[] {Math.min(t, word), Math.max(t, word)}, t));
      }
    }
    return out;
  }

  /** The predicate itself or one of its adjectives when in the list; -1 otherwise. */
  private int judging(SentenceGraph g, int predicate) {
    if (negative.contains(g.lemma(predicate)) || negative.contains(g.lower(predicate))) {
      return predicate;
    }
    for (int a : g.childrenBy(predicate, "amod")) {
      if (negative.contains(g.lemma(a)) || negative.contains(g.lower(a))) {
        return a;
      }
    }
    return -1;
  }
}
