package org.annals.nlp.events;

import java.util.Set;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Who undergoes an act the trigger's own arguments do not name: the subject of the clause a passive
 * adjunct hangs from ("were injured after being attacked"), the harmed of the verb an event noun is
 * the subject of ("a knife attack killed two people"), the subject of a "target" the event noun is
 * the "of" phrase of ("the consulate was the target of an attack"). Read by {@link ArgumentFinder}.
 * Stateless; thread-safe.
 */
final class Undergoers {
  private static final Set<String> TARGETS = WordLists.bundled().get("target-noun");
  private static final Set<String> HARM = WordLists.bundled().get("harm-verb");

  private Undergoers() {}

  /**
   * "Journalists were injured after being attacked by protesters", "resigned after being
   * criticised": a passive adjunct with no subject of its own befalls the subject of the clause it
   * hangs from, who is its recipient (and never its actor). Returns whether the trigger is one.
   */
  static boolean passiveAdjunct(SentenceGraph g, Mentions m, int head, Participants p) {
    Dependency h = g.head(head);
    boolean reduced = h != null && h.relation().startsWith("advcl") && reducedPassive(g, head);
    if (h == null || g.childrenBy(head, "aux:pass").isEmpty() && !reduced || !g.childrenBy(head, "nsubj").isEmpty()
        || !(h.relation().startsWith("advcl") || h.relation().equals("xcomp"))) {
      return false;
    }
    if (p.recipients.isEmpty()) {
      for (int s : g.childrenBy(h.governor(), "nsubj")) { // nsubj:pass too
        PhraseExpansion.expand(g, m, s, p, false);
      }
    }
    return true;
  }

  /**
   * "If convicted, he could face", "once detained, the activists were": a past participle with a
   * subordinator and no auxiliary of its own is a passive clause.
   */
  static boolean reducedPassive(SentenceGraph g, int verb) {
    return g.token(verb).pos().equals("VBN") && !g.childrenBy(verb, "mark").isEmpty()
        && g.children(verb).stream().noneMatch(d -> d.relation().equals("aux"));
  }

  /** "A knife attack killed two people": the harmed of the verb an event noun is the subject of. */
  static void victimsOfEventSubject(SentenceGraph g, Mentions m, int head, Participants p) {
    Dependency h = g.head(head);
    if (!g.token(head).isNoun() || h == null || !h.relation().equals("nsubj")
        || !HARM.contains(g.lemma(h.governor()))) {
      return;
    }
    for (int o : g.childrenBy(h.governor(), "obj")) {
      PhraseExpansion.expand(g, m, o, p, false);
    }
  }

  /** "the consulate was the target of a car bomb attack": the subject of "target" undergoes it. */
  static void targetOf(SentenceGraph g, Mentions m, int head, Participants p) {
    int target = targetNoun(g, head);
    if (target >= 0) {
      for (int s : g.childrenBy(target, "nsubj")) {
        PhraseExpansion.expand(g, m, s, p, false);
      }
    }
  }

  /** The "target" ({@code target-noun}) an event noun is the "of" phrase of, or -1. */
  static int targetNoun(SentenceGraph g, int noun) {
    Dependency h = g.head(noun);
    return g.token(noun).isNoun() && h != null && h.relation().equals("nmod:of")
        && TARGETS.contains(g.lemma(h.governor())) ? h.governor() : -1;
  }
}
