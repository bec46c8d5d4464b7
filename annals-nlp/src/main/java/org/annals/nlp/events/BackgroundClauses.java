package org.annals.nlp.events;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Triggers a sentence holds without reporting their event: what a bill, a law or an order would
 * do, what someone is accused of, a participant described in a present-tense relative clause, a
 * court's finding, the head counts of a vote, an explanation, a label, a requirement, an emergency
 * measure in a disaster, and the same act named twice in one clause. Each
 * such trigger codes nothing ({@link #reason} names the class; {@link EventCoder} skips it after
 * the other triggers of the sentence have absorbed what they govern). Word lists (read once):
 * {@code measure-noun}, {@code enabling-verb}, {@code allegation-verb}, {@code finding-verb},
 * {@code tally-type}, {@code explanation-verb}, {@code disaster}, {@code disaster-measure-mode},
 * {@code generic-predicate}.
 *
 * <ul>
 *   <li>{@code content-of-measure}: the trigger lies in what a measure does, a clause whose
 *       subject is a {@code measure-noun} and whose verb is an {@code enabling-verb} or carries a
 *       modal ("a draft law that would let the police deport foreigners", "the decree requires
 *       officials to detain ..."); the passing of the measure is the event, not its content.</li>
 *   <li>{@code content-of-allegation}: the trigger is what an {@code allegation-verb} says someone
 *       did ("accused of shelling the town", "charged for allegedly supplying the rifle",
 *       "suspected to have sold the guns"): the accusation is the event.</li>
 *   <li>{@code describes-participant}: a present-tense relative clause on a noun ("the prime
 *       minister, who is backed by the army, ...") describes a participant, it reports no event;
 *       a past one ("Ortega, who met Putin on Monday, ...") still does.</li>
 *   <li>{@code finding}: a {@code finding-verb} with a that-clause and no infinitive ("the judge
 *       decided that the evidence was admissible") is a court's or a body's finding, no intent.</li>
 *   <li>{@code vote-tally}: two or more acts of a {@code tally-type} (SUPPORT, REJECT) whose
 *       subjects are counted ("with 180 Liberals supporting it and 150 Conservatives opposing
 *       it") are the tally of a vote, whose outcome is the event.</li>
 *   <li>{@code explanation}: what a phrase means ({@code explanation-verb}: "..., meaning the
 *       government has allowed ...") explains a state of affairs.</li>
 *   <li>{@code label}: an event noun that names what something is called ("referred to the
 *       protests as riots", "condemned the strikes as an attack").</li>
 *   <li>{@code requirement}: a step something "would have to" go through ("it would have to be
 *       ratified by the senate").</li>
 *   <li>{@code generic-practice}: an infinitive clause of a copular {@code generic-predicate} ("it
 *       is commonplace for new governments to suspend parliament") tells what is usually done.</li>
 *   <li>{@code disaster-measure}: a restriction ({@code disaster-measure-mode}) in a sentence that
 *       names a disaster or an epidemic ({@code disaster}): "shut all schools to curb the disease".</li>
 *   <li>labels, views, habits, standing rules and repetitions: see {@link ViewsAndLabels}.</li>
 *   <li>the narrator's generic statements and obligations ("the house impeaches the president",
 *       "senators must vote to convict"): see {@link GenericStatements}.</li>
 *   <li>{@code named-twice}: a participle on an event noun of the same type ("demonstrations
 *       protesting the killing") or an event noun that is the agent of a verb of the same type
 *       ("killed by an airstrike") is the same act named twice.</li>
 * </ul>
 *
 * <p>Immutable after construction; thread-safe.
 */
final class BackgroundClauses {
  /** How far up the clause chain a trigger is looked for inside a measure or an allegation. */
  static final int REACH = 6;
  private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "will", "shall");
  static final Set<String> CONTENT_CLIMB = Set.of("xcomp", "ccomp", "acl", "conj", "obj", "iobj",
      "nsubj:pass", "nsubj", "obl", "nmod", "advcl", "dep", "case");
  private static final Set<String> ALLEGATION_CLIMB = Set.of("xcomp", "ccomp", "advcl", "acl", "conj");

  private final Set<String> measures;
  private final Set<String> enabling;
  private final Set<String> allegations;
  private final Set<String> findings;
  private final Set<String> tallied;
  private final Set<String> explaining;
  private final Set<String> generic;
  private final DisasterScene scene;
  private final Set<String> disasterModes;
  private final ViewsAndLabels views;
  private final GenericStatements generics;

  BackgroundClauses(WordLists lists) {
    this.measures = lists.get("measure-noun");
    this.enabling = lists.get("enabling-verb");
    this.allegations = lists.get("allegation-verb");
    this.findings = lists.get("finding-verb");
    this.tallied = lists.get("tally-type");
    this.explaining = lists.get("explanation-verb");
    this.generic = lists.get("generic-predicate");
    this.scene = new DisasterScene(lists);
    this.disasterModes = lists.get("disaster-measure-mode");
    this.views = new ViewsAndLabels(lists);
    this.generics = new GenericStatements(lists);
  }

  /** The class of background {@code m} belongs to (see the class comment), or null when it reports its event. */
  String reason(SentenceGraph g, TriggerMatcher.Match m, List<TriggerMatcher.Match> all,
      boolean disasterScene) {
    if (sameActNamedTwice(g, m, all)) {
      return "named-twice";
    }
    if (tally(g, m, all)) {
      return "vote-tally";
    }
    if (finding(g, m)) {
      return "finding";
    }
    if (describesParticipant(g, m.head())) {
      return "describes-participant";
    }
    if (governedBy(g, m, allegations)) {
      return "content-of-allegation";
    }
    if (explanation(g, m)) {
      return "explanation";
    }
    if (label(g, m.head())) { // "referred to the clashes as riots"
      return "label";
    }
    if (requirement(g, m.head())) {
      return "requirement";
    }
    if (genericPractice(g, m.head())) {
      return "generic-practice";
    }
    if (disasterMeasure(g, m, disasterScene)) {
      return "disaster-measure";
    }
    String view = views.reason(g, m, all, measures);
    if (view != null) {
      return view;
    }
    String generic = generics.reason(g, m); // "under the constitution the house impeaches"
    if (generic != null) {
      return generic;
    }
    return contentOfMeasure(g, m.head()) ? "content-of-measure" : null;
  }

  private boolean contentOfMeasure(SentenceGraph g, int head) {
    Set<Integer> chain = chain(g, head, CONTENT_CLIMB);
    for (int t : chain) {
      if ((t == head || governs(g, t, chain)) && (g.token(t).isVerb() || !g.childrenBy(t, "cop").isEmpty())) {
        boolean measureSubject = g.childrenBy(t, "nsubj").stream().anyMatch(s -> measures.contains(g.lemma(s)));
        if (measureSubject && (enabling.contains(g.lemma(t)) || modal(g, t))) {
          return true;
        }
      }
    }
    return false;
  }


  private static boolean modal(SentenceGraph g, int t) {
    return g.childrenBy(t, "aux").stream().anyMatch(a -> MODALS.contains(g.lemma(a)));
  }

  /** Whether a verb of {@code verbs} above the trigger governs it ("accused of shelling", "meaning that ..."). */
  private static boolean governedBy(SentenceGraph g, TriggerMatcher.Match m, Set<String> verbs) {
    Set<Integer> chain = chain(g, m.head(), ALLEGATION_CLIMB);
    for (int t : chain) {
      if (!m.covers(t) && verbs.contains(g.lemma(t)) && g.token(t).isVerb() && governs(g, t, chain)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a phrase means: the explanation verb itself ("meaning", not "meant to"), a clause it
   * governs, or what follows a participle after a comma (", meaning the bank has allowed ...",
   * which the parser often leaves unattached).
   */
  private boolean explanation(SentenceGraph g, TriggerMatcher.Match m) {
    int h = m.head();
    if (explaining.contains(g.lemma(h)) && g.childrenBy(h, "xcomp").isEmpty()) {
      return true;
    }
    if (governedBy(g, m, explaining)) {
      return true;
    }
    for (int k = m.first() - 1; k > 0; k--) {
      String w = g.lower(k);
      if (w.equals(";") || w.equals(":")) {
        return false;
      }
      if (explaining.contains(g.lemma(k)) && g.token(k).pos().equals("VBG") && g.lower(k - 1).equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** An event noun that names what something is called: "referred to the protests as riots". */
  private static boolean label(SentenceGraph g, int head) {
    return g.token(head).isNoun() && g.heads(head).stream()
        .anyMatch(d -> d.relation().equals("obl:as") || d.relation().equals("nmod:as"));
  }

  /**
   * A step something "would have to" go through ("it would have to be ratified by the senate",
   * "the treaty would need to be approved"): a requirement, not an event.
   */
  private static boolean requirement(SentenceGraph g, int head) {
    if (would(g, head) && g.hasChildLemma(head, "aux", Set.of("have")) && g.hasChildLemma(head, "mark", Set.of("to"))) {
      return true;
    }
    Dependency h = g.head(head);
    return h != null && h.relation().equals("xcomp") && Set.of("have", "need").contains(g.lemma(h.governor()))
        && would(g, h.governor());
  }

  /**
   * The clause of a copular {@code generic-predicate} ("it is commonplace for new governments to
   * suspend parliament"): what is usually done, no act reported (h53).
   */
  private boolean genericPractice(SentenceGraph g, int head) {
    if (!g.hasChildLemma(head, "mark", Set.of("to"))) {
      return false;
    }
    int t = head;
    for (int up = 0; up < 3; up++) { // "for new governments [...] to suspend": via the for-phrase
      Dependency h = g.head(t);
      if (h == null || h.governor() < 0) {
        return false;
      }
      t = h.governor();
      if (generic.contains(g.lemma(t)) && !g.childrenBy(t, "cop").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean would(SentenceGraph g, int t) {
    return g.hasChildLemma(t, "aux", Set.of("would"));
  }

  /**
   * A restriction in a sentence, or an article, that names a disaster or an epidemic: "shut schools
   * to curb the disease".
   */
  private boolean disasterMeasure(SentenceGraph g, TriggerMatcher.Match m, boolean disasterScene) {
    String mode = m.entry().mode();
    if (!m.entry().event().equals("COERCE") || mode == null || !disasterModes.contains(mode)) {
      return false;
    }
    return disasterScene || scene.names(g);
  }

  /** A present-tense relative clause on a noun: "the minister, who is backed by the army". */
  private static boolean describesParticipant(SentenceGraph g, int head) {
    Dependency h = g.head(head);
    if (h == null || !h.relation().equals("acl:relcl") || !g.token(h.governor()).isNoun()) {
      return false;
    }
    if (present(g.token(head).pos())) {
      return true;
    }
    boolean perfect = g.children(head).stream().anyMatch(d -> d.relation().equals("aux"));
    return g.token(head).pos().equals("VBN") && !perfect && g.childrenBy(head, "aux:pass").stream()
        .anyMatch(a -> present(g.token(a).pos()));
  }

  static boolean present(String pos) {
    return pos.equals("VBZ") || pos.equals("VBP");
  }

  /** "decided that the evidence was admissible": a clause, no infinitive, no object. */
  private boolean finding(SentenceGraph g, TriggerMatcher.Match m) {
    int h = m.head();
    return m.tokens().length == 1 && findings.contains(g.lemma(h)) && !g.childrenBy(h, "ccomp").isEmpty()
        && g.childrenBy(h, "xcomp").isEmpty() && g.childrenBy(h, "obj").isEmpty();
  }

  private boolean tally(SentenceGraph g, TriggerMatcher.Match m, List<TriggerMatcher.Match> all) {
    if (!counted(g, m)) {
      return false;
    }
    return all.stream().filter(o -> o != m && counted(g, o)).findAny().isPresent();
  }

  /** An act of a tallied type whose subject carries a number ("180 Liberals supporting it"). */
  private boolean counted(SentenceGraph g, TriggerMatcher.Match m) {
    if (!tallied.contains(m.entry().event().toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (int s : g.childrenBy(m.head(), "nsubj")) {
      if (!g.childrenBy(s, "nummod").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameActNamedTwice(SentenceGraph g, TriggerMatcher.Match m,
      List<TriggerMatcher.Match> all) {
    for (Dependency h : g.heads(m.head())) {
      String rel = h.relation();
      boolean participle = rel.equals("acl") && g.token(m.head()).isVerb();
      boolean agent = (rel.equals("obl:agent") || rel.equals("obl:by") || rel.equals("nmod:agent"))
          && g.token(m.head()).isNoun();
      if (!participle && !agent) {
        continue;
      }
      for (TriggerMatcher.Match other : all) {
        if (other != m && other.covers(h.governor()) && other.entry().event().equals(m.entry().event())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code t} governs a word of the chain as its complement or clause, not only as a
   * coordinated verb ("accused Kyiv and launched strikes": the strikes are no content of the
   * accusation).
   */
  private static boolean governs(SentenceGraph g, int t, Set<Integer> chain) {
    for (Dependency d : g.children(t)) {
      if (d.dependent() != t && chain.contains(d.dependent()) && !d.relation().startsWith("conj")
          && !d.relation().startsWith("parataxis")) {
        return true;
      }
    }
    return false;
  }

  /** {@code head} and the words above it, up to {@link #REACH} steps, through the given relations. */
  static Set<Integer> chain(SentenceGraph g, int head, Set<String> through) {
    Set<Integer> seen = new HashSet<>();
    Deque<int[]> todo = new ArrayDeque<>();
    todo.add(new int[] {head, 0});
    seen.add(head);
    while (!todo.isEmpty()) {
      int[] at = todo.poll();
      if (at[1] >= REACH) {
        continue;
      }
      for (Dependency d : g.heads(at[0])) {
        if (d.governor() >= 0 && climbs(d.relation(), through) && seen.add(d.governor())) {
          todo.add(new int[] {d.governor(), at[1] + 1});
        }
      }
    }
    return seen;
  }

  private static boolean climbs(String relation, Set<String> through) {
    for (String base : through) {
      if (SentenceGraph.matches(relation, base)) {
        return true;
      }
    }
    return false;
  }
}
