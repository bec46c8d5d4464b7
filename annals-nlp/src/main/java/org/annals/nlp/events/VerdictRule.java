package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.model.Ontology;
import org.annals.nlp.events.LexiconEntry.Element;
import org.annals.nlp.events.LexiconEntry.Pos;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * A judgement passed in a copular clause that someone says: "the strike was illegal, the
 * ministry said", "X said the decision is a grave mistake". A predicate (or its modifier) from
 * the {@code negative-judgement} list, with a copula and a subject, is ACCUSE/disapprove (CAMEO
 * 111) by the speaker against the subject's actor (or its possessor's: "Moscow's decision"); so
 * is an {@code approval-predicate} under a {@code negating-adverb} ("the offer was nowhere near
 * enough"). A ruling ({@code ruling-verb}) that something is unlawful ({@code
 * unlawful-predicate}: "the court ruled the decree was unconstitutional", "ruled the ban
 * unconstitutional") is SANCTION/convict instead (PLOVER: found liable in court). The speaker
 * must be an actor: an unattributed judgement is the writer's, not an event; a predicate under
 * "can"/"could"/"may"/"might" ("can be dangerous") says what something may be and judges nothing,
 * and neither does a verdict on a thing nobody did ("the weather was terrible"). Produces synthetic
 * trigger matches (the predicate).
 *
 * <p>Immutable after construction; thread-safe.
 */
final class VerdictRule {
  private static final Set<String> POSSIBILITY = Set.of("can", "could", "may", "might");
  private final Set<String> negative;
  private final Set<String> approval;
  private final Set<String> negating;
  private final Set<String> ruling;
  private final Set<String> unlawful;
  private final Set<String> undone;
  private final LexiconEntry disapprove;
  private final LexiconEntry convict;

  VerdictRule(Ontology ontology, WordLists lists) {
    this.negative = lists.get("negative-judgement");
    this.approval = lists.get("approval-predicate");
    this.negating = lists.get("negating-adverb");
    this.ruling = lists.get("ruling-verb");
    this.unlawful = lists.get("unlawful-predicate");
    this.undone = thingsNobodyDid(lists);
    this.disapprove = LexiconEntry.builtIn("rule.verdict-disapprove", new Element(negative, Pos.ANY, false),
        "111", ontology, Set.of(LexiconEntry.Flag.SUBJ_TARGET, LexiconEntry.Flag.AGENTIVE));
    this.convict = new LexiconEntry("rule.verdict-unlawful",
        List.of(new Element(unlawful, Pos.ANY, false)), "SANCTION", "convict", List.of("legal"),
        "116", EnumSet.of(LexiconEntry.Flag.SUBJ_TARGET, LexiconEntry.Flag.AGENTIVE),
        "built-in rule (word lists " + WordLists.BUNDLED + ")");
  }

  /** Copular predicates and ruled small clauses that pass a negative judgement on their subject. */
  List<TriggerMatcher.Match> find(SentenceGraph g) {
    List<TriggerMatcher.Match> out = new ArrayList<>();
    java.util.BitSet joined = new java.util.BitSet(); // predicates conjoined to a judged one
    for (int t = 0; t < g.size(); t++) {
      if (joined.get(t)) {
        continue; // "is not a solution but rather a surrender": one judgement
      }
      boolean copular = !g.childrenBy(t, "cop").isEmpty()
          && !(g.childrenBy(t, "nsubj").isEmpty() && g.childrenBy(t, "csubj").isEmpty()); // "leaving them is a mistake"
      boolean ruled = ruler(g, t, copular) >= 0;
      if (!copular && !ruled) {
        continue;
      }
      boolean negated = g.childrenBy(t, "advmod").stream().anyMatch(a -> negating.contains(g.lemma(a)));
      if (ruled && listed(unlawful, g, t) && !negated) {
        out.add(new TriggerMatcher.Match(convict, new int[] {t}, t));
        continue;
      }
      if (!copular || possible(g, t) || undone(g, t)) {
        continue; // "foreign warships can be dangerous": a possibility, not a judgement
      }
      if (negated && listed(approval, g, t)) {
        out.add(new TriggerMatcher.Match(disapprove, negatedSpan(g, t), t));
        join(g, t, joined);
        continue;
      }
      // A predicate noun that a lexicon entry took ("was a provocation") is a restatement there,
      // which codes nothing: the judgement is the event.
      int word = negated ? -1 : judging(g, t);
      if (word >= 0) {
        out.add(new TriggerMatcher.Match(disapprove, new int[] {Math.min(t, word), Math.max(t, word)}, t));
        join(g, t, joined);
      }
    }
    return out;
  }

  /**
   * The ruling verb whose ruling {@code t} states, or -1: a copular clause it governs ("ruled
   * that the decree was unlawful"), a non-verbal small clause ("ruled [the ban]
   * unconstitutional"), or an adjective the parser hung after its object ("ruled the law
   * unconstitutional" as amod).
   */
  private int ruler(SentenceGraph g, int t, boolean copular) {
    Dependency h = g.head(t);
    if (h == null) {
      return -1;
    }
    int gov = h.governor();
    String rel = h.relation();
    boolean clause = rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("parataxis");
    if (copular && clause && ruling.contains(g.lemma(gov))) { // "ruled on May 3 the eviction was unlawful
      return gov;
    }
    boolean smallClause = rel.equals("xcomp") && !g.token(t).isVerb()
        && !(g.childrenBy(gov, "obj").isEmpty() && g.childrenBy(t, "nsubj").isEmpty());
    if (smallClause && ruling.contains(g.lemma(gov))) {
      return gov;
    }
    Dependency up = g.head(gov);
    boolean afterObject = rel.equals("amod") && t > gov && up != null && up.relation().equals("obj");
    return afterObject && ruling.contains(g.lemma(up.governor())) ? up.governor() : -1;
  }

  /**
   * Marks the predicates conjoined to a judged one with no subject of their own or a pronoun
   * ("is not a solution but rather it is a surrender"): they restate the same judgement (h96).
   */
  private static void join(SentenceGraph g, int t, java.util.BitSet joined) {
    for (Dependency d : g.children(t)) {
      int c = d.dependent();
      boolean same = g.childrenBy(c, "nsubj").stream().allMatch(s -> g.token(s).pos().startsWith("PRP"));
      if (d.relation().startsWith("conj") && same) {
        joined.set(c);
      }
    }
  }

  /** The predicate and its negating adverbs ("nowhere", "not"), which belong to the judgement. */
  private int[] negatedSpan(SentenceGraph g, int t) {
    java.util.stream.IntStream adverbs = g.childrenBy(t, "advmod").stream()
        .filter(a -> negating.contains(g.lemma(a))).mapToInt(Integer::intValue);
    return java.util.stream.IntStream.concat(adverbs, java.util.stream.IntStream.of(t)).sorted().toArray();
  }

  /**
   * A predicate whose subject is a thing nobody did: weather, a disaster or an epidemic ("the
   * storm was a catastrophe", word lists {@code disaster} and {@code impersonal-subject}); h96.
   */
  private boolean undone(SentenceGraph g, int t) {
    return g.childrenBy(t, "nsubj").stream().anyMatch(s -> listed(undone, g, s));
  }

  /**
   * Weather, disasters and epidemics (word lists {@code disaster} and {@code impersonal-subject}):
   * what nobody did, so a judgement of it judges no actor. Also read by {@link NamingRule}.
   */
  static Set<String> thingsNobodyDid(WordLists lists) {
    Set<String> out = new java.util.HashSet<>(lists.get("disaster"));
    out.addAll(lists.get("impersonal-subject"));
    return java.util.Collections.unmodifiableSet(out);
  }

  /** A predicate under "can", "could", "may" or "might": what something may be, not what it is. */
  private static boolean possible(SentenceGraph g, int t) {
    return g.childrenBy(t, "aux").stream().anyMatch(a -> POSSIBILITY.contains(g.lemma(a)));
  }

  private static boolean listed(Set<String> words, SentenceGraph g, int t) {
    return words.contains(g.lemma(t)) || words.contains(g.lower(t));
  }

  /** The predicate itself or one of its adjectives when in the list; -1 otherwise. */
  private int judging(SentenceGraph g, int predicate) {
    if (listed(negative, g, predicate)) {
      return predicate;
    }
    for (int a : g.childrenBy(predicate, "amod")) {
      if (listed(negative, g, a)) {
        return a;
      }
    }
    return -1;
  }
}
