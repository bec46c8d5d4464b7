package org.annals.nlp.events;

import java.util.List;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Whoever claims an act did it: an event noun that is the object of a {@code claim-verb} ("the
 * rebels claimed the attack") or what a {@code responsibility-noun} taken by one is "for" ("the group
 * claimed responsibility for the bombing", "took responsibility for the raid") has the verb's
 * subject as its doer. The subject is read as an actor of the act, never of a claim event (claiming
 * is no event of its own here). Word lists: {@code claim-verb}, {@code taking-verb}, {@code responsibility-noun}.
 *
 * <p>Stateless; thread-safe.
 */
final class ClaimedActs {
  private static final Set<String> CLAIMING = WordLists.bundled().get("claim-verb");
  private static final Set<String> RESPONSIBILITY = WordLists.bundled().get("responsibility-noun");
  private static final Set<String> TAKING = WordLists.bundled().get("taking-verb");

  private ClaimedActs() {}

  /** Adds the claimant of event noun {@code noun} to the actors of {@code p}, if one claims it. */
  static void claimant(SentenceGraph g, Mentions m, int noun, Participants p) {
    int verb = claimingVerb(g, noun);
    if (verb < 0) {
      return;
    }
    for (int s : g.childrenBy(verb, "nsubj")) {
      PhraseExpansion.expand(g, m, s, p, true);
    }
  }

  /** Whether {@code noun} is claimed by someone in its sentence (see the class comment). */
  static boolean claimed(SentenceGraph g, int noun) {
    return claimingVerb(g, noun) >= 0;
  }

  /** The claiming verb of an event noun, or -1. */
  private static int claimingVerb(SentenceGraph g, int noun) {
    if (!g.token(noun).isNoun()) {
      return -1;
    }
    for (Dependency h : g.heads(noun)) {
      int gov = h.governor();
      if (gov < 0) {
        continue;
      }
      if (h.relation().equals("obj") && CLAIMING.contains(g.lemma(gov))
          && !RESPONSIBILITY.contains(g.lemma(noun))) {
        return gov; // "claimed the attack"
      }
      boolean forPhrase = h.relation().equals("nmod:for") || h.relation().equals("obl:for");
      if (forPhrase && RESPONSIBILITY.contains(g.lemma(gov))) {
        return verbTaking(g, gov); // "claimed responsibility for the bombing"
      }
    }
    return -1;
  }

  private static int verbTaking(SentenceGraph g, int responsibility) {
    List<Dependency> heads = g.heads(responsibility);
    for (Dependency h : heads) {
      if (h.governor() >= 0 && h.relation().equals("obj") && TAKING.contains(g.lemma(h.governor()))) {
        return h.governor();
      }
    }
    return -1;
  }
}
