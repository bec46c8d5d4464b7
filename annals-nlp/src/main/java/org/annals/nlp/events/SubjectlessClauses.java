package org.annals.nlp.events;

import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;

/**
 * Who does the act of a clause with no subject of its own (h144, wire sources): a participle clause
 * takes the subject of the clause it modifies; a participle conjoined to a passive verb shares
 * the passive. Stateless; thread-safe.
 */
final class SubjectlessClauses {
  private SubjectlessClauses() {}

  /**
   * "After meeting with Kenyan police leaders, the FBI chief said ...", "after holding talks with
   * Iranian leaders, the minister said": a symmetric act told by a subjectless participle clause
   * ({@code advcl}) is done by the subject of the clause it modifies, besides the partner its
   * "with" names (h144; the partner alone was the source).
   */
  static void participleHost(SentenceGraph g, Mentions m, int head, Participants p) {
    int t = head;
    Dependency h = g.head(t);
    for (int step = 0; step < 2 && h != null && (h.relation().equals("obj") || h.relation().startsWith("conj"))
        && g.token(h.governor()).pos().equals("VBG"); step++) {
      t = h.governor(); // "holding talks with", "visiting Haiti and meeting with"
      h = g.head(t);
    }
    if (h == null || !h.relation().startsWith("advcl") || !g.token(t).pos().equals("VBG")
        || !g.childrenBy(t, "nsubj").isEmpty() || !g.token(h.governor()).isVerb()) {
      return;
    }
    for (int s : g.childrenBy(h.governor(), "nsubj")) {
      PhraseExpansion.expand(g, m, s, p, true);
    }
  }

  /**
   * A participle conjoined to a passive verb ("were killed and 40 injured") shares its passive: the
   * passive subject underwent both acts and is no doer of the conjunct (h144).
   */
  static boolean sharedPassive(SentenceGraph g, int child, Dependency h) {
    return h.relation().startsWith("conj") && g.token(child).pos().equals("VBN")
        && !g.childrenBy(h.governor(), "nsubj:pass").isEmpty();
  }
}
