package org.annals.nlp.events;

import java.util.Set;
import org.annals.model.Dependency;
import org.annals.model.Modality;
import org.annals.nlp.text.SentenceGraph;

/**
 * Decides how sure the sentence is about a trigger: negation on the trigger or its light verb
 * ("was not discussed", "did not", "denied that", "without a ceasefire"), speculation ("may", "might", "could",
 * "speculation that", "signs that", "talk of", "a possible summit"), conditionals ("if", "unless"), future ("will", "plans to").
 * Walks at most four steps up the clause chain; priority negated > hypothetical > speculative >
 * future. Stateless; thread-safe.
 */
final class ModalityRules {
  private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no");
  private static final Set<String> SPECULATIVE_AUX = Set.of("may", "might", "could");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo", "would");
  private static final Set<String> CONDITIONAL = Set.of("if", "unless");
  private static final Set<String> SPECULATIVE_HEADS = Set.of(
      "speculation", "speculate", "rumor", "rumour", "possibility", "sign", "suggest", "suspect",
      "fear", "likely", "possible", "perhaps", "possibly", "probably", "consider", "mull", "weigh",
      "talk", "prospect", "hope", "idea");
  private static final Set<String> FUTURE_HEADS = Set.of(
      "plan", "intend", "expect", "schedule", "prepare", "aim", "go", "due", "set");
  private static final Set<String> NEGATING_HEADS = Set.of("deny", "fail");
  private static final Set<String> CLIMB = Set.of("xcomp", "ccomp", "acl", "obj", "nsubj:pass", "nsubj", "nmod:of");

  Modality of(SentenceGraph g, int head) {
    Modality found = Modality.ASSERTED;
    int t = head;
    for (int step = 0; step < 4; step++) {
      found = max(found, local(g, t, step));
      Dependency h = g.head(t);
      if (h != null && (h.relation().startsWith("advcl:if") || h.relation().startsWith("advcl:unless"))) {
        return max(found, Modality.HYPOTHETICAL);
      }
      if (h == null || !climbs(h.relation())) {
        break;
      }
      found = max(found, governorWord(g, h.governor()));
      t = h.governor();
    }
    return found;
  }

  private static boolean climbs(String relation) {
    for (String c : CLIMB) {
      if (SentenceGraph.matches(relation, c)) {
        return true;
      }
    }
    return false;
  }

  /** Markers attached to token {@code t} itself. Negation counts only on the trigger and its light verb. */
  private static Modality local(SentenceGraph g, int t, int step) {
    Modality m = Modality.ASSERTED;
    for (Dependency d : g.children(t)) {
      String lemma = g.lemma(d.dependent());
      String rel = d.relation();
      if (step <= 1 && (rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATORS.contains(lemma)) {
        return Modality.NEGATED;
      }
      if (step == 0 && rel.equals("case") && lemma.equals("without")) {   // "ended without a ceasefire"
        return Modality.NEGATED;
      }
      if (rel.equals("mark") && CONDITIONAL.contains(lemma)) {
        m = max(m, Modality.HYPOTHETICAL);
      } else if (rel.startsWith("aux") && SPECULATIVE_AUX.contains(lemma)) {
        m = max(m, Modality.SPECULATIVE);
      } else if (rel.startsWith("aux") && FUTURE_AUX.contains(lemma)) {
        m = max(m, Modality.FUTURE);
      } else if ((rel.equals("advmod") || (step == 0 && rel.equals("amod"))) && SPECULATIVE_HEADS.contains(lemma)) {
        m = max(m, Modality.SPECULATIVE);
      }
    }
    return m;
  }

  /** The governing word's own meaning: "speculation that", "plans to", "denied that". */
  private static Modality governorWord(SentenceGraph g, int gov) {
    String lemma = g.lemma(gov);
    if (NEGATING_HEADS.contains(lemma)) {
      return Modality.NEGATED;
    }
    if (SPECULATIVE_HEADS.contains(lemma)) {
      return Modality.SPECULATIVE;
    }
    if (FUTURE_HEADS.contains(lemma) && !g.token(gov).pos().equals("VBD")) {
      return Modality.FUTURE;
    }
    return Modality.ASSERTED;
  }

  private static Modality max(Modality a, Modality b) {
    return rank(b) > rank(a) ? b : a;
  }

  static int rank(Modality m) {
    return switch (m) {
      case ASSERTED -> 0;
      case FUTURE -> 1;
      case SPECULATIVE -> 2;
      case HYPOTHETICAL -> 3;
      case NEGATED -> 4;
    };
  }
}
