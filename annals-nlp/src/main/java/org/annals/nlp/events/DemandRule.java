package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.annals.nlp.events.LexiconEntry.Element;
import org.annals.nlp.events.LexiconEntry.Pos;
import org.annals.nlp.text.SentenceGraph;

/**
 * A demand made through reported obligation: "Russia said that Sudan must return the helicopter",
 * "the forum concluded that developed nations should allocate more" → REQUEST from the speaker to
 * the subject of the complement. Produces synthetic trigger matches (speech verb + complement
 * verb) that the coder treats like lexicon matches; triggers inside the complement are absorbed.
 * Stateless; thread-safe.
 */
final class DemandRule {
  static final LexiconEntry ENTRY = new LexiconEntry("rule.must-demand",
      List.of(new Element(Set.of("say"), Pos.VERB, false), new Element(Set.of("must"), Pos.ANY, true)),
      "REQUEST", null, List.of(), "100", EnumSet.of(LexiconEntry.Flag.COMPLEMENT_TARGET),
      "built-in rule");
  private static final Set<String> VERBS = Set.of(
      "conclude", "insist", "stress", "warn", "declare", "announce", "say", "state", "tell",
      "reiterate", "argue", "add", "urge");
  private static final Set<String> OBLIGATION = Set.of("must", "should");

  /** Speech verbs (not already triggers) whose that-clause has "must"/"should". */
  List<TriggerMatcher.Match> find(SentenceGraph g, boolean[] triggerTokens) {
    List<TriggerMatcher.Match> out = new ArrayList<>();
    for (int v = 0; v < g.size(); v++) {
      if (triggerTokens[v] || !VERBS.contains(g.lemma(v))) {
        continue;
      }
      for (int c : g.childrenBy(v, "ccomp")) {
        if (g.hasChildLemma(c, "aux", OBLIGATION)) {
          out.add(new TriggerMatcher.Match(ENTRY, new int[] {Math.min(v, c), Math.max(v, c)}, v));
          break;
        }
      }
    }
    return out;
  }
}
