package org.annals.nlp.events;

import java.util.List;
import java.util.Set;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.model.Modality;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Details of an attack the article has already reported are no attack of their own (issue 13,
 * back references): after an asserted ASSAULT in an earlier sentence, an ASSAULT with no doer that
 * only counts the harmed ("twelve guests were wounded", "one other man was injured in the
 * scuffle": a {@code harm-verb} in a passive with no {@code by} agent) or names a part of that
 * attack by an ordinal ("the second device exploded near the gate": a definite event noun with a
 * {@code part-ordinal} adjective) codes nothing. An attack whose doer is named ("were killed by
 * army snipers") and a first report of an attack stay events. Word lists: {@code harm-verb},
 * {@code part-ordinal}.
 *
 * <p>Immutable after construction; thread-safe (the caller owns the list of earlier events).
 */
final class AftermathDetails {
  private final Set<String> harm;
  private final Set<String> ordinals;

  AftermathDetails(WordLists lists) {
    this.harm = lists.get("harm-verb");
    this.ordinals = lists.get("part-ordinal");
  }

  /** Whether {@code e}, coded from {@code m}, is a detail of an attack in {@code earlier}. */
  boolean detail(SentenceGraph g, TriggerMatcher.Match m, CodedEvent e, List<CodedEvent> earlier) {
    if (!e.event().equals("ASSAULT") || !e.actors().isEmpty() || e.modality() != Modality.ASSERTED
        || m.tokens().length != 1 || earlier.stream().noneMatch(AftermathDetails::reportedAttack)) {
      return false;
    }
    int h = m.head();
    return agentlessHarm(g, h) || orderedPart(g, h);
  }

  private static boolean reportedAttack(CodedEvent ref) {
    return ref.event().equals("ASSAULT") && ref.modality() == Modality.ASSERTED;
  }

  /** "twelve guests were wounded": a harm verb in the passive with no "by" phrase. */
  private boolean agentlessHarm(SentenceGraph g, int h) {
    if (!g.token(h).isVerb() || !harm.contains(g.lemma(h))) {
      return false;
    }
    boolean passive = g.children(h).stream().anyMatch(d -> d.relation().equals("aux:pass")
        || d.relation().equals("nsubj:pass"));
    boolean agent = g.children(h).stream().anyMatch(d -> d.relation().equals("obl:agent")
        || d.relation().equals("obl:by"));
    return passive && !agent;
  }

  /** "the second device", "the first bomb": a definite noun with an ordinal names a part. */
  private boolean orderedPart(SentenceGraph g, int h) {
    if (!g.token(h).isNoun()) {
      return false;
    }
    boolean definite = false;
    boolean ordinal = false;
    for (Dependency d : g.children(h)) {
      String w = g.lower(d.dependent());
      definite |= d.relation().equals("det") && w.equals("the");
      ordinal |= d.relation().equals("amod") && ordinals.contains(w);
    }
    return definite && ordinal;
  }
}
