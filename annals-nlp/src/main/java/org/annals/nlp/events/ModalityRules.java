package org.annals.nlp.events;

import java.util.Set;
import org.annals.model.Dependency;
import org.annals.model.Modality;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Decides how sure the sentence is about a trigger: negation on the trigger or its light verb
 * ("was not discussed", "did not", "denied that", "without a ceasefire"), speculation ("may", "might", "could",
 * "speculation that", "signs that", "talk of", "a possible summit", "alleged", "allegedly"), conditionals ("if", "unless",
 * an inverted "should" or "had": an event anywhere inside the conditional clause, and the modal consequence
 * of one in the main clause, is hypothetical), future ("will", "plans to").
 * A "no" on the trigger's noun ("no agreement was reached") and "no longer" negate; a relative
 * clause keeps its own modality (the climb stops at {@code acl:relcl}).
 * Walks at most four steps up the clause chain (eight for conditions); priority negated >
 * hypothetical > speculative > future. The words are lists of {@code lexicon/word-lists.tsv}
 * (modality-negator, speculative-auxiliary, future-auxiliary, conditional-mark, inverted-conditional,
 * consequence-modal, speculative-head, future-head, negating-head, hedge-word, habitual-adverb,
 * prospective-verb, prospective-object, negating-object). "has yet to" and an object
 * "nobody" or "no ..." negate too.
 * Stateless; thread-safe.
 */
final class ModalityRules {
  private static final WordLists LISTS = WordLists.bundled();
  private static final Set<String> NEGATORS = LISTS.get("modality-negator");
  private static final Set<String> SPECULATIVE_AUX = LISTS.get("speculative-auxiliary");
  private static final Set<String> FUTURE_AUX = LISTS.get("future-auxiliary");
  private static final Set<String> CONDITIONAL = LISTS.get("conditional-mark");
  /** Auxiliaries that open a condition when they come before the subject. */
  private static final Set<String> INVERTED = LISTS.get("inverted-conditional");
  private static final Set<String> QUESTIONS = LISTS.get("open-question");
  private static final Set<String> PENDING = LISTS.get("pending-mark");
  private static final Set<String> PRESENT_TAGS = Set.of("VBZ", "VBP", "MD");
  private static final Set<String> CONSEQUENCE_MODALS = LISTS.get("consequence-modal");
  private static final int MAX_CHAIN = 8;
  private static final Set<String> SPECULATIVE_HEADS = LISTS.get("speculative-head");
  private static final Set<String> FUTURE_HEADS = LISTS.get("future-head");
  /** "accusations that police had beaten detainees": what someone says was done (nouns only). */
  private static final Set<String> HEARSAY = LISTS.get("hearsay-noun");
  /** "arrested nobody": an object that denies the act (with any object determined by "no"). */
  private static final Set<String> NO_ONE = LISTS.get("negating-object");
  private static final Set<String> NEGATING_HEADS = LISTS.get("negating-head");
  /** "alleged police violence", "allegedly supplied": the narrator does not vouch for the act. */
  private static final Set<String> HEDGES = LISTS.get("hedge-word");
  /** "would often raid": a past habit, asserted (word list {@code habitual-adverb}). */
  private static final Set<String> HABITUAL = LISTS.get("habitual-adverb");
  /** "faces a life sentence", "awaits trial": a penalty or a trial still to come (with PROSPECTIVE_OBJECTS). */
  private static final Set<String> PROSPECTIVE_VERBS = LISTS.get("prospective-verb");
  private static final Set<String> PROSPECTIVE_OBJECTS = LISTS.get("prospective-object");
  /** Dependency relations (grammar, not words) along which the modality of a governor reaches the trigger. */
  private static final Set<String> CLIMB = Set.of("xcomp", "ccomp", "acl", "obj", "nsubj:pass", "nsubj", "nmod:of");

  Modality of(SentenceGraph g, int head) {
    return of(g, head, new int[0]);
  }

  /**
   * As {@link #of(SentenceGraph, int)}, where the trigger's own words ({@code trigger}) carry no
   * negation: the "not" of "not accept" or of "was not credible" is part of what was said.
   */
  Modality of(SentenceGraph g, int head, int[] trigger) {
    Modality found = negatedNoun(g, head, trigger) ? Modality.NEGATED : clauseModality(g, head, trigger);
    if (found != Modality.NEGATED && conditional(g, head)) {
      return Modality.HYPOTHETICAL;
    }
    return found == Modality.ASSERTED && prospective(g, trigger) ? Modality.FUTURE : found;
  }

  private Modality clauseModality(SentenceGraph g, int head, int[] trigger) {
    Modality found = Modality.ASSERTED;
    int t = head;
    boolean judged = false; // "the offer was not credible": the negation judges the offer, which stands
    if (yetTo(g, head) || deniedObject(g, head, trigger)) {
      return Modality.NEGATED;
    }
    for (int step = 0; step < 4; step++) {
      found = max(found, local(g, t, step, !judged, trigger));
      Dependency h = g.head(t);
      judged = h != null && h.relation().equals("nsubj") && !g.childrenBy(h.governor(), "cop").isEmpty();
      if (h != null && (h.relation().startsWith("advcl:if") || h.relation().startsWith("advcl:unless"))) {
        return max(found, Modality.HYPOTHETICAL);
      }
      if (h == null || !climbs(h.relation()) || h.relation().equals("acl:relcl")) {
        break; // a relative clause tells of its noun: "believed they had found the man who was held"
      }
      found = max(found, governorWord(g, h.governor(), h.relation()));
      t = h.governor();
    }
    return found;
  }

  /**
   * Whether the event lies inside a condition ("if Japan resumes the whaling season",
   * "unless Iran releases the tanker", "should the talks go ahead": any word on its chain of heads
   * is a conditional clause), or is the consequence of one that a modal makes unreal ("If convicted,
   * he could face ten years", "Britain will act unless ...").
   */
  static boolean conditional(SentenceGraph g, int head) {
    int t = head;
    for (int step = 0; step < MAX_CHAIN && t >= 0; step++) {
      if (conditionalClause(g, t) || (step == 0 && mainClause(g, t) && consequence(g, t))) {
        return true;
      }
      Dependency h = g.head(t);
      if (h == null || h.governor() < 0) {
        return false;
      }
      if (h.relation().startsWith("advcl:if") || h.relation().startsWith("advcl:unless")
          || CONDITIONAL.contains(g.lower(h.governor()))) {
        return true; // "faces ten years if convicted": the parser may make "if" the reduced clause's head
      }
      if (h.relation().startsWith("parataxis") || h.relation().startsWith("conj")) {
        return false;
      }
      t = h.governor();
    }
    return false;
  }

  /**
   * A clause marked "if"/"unless", or opened by an inverted "should" or "had" ("should the talks go
   * ahead", "had he not been armed").
   */
  private static boolean conditionalClause(SentenceGraph g, int t) {
    return conditionalClause(g, t, true);
  }

  /**
   * As {@link #conditionalClause(SentenceGraph, int)}; {@code pending} false leaves out the
   * "until" clauses, which make their own event unreal but not the clause they limit ("will keep
   * the tariffs until ..." is said, not supposed).
   */
  private static boolean conditionalClause(SentenceGraph g, int t, boolean pending) {
    int subject = Integer.MAX_VALUE;
    int should = -1;
    for (Dependency d : g.children(t)) {
      String lemma = g.lower(d.dependent());
      if (d.relation().equals("mark") && (CONDITIONAL.contains(lemma) || (pending && PENDING.contains(lemma) && present(g, t)))) {
        return true; // "unless Iran releases it"; "until Minsk releases them"
      }
      if (d.relation().startsWith("nsubj")) {
        subject = Math.min(subject, d.dependent());
      }
      if (d.relation().startsWith("aux") && INVERTED.contains(lemma)) {
        should = d.dependent();
      }
    }
    Dependency h = g.head(t); // "who had himself been shot": a relative clause is no inverted condition
    boolean relative = h != null && h.relation().equals("acl:relcl");
    return !relative && should >= 0 && should < subject && subject != Integer.MAX_VALUE;
  }

  /**
   * A finite clause in the present tense: its verb or one of its auxiliaries is a present form or
   * a modal ("until Minsk releases them", "until they have been freed"); a past form or a bare
   * gerund ("before reversing course") is told as done.
   */
  private static boolean present(SentenceGraph g, int t) {
    if (PRESENT_TAGS.contains(g.token(t).pos())) {
      return true;
    }
    return g.children(t).stream().anyMatch(d -> d.relation().startsWith("aux")
        && PRESENT_TAGS.contains(g.token(d.dependent()).pos()));
  }

  /**
   * The sentence's main clause. A conditional consequence reported by a speaker ("said it would
   * boycott the vote unless ...") is a stated intention or threat, which the coder reads from its
   * future modality; only the narrator's own consequence is hypothetical.
   */
  private static boolean mainClause(SentenceGraph g, int t) {
    Dependency h = g.head(t);
    return h == null || h.governor() < 0;
  }

  /** A clause with a conditional clause of its own and a modal ("he would face trial if ..."). */
  private static boolean consequence(SentenceGraph g, int t) {
    boolean condition = false;
    boolean modal = false;
    for (Dependency d : g.children(t)) {
      if (d.relation().startsWith("advcl") && (d.relation().startsWith("advcl:if")
          || d.relation().startsWith("advcl:unless") || conditionalClause(g, d.dependent(), false))) {
        condition = true;
      }
      if (d.relation().startsWith("aux") && CONSEQUENCE_MODALS.contains(g.lower(d.dependent()))) {
        modal = true;
      }
    }
    return condition && modal;
  }

  private static boolean climbs(String relation) {
    for (String c : CLIMB) {
      if (SentenceGraph.matches(relation, c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Markers attached to token {@code t} itself. Negation counts only on the trigger and its light verb.
   * The trigger's own words mark nothing: the "will not" of "will not tolerate" is the warning itself.
   */
  private static Modality local(SentenceGraph g, int t, int step, boolean negates, int[] trigger) {
    Modality m = Modality.ASSERTED;
    for (Dependency d : g.children(t)) {
      if (in(trigger, d.dependent())) {
        continue;
      }
      String lemma = g.lemma(d.dependent());
      String rel = d.relation();
      if (negates && step <= 1 && (rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATORS.contains(lemma)) {
        return Modality.NEGATED;
      }
      if (step == 0 && rel.equals("case") && lemma.equals("without")) {   // "ended without a ceasefire"
        return Modality.NEGATED;
      }
      if (negates && step <= 1 && rel.equals("advmod") && noLonger(g, d.dependent())) {
        return Modality.NEGATED;
      }
      if (rel.equals("mark") && CONDITIONAL.contains(lemma)) {
        m = max(m, Modality.HYPOTHETICAL);
      } else if ((rel.equals("mark") || rel.equals("punct")) && QUESTIONS.contains(g.lower(d.dependent()))) {
        m = max(m, Modality.SPECULATIVE); // "unclear whether the troops shelled it", "Did they?"
      } else if (rel.startsWith("aux") && SPECULATIVE_AUX.contains(lemma)) {
        m = max(m, Modality.SPECULATIVE);
      } else if (rel.startsWith("aux") && FUTURE_AUX.contains(lemma) && !habitual(g, t, lemma)) {
        m = max(m, Modality.FUTURE);
      } else if (beTo(g, t, d)) {
        m = max(m, Modality.FUTURE);
      } else if ((rel.equals("advmod") || (step == 0 && rel.equals("amod")))
          && (SPECULATIVE_HEADS.contains(lemma) || HEDGES.contains(g.lower(d.dependent())))) {
        m = max(m, Modality.SPECULATIVE);
      }
    }
    return m;
  }

  /**
   * Whether the act is refused for the future: the trigger or the clause it hangs from carries both
   * a negator and a future auxiliary ("will not release the fishermen", "said it would not
   * extradite him", "won't negotiate"), outside any condition. Such a refusal, announced, is made.
   */
  boolean refusal(SentenceGraph g, int head, int[] trigger) {
    if (conditional(g, head)) {
      return false;
    }
    int t = head;
    for (int step = 0; step < 2 && t >= 0; step++) {
      boolean negator = false;
      boolean future = false;
      for (Dependency d : g.children(t)) {
        String lemma = g.lemma(d.dependent());
        negator |= (d.relation().equals("advmod") || d.relation().equals("neg")) && NEGATORS.contains(lemma);
        future |= d.relation().startsWith("aux") && FUTURE_AUX.contains(g.lower(d.dependent()));
      }
      if (negator && future) {
        return true;
      }
      Dependency h = g.head(t);
      if (h == null || !SentenceGraph.matches(h.relation(), "xcomp")) {
        return false;
      }
      t = h.governor();
    }
    return false;
  }

  /**
   * Whether the event's future is a schedule or a prospect rather than anyone's announcement: "is
   * to be sentenced" (a form of "be" before the clause's own "to" and a passive infinitive, on the
   * trigger or a clause it climbs to), "faces a life sentence". Such an act is coded as itself, future, not as
   * the intent or threat of an announced act.
   */
  boolean scheduled(SentenceGraph g, int head, int[] trigger) {
    if (prospective(g, trigger)) {
      return true;
    }
    int t = head;
    for (int step = 0; step < 4; step++) {
      final int c = t;
      if (g.children(c).stream().anyMatch(d -> !in(trigger, d.dependent()) && beTo(g, c, d))) {
        return true;
      }
      Dependency h = g.head(t);
      if (h == null || !climbs(h.relation())) {
        return false;
      }
      t = h.governor();
    }
    return false;
  }

  /**
   * Dependency {@code d} of {@code t} is a form of "be" before {@code t}'s own infinitival "to" and a
   * passive "be" after it: "is to be sentenced". The active form is as often an order as a schedule
   * ("they are to pay compensation": the court ordered it), so it marks nothing.
   */
  private static boolean beTo(SentenceGraph g, int t, Dependency d) {
    int be = d.dependent();
    if (!(d.relation().startsWith("aux") || d.relation().equals("cop")) || !g.lemma(be).equals("be")) {
      return false;
    }
    int to = -1;
    for (Dependency x : g.children(t)) {
      if (x.relation().equals("mark") && g.lower(x.dependent()).equals("to") && x.dependent() > be) {
        to = x.dependent();
      }
    }
    final int mark = to;
    return mark > 0 && g.children(t).stream().anyMatch(x -> x.relation().equals("aux:pass")
        && g.lemma(x.dependent()).equals("be") && x.dependent() > mark && x.dependent() < t);
  }

  /** "no longer supports": the adverb "longer" with its own "no" (word list {@code modality-negator}). */
  private static boolean noLonger(SentenceGraph g, int adverb) {
    return g.lower(adverb).equals("longer") && g.children(adverb).stream()
        .anyMatch(x -> NEGATORS.contains(g.lower(x.dependent())));
  }

  /**
   * A noun of the trigger other than its head determined by "no": "no agreement was reached", "no
   * deal was signed". The trigger's own "not" marks nothing, but "no" on its noun denies the act.
   */
  private static boolean negatedNoun(SentenceGraph g, int head, int[] trigger) {
    for (int t : trigger) {
      if (t != head && g.children(t).stream().anyMatch(x -> x.relation().equals("det")
          && g.lower(x.dependent()).equals("no") && !in(trigger, x.dependent()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean in(int[] tokens, int t) {
    return java.util.Arrays.stream(tokens).anyMatch(x -> x == t);
  }

  /**
   * A trigger that names a penalty or trial still faced ("faces a life sentence", "awaits trial"):
   * a prospective verb and a prospective object among its own words. Charges faced have been laid.
   */
  private static boolean prospective(SentenceGraph g, int[] trigger) {
    boolean verb = false;
    boolean object = false;
    for (int t : trigger) {
      verb |= PROSPECTIVE_VERBS.contains(g.lemma(t));
      object |= PROSPECTIVE_OBJECTS.contains(g.lemma(t));
    }
    return verb && object;
  }

  /** "would" with a frequency adverb ("would often raid the farms") tells a past habit. */
  private static boolean habitual(SentenceGraph g, int t, String aux) {
    return aux.equals("would") && g.children(t).stream()
        .anyMatch(d -> d.relation().equals("advmod") && HABITUAL.contains(g.lemma(d.dependent())));
  }

  /**
   * The governing word's own meaning: "speculation that", "accusations that" (a hearsay noun's
   * clause, not its "of": "reports of a shooting"), "plans to", "denied that".
   */
  private static Modality governorWord(SentenceGraph g, int gov, String relation) {
    String lemma = g.lemma(gov);
    if (NEGATING_HEADS.contains(lemma) && !relation.startsWith("nsubj")) {
      return Modality.NEGATED; // not "an attempt to prosecute them failed": the attempt was made
    }
    boolean clause = relation.startsWith("acl") || relation.startsWith("ccomp");
    if (SPECULATIVE_HEADS.contains(lemma) || clause && HEARSAY.contains(lemma) && g.token(gov).isNoun()) {
      return Modality.SPECULATIVE;
    }
    if (FUTURE_HEADS.contains(lemma) && (!g.token(gov).pos().equals("VBD") || reported(g, gov))) {
      return Modality.FUTURE;
    }
    return Modality.ASSERTED;
  }

  /**
   * A past-tense clause reported by a governing verb ("announced Avenatti intended to appeal",
   * "said it planned to send troops"): the past tense is the report's, the plan still stands.
   */
  private static boolean reported(SentenceGraph g, int gov) {
    Dependency h = g.head(gov);
    return h != null && h.governor() >= 0 && (h.relation().equals("ccomp") || h.relation().equals("dep"))
        && g.token(h.governor()).isVerb();
  }

  /** The verbs "yet to" hangs from: "has yet to", "is yet to". */
  private static final Set<String> YET_TO_HEADS = Set.of("have", "be");

  /** "Serbia has yet to recognise Kosovo", "is yet to be sentenced": not done so far. */
  private static boolean yetTo(SentenceGraph g, int t) {
    Dependency h = g.head(t);
    boolean to = g.children(t).stream().anyMatch(d -> d.relation().equals("mark") && g.lower(d.dependent()).equals("to"));
    if (!to || h == null || h.governor() < 0 || !YET_TO_HEADS.contains(g.lemma(h.governor()))) {
      return false;
    }
    return java.util.stream.Stream.of(t, h.governor()).anyMatch(x -> g.children(x).stream()
        .anyMatch(d -> d.relation().equals("advmod") && g.lower(d.dependent()).equals("yet")));
  }

  /** "arrested nobody", "sent no troops": the trigger's object denies that anyone or anything was acted on. */
  private static boolean deniedObject(SentenceGraph g, int head, int[] trigger) {
    for (Dependency d : g.children(head)) {
      int o = d.dependent();
      if (!d.relation().equals("obj") || in(trigger, o)) {
        continue;
      }
      if (NO_ONE.contains(g.lower(o)) || g.children(o).stream()
          .anyMatch(x -> x.relation().equals("det") && g.lower(x.dependent()).equals("no"))) {
        return true;
      }
    }
    return false;
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
