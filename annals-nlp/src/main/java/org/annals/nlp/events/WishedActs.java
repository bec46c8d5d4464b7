package org.annals.nlp.events;

import java.util.Set;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * An act that someone wants, wishes or expects another to do ("opposition leaders want the
 * president to resign", "the generals wanted the prime minister to step down") has not happened:
 * the trigger is the infinitive complement ({@code xcomp}) of a {@code desire-verb} that has an
 * object of its own, the one who would act. It codes nothing (wanting is no demand either: the
 * curation takes "want" out of the CAMEO dictionary's DEMAND block). "wants to meet" (no object:
 * the subject's own plan) is left to the modality rules. So does an act advised or told
 * ({@code advice-verb}: "advised the American troops to leave the country", "told the soldiers to
 * withdraw"; issue 13, helper h85): the advice is no trigger, and the act did not happen.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class WishedActs {
  /** The bundled word lists' instance. */
  static final WishedActs BUNDLED = new WishedActs(WordLists.bundled());

  private final Set<String> desire;
  private final Set<String> advice;

  WishedActs(WordLists lists) {
    this.desire = lists.get("desire-verb");
    this.advice = lists.get("advice-verb");
  }

  /** Whether the act of {@code m} is only wanted of someone, or advised. */
  boolean wished(SentenceGraph g, TriggerMatcher.Match m) {
    for (Dependency h : g.heads(m.head())) {
      int v = h.governor();
      if (v >= 0 && h.relation().equals("xcomp") && (desire.contains(g.lemma(v)) || advice.contains(g.lemma(v)))
          && !g.childrenBy(v, "obj").isEmpty() && !m.covers(v)) {
        return true;
      }
    }
    return false;
  }
}
