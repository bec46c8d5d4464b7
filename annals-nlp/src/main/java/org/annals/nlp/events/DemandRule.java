package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.annals.nlp.events.LexiconEntry.Element;
import org.annals.nlp.events.LexiconEntry.Pos;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * A demand made through reported obligation or a mandative clause: "Russia said that Sudan must
 * return the helicopter", "the forum concluded that developed nations should allocate more"
 * ({@code obligation-verb} with an {@code obligation-modal} in its that-clause, or a that-clause
 * "X has the duty/obligation to ..." with an {@code obligation-noun} and its infinitive), "the prime
 * minister recommended the troops withdraw", "requested that the species be protected" (a
 * {@code mandative-verb} whose that-clause has a subject and a bare, untensed verb) → REQUEST from
 * the speaker to the subject of the complement. Produces synthetic trigger matches (speech verb +
 * complement verb) that the coder treats like lexicon matches; triggers inside the complement are
 * absorbed.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class DemandRule {
  static final LexiconEntry ENTRY = new LexiconEntry("rule.must-demand",
      List.of(new Element(Set.of("say"), Pos.VERB, false), new Element(Set.of("must"), Pos.ANY, true)),
      "REQUEST", null, List.of(), "100", EnumSet.of(LexiconEntry.Flag.COMPLEMENT_TARGET),
      "built-in rule");
  static final LexiconEntry MANDATIVE = new LexiconEntry("rule.mandative-demand",
      List.of(new Element(Set.of("recommend"), Pos.VERB, false)),
      "REQUEST", null, List.of(), "100", EnumSet.of(LexiconEntry.Flag.COMPLEMENT_TARGET),
      "built-in rule (word lists " + WordLists.BUNDLED + ")");
  private final Set<String> verbs;
  private final Set<String> modals;
  private final Set<String> mandative;
  private final Set<String> duties;

  DemandRule(WordLists lists) {
    this.verbs = lists.get("obligation-verb");
    this.modals = lists.get("obligation-modal");
    this.mandative = lists.get("mandative-verb");
    this.duties = lists.get("obligation-noun");
  }

  /** Speech verbs (not already triggers) whose that-clause has "must"/"should" or is mandative. */
  List<TriggerMatcher.Match> find(SentenceGraph g, boolean[] triggerTokens) {
    List<TriggerMatcher.Match> out = new ArrayList<>();
    for (int v = 0; v < g.size(); v++) {
      if (triggerTokens[v]) {
        continue;
      }
      for (int c : g.childrenBy(v, "ccomp")) {
        boolean obliged = g.hasChildLemma(c, "aux", modals) || duty(g, c);
        LexiconEntry entry = verbs.contains(g.lemma(v)) && obliged ? ENTRY
            : mandative.contains(g.lemma(v)) && subjunctive(g, c) ? MANDATIVE : null;
        if (entry != null) {
          out.add(new TriggerMatcher.Match(entry, new int[] {Math.min(v, c), Math.max(v, c)}, v));
          break;
        }
      }
    }
    return out;
  }

  /**
   * "[every nation] has the duty/an obligation to refrain": the clause's verb is "have" with a
   * subject and an {@code obligation-noun} object that takes an infinitive.
   */
  private boolean duty(SentenceGraph g, int c) {
    if (!g.lemma(c).equals("have") || g.childrenBy(c, "nsubj").isEmpty()) {
      return false;
    }
    boolean infinitive = !g.childrenBy(c, "ccomp").isEmpty() || !g.childrenBy(c, "xcomp").isEmpty();
    for (int o : g.childrenBy(c, "obj")) { // the parser hangs "to refrain" from the noun or the verb
      if (duties.contains(g.lemma(o)) && (infinitive || !g.childrenBy(o, "acl").isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A clause with a subject and a bare verb, no tense and no modal: "[the troops] withdraw",
   * "[the species] be protected".
   */
  private static boolean subjunctive(SentenceGraph g, int c) {
    if (g.childrenBy(c, "nsubj").isEmpty() && g.childrenBy(c, "nsubj:pass").isEmpty()) {
      return false;
    }
    List<Integer> aux = new ArrayList<>(g.childrenBy(c, "aux"));
    aux.addAll(g.childrenBy(c, "aux:pass"));
    if (aux.isEmpty()) { // a plural subject's subjunctive is tagged as a present: "the troops leave"
      String pos = g.token(c).pos();
      return pos.equals("VB") || pos.equals("VBP");
    }
    return aux.size() == 1 && g.token(aux.get(0)).pos().equals("VB") && g.lemma(aux.get(0)).equals("be");
  }
}
