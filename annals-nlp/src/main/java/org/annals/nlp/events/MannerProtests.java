package org.annals.nlp.events;

import java.util.Collection;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;

/**
 * A protest noun with no determiner that says in what spirit another coded act was done ("summoned
 * the ambassador in protest", "recalled its envoy in protest at the raid") is that act's manner,
 * not a demonstration of its own: a PROTEST trigger that is the bare "in" phrase of a word another
 * event of the sentence was built from codes nothing. An act that is no event of its own ("walked
 * out in protest") leaves the protest coded.
 *
 * <p>Stateless; thread-safe.
 */
final class MannerProtests {
  private MannerProtests() {}

  /** Whether {@code e}, coded from {@code m}, is the manner of one of {@code coded}. */
  static boolean manner(SentenceGraph g, TriggerMatcher.Match m, CodedEvent e, Collection<TriggerMatcher.Match> coded) {
    int h = m.head();
    if (!e.event().equals("PROTEST") || !g.token(h).isNoun() || !g.childrenBy(h, "det").isEmpty()
        || !g.childrenBy(h, "nmod:poss").isEmpty()) {
      return false;
    }
    for (Dependency d : g.heads(h)) {
      if (d.governor() >= 0 && (d.relation().equals("obl:in") || d.relation().equals("nmod:in"))) {
        int gov = d.governor();
        if (coded.stream().anyMatch(o -> o != m && o.covers(gov))) {
          return true;
        }
      }
    }
    return false;
  }
}
