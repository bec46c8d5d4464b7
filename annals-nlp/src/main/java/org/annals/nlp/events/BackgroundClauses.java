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
 * {@code tally-type}, {@code explanation-verb}, {@code disaster}, {@code disaster-measure-mode}.
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
 *   <li>{@code disaster-measure}: a restriction ({@code disaster-measure-mode}) in a sentence that
 *       names a disaster or an epidemic ({@code disaster}): "shut all schools to curb the disease".</li>
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
  private static final Set<String> CONTENT_CLIMB = Set.of("xcomp", "ccomp", "acl", "conj", "obj", "iobj",
      "nsubj:pass", "nsubj", "obl", "nmod", "advcl", "dep", "case");
  private static final String NAMING = "rule.naming-";
  private static final Set<String> LABEL_CLIMB = Set.of("xcomp", "obl:as", "conj:and", "conj", "compound", "amod", "nmod:of");
  private static final Set<String> WH = Set.of("why", "what", "how", "whether");
  private static final Set<String> INTENT_AUX = Set.of("will", "would", "shall", "should", "'ll", "wo", "must");
  private static final Set<String> SPEECH = WordLists.bundled().get("speech-verb");
  private static final Set<String> ALLEGATION_CLIMB = Set.of("xcomp", "ccomp", "advcl", "acl", "conj");

  private final Set<String> measures;
  private final Set<String> enabling;
  private final Set<String> allegations;
  private final Set<String> findings;
  private final Set<String> tallied;
  private final Set<String> explaining;
  private final Set<String> disasters;
  private final Set<String> disasterModes;
  private final Set<String> concurring;
  private final Set<String> naming;
  private final Set<String> disposition;

  BackgroundClauses(WordLists lists) {
    this.measures = lists.get("measure-noun");
    this.enabling = lists.get("enabling-verb");
    this.allegations = lists.get("allegation-verb");
    this.findings = lists.get("finding-verb");
    this.tallied = lists.get("tally-type");
    this.explaining = lists.get("explanation-verb");
    this.disasters = lists.get("disaster");
    this.disasterModes = lists.get("disaster-measure-mode");
    this.concurring = lists.get("concur-verb");
    this.naming = lists.get("naming-verb");
    this.disposition = lists.get("disposition-verb");
  }

  /** The class of background {@code m} belongs to (see the class comment), or null when it reports its event. */
  String reason(SentenceGraph g, TriggerMatcher.Match m, List<TriggerMatcher.Match> all) {
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
    if (disasterMeasure(g, m)) {
      return "disaster-measure";
    }
    if (judgedByNaming(g, m, all)) {
      return "judged-by-naming";
    }
    if (standingRule(g, m.head())) {
      return "standing-rule";
    }
    if (concurrence(g, m)) {
      return "concurrence";
    }
    if (disposition(g, m.head())) {
      return "disposition";
    }
    if (repeated(g, m, all)) {
      return "repeated";
    }
    if (noPartner(g, m)) {
      return "no-partner";
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

  /**
   * An event noun that a naming verb judges ("called the protest a stunt", "described the
   * bombings as cowardly"): the judgement is the event; the thing judged was told before.
   */
  private boolean judgedByNaming(SentenceGraph g, TriggerMatcher.Match m, List<TriggerMatcher.Match> all) {
    if (!g.token(m.head()).isNoun()) {
      return quotedLabel(g, m.head());
    }
    for (Dependency h : g.heads(m.head())) {
      if (!h.relation().equals("obj") && !h.relation().equals("nsubj:pass")) {
        continue;
      }
      for (TriggerMatcher.Match other : all) {
        if (other != m && other.entry().id().startsWith(NAMING) && other.head() == h.governor()) {
          return true;
        }
      }
    }
    return inNamingComplement(g, m.head());
  }

  /**
   * A word inside what a naming verb calls something ("called the move a smash and grab",
   * "described the raid as a land grab"): a label, whatever the verb's judgement.
   */
  private boolean inNamingComplement(SentenceGraph g, int head) {
    if (quotedLabel(g, head)) {
      return true;
    }
    int t = head;
    for (int step = 0; step < 3; step++) {
      Dependency h = g.head(t);
      if (h == null || h.governor() < 0 || !LABEL_CLIMB.contains(h.relation())) {
        return false;
      }
      int gov = h.governor();
      if (naming.contains(g.lemma(gov)) && g.token(gov).isVerb() && !g.childrenBy(gov, "obj").isEmpty()
          && (h.relation().equals("xcomp") || h.relation().equals("obl:as"))) {
        return true;
      }
      t = gov;
    }
    return false;
  }

  /**
   * What a standing law or rule does, told in the present ("the law forbids insulting the king",
   * "the constitution bars a third term"): a state of affairs, not an act. A measure that "will"
   * or "would" act is left to {@link #contentOfMeasure}.
   */
  private boolean standingRule(SentenceGraph g, int head) {
    return present(g.token(head).pos()) && g.childrenBy(head, "aux").isEmpty()
        && g.childrenBy(head, "nsubj").stream().anyMatch(s -> measures.contains(g.lemma(s)));
  }

  /**
   * Agreeing with a view, not to an act: a {@code concur-verb} with no object, infinitive or
   * partner phrase whose that-clause states something ("the judge agreed the report may have
   * contained errors", not "agreed that talks would resume"), or with no clause but a speech
   * participle ("the governor agreed, saying ...").
   */
  private boolean concurrence(SentenceGraph g, TriggerMatcher.Match m) {
    int h = m.head();
    if (m.tokens().length != 1 || !concurring.contains(g.lemma(h)) || !g.token(h).isVerb()) {
      return false;
    }
    Dependency up = g.head(h);
    if (up != null && up.relation().equals("csubj")) {
      return true; // "agreed the report may have erred": the parser makes the view's clause the head
    }
    if (!g.childrenBy(h, "xcomp").isEmpty() || !g.childrenBy(h, "obj").isEmpty()
        || g.children(h).stream().anyMatch(d -> d.relation().startsWith("obl"))) {
      return false;
    }
    List<Integer> clauses = g.childrenBy(h, "ccomp");
    if (clauses.isEmpty()) {
      return g.children(h).stream().anyMatch(d -> d.relation().startsWith("advcl")
          && g.token(d.dependent()).pos().equals("VBG") && SPEECH.contains(g.lemma(d.dependent())));
    }
    return clauses.stream().allMatch(c -> !g.hasChildLemma(c, "aux", INTENT_AUX) && g.childrenBy(c, "mark")
        .stream().noneMatch(k -> g.lower(k).equals("to")));
  }

  /**
   * The same verb said again to another addressee in one sentence ("I am asking Uganda, I am
   * asking Tanzania, to reopen the border"): one act, told by its first mention.
   */
  private static boolean repeated(SentenceGraph g, TriggerMatcher.Match m, List<TriggerMatcher.Match> all) {
    if (m.tokens().length != 1 || !g.token(m.head()).isVerb()) {
      return false;
    }
    for (Dependency h : g.heads(m.head())) {
      boolean linked = h.relation().startsWith("conj") || h.relation().startsWith("parataxis")
          || h.relation().equals("dep");
      if (linked && h.governor() >= 0 && g.lemma(h.governor()).equals(g.lemma(m.head()))
          && all.stream().anyMatch(o -> o != m && o.head() == h.governor() && o.entry().id().equals(m.entry().id()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Talking about something with nobody: a {@code topic} consultation whose single, singular
   * subject has no "with" partner and no recipient ("the candidate discussed why he left the
   * party" in an interview) consults no one; "the ministers discussed ..." and "discussed the
   * border with his counterpart" do.
   */
  private static boolean noPartner(SentenceGraph g, TriggerMatcher.Match m) {
    int h = m.head();
    if (!m.entry().event().equals("CONSULT") || !m.entry().flags().contains(LexiconEntry.Flag.TOPIC)
        || !g.token(h).isVerb()) {
      return false;
    }
    boolean partner = g.children(h).stream().anyMatch(d -> d.relation().startsWith("obl")
        || d.relation().startsWith("nmod"));
    List<Integer> subjects = g.childrenBy(h, "nsubj");
    boolean single = subjects.size() == 1 && g.token(subjects.get(0)).pos().matches("NNP?|PRP")
        && g.children(subjects.get(0)).stream().noneMatch(d -> d.relation().startsWith("conj"))
        && !Set.of("they", "we").contains(g.lower(subjects.get(0)));
    // "discussed why he left": the parser makes the wh-clause a complement or an adverbial clause
    boolean clause = g.children(h).stream().anyMatch(d -> (d.relation().equals("ccomp") || d.relation().equals("advcl"))
        && g.children(d.dependent()).stream().anyMatch(w -> WH.contains(g.lower(w.dependent()))));
    return single && !partner && clause;
  }

  /**
   * A word inside the quotation marks that open a naming verb's complement ("called the decree a
   * \"smash and grab\"", where the parser may hang "grab" off the verb as a second verb).
   */
  private boolean quotedLabel(SentenceGraph g, int head) {
    for (int k = head - 1; k >= 0; k--) {
      String pos = g.token(k).pos();
      if (pos.equals("''")) {
        return false;
      }
      if (pos.equals("``")) {
        Dependency q = g.head(k);
        Dependency c = q == null || q.governor() < 0 ? null : g.head(q.governor());
        return c != null && c.governor() >= 0 && (c.relation().equals("xcomp") || c.relation().equals("obl:as"))
            && naming.contains(g.lemma(c.governor())) && g.token(c.governor()).isVerb();
      }
    }
    return false;
  }

  /**
   * What someone is said to like or be given to doing ("he likes dropping bombs on people", "she
   * loves picking fights"): a character sketch, no act ({@code disposition-verb}).
   */
  private boolean disposition(SentenceGraph g, int head) {
    for (int t : chain(g, head, CONTENT_CLIMB)) {
      if (t != head && disposition.contains(g.lemma(t)) && g.token(t).isVerb()
          && g.children(t).stream().anyMatch(d -> d.relation().equals("xcomp"))
          && !g.hasChildLemma(t, "aux", Set.of("would", "'d", "will"))) { // "would like to visit": an intent
        return true;
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

  private static boolean would(SentenceGraph g, int t) {
    return g.hasChildLemma(t, "aux", Set.of("would"));
  }

  /** A restriction in a sentence that names a disaster or an epidemic: "shut schools to curb the disease". */
  private boolean disasterMeasure(SentenceGraph g, TriggerMatcher.Match m) {
    String mode = m.entry().mode();
    if (!m.entry().event().equals("COERCE") || mode == null || !disasterModes.contains(mode)) {
      return false;
    }
    for (int t = 0; t < g.size(); t++) {
      if (disasters.contains(g.lemma(t))) {
        return true;
      }
    }
    return false;
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

  private static boolean present(String pos) {
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
  private static Set<Integer> chain(SentenceGraph g, int head, Set<String> through) {
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
