package org.annals.nlp.events;

import java.util.List;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Triggers that name no act of their own (issue 13, helper h40), a part of
 * {@link BackgroundClauses}: {@link #reason} gives the class, or null.
 *
 * <ul>
 *   <li>{@code judged-by-naming}: an event noun a naming verb judges ("called the protest a
 *       stunt") and any word of the label it gives ("called the decree a \"smash and grab\"").</li>
 *   <li>{@code standing-rule}: what a standing law does, told in the present ("the law forbids
 *       insulting the king"; subject in {@code measure-noun}).</li>
 *   <li>{@code concurrence}: agreeing with a view ({@code concur-verb}: "agreed the report may
 *       have contained errors", "agreed, saying ..."), not to an act; also agreeing with a view
 *       or a person and nothing to do ({@link ConcurringPartner}: "agreed with the assessment",
 *       "said he agreed with Merkel").</li>
 *   <li>{@code disposition}: what someone likes doing ({@code disposition-verb}: "likes bombing
 *       villages"; "would like to visit" stays an intent).</li>
 *   <li>{@code repeated}: the same verb said again in one sentence ("I am asking A, I am asking
 *       B"): one act.</li>
 *   <li>{@code no-partner}: a single speaker who "discussed why ..." with nobody.</li>
 * </ul>
 *
 * <p>Word lists are read once at construction; immutable and thread-safe.
 */
final class ViewsAndLabels {
  private static final String NAMING = "rule.naming-";
  private static final Set<String> LABEL_CLIMB = Set.of("xcomp", "obl:as", "conj:and", "conj", "compound", "amod", "nmod:of");
  private static final Set<String> WH = Set.of("why", "what", "how", "whether");
  private static final Set<String> INTENT_AUX = Set.of("will", "would", "shall", "should", "'ll", "wo", "must");

  private final Set<String> concurring;
  private final Set<String> naming;
  private final Set<String> disposition;
  private final Set<String> speech;
  private final ConcurringPartner partners;

  ViewsAndLabels(WordLists lists) {
    this.partners = new ConcurringPartner(lists);
    this.concurring = lists.get("concur-verb");
    this.naming = lists.get("naming-verb");
    this.disposition = lists.get("disposition-verb");
    this.speech = lists.get("speech-verb");
  }

  /** The class {@code m} belongs to (see the class comment), or null; {@code measures}: measure nouns. */
  String reason(SentenceGraph g, TriggerMatcher.Match m, List<TriggerMatcher.Match> all, Set<String> measures) {
    if (judgedByNaming(g, m, all)) {
      return "judged-by-naming";
    }
    if (standingRule(g, m.head(), measures)) {
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
    return noPartner(g, m) ? "no-partner" : null;
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
  private boolean standingRule(SentenceGraph g, int head, Set<String> measures) {
    return BackgroundClauses.present(g.token(head).pos()) && g.childrenBy(head, "aux").isEmpty()
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
        || g.children(h).stream().anyMatch(d -> d.relation().startsWith("obl") && !partners.partner(g, d))) {
      return false;
    }
    List<Integer> clauses = g.childrenBy(h, "ccomp");
    if (clauses.isEmpty() && partners.any(g, h)) {
      return true; // "agreed with the assessment", "agreed with Merkel": nothing to do
    }
    if (clauses.isEmpty()) {
      return g.children(h).stream().anyMatch(d -> d.relation().startsWith("advcl")
          && g.token(d.dependent()).pos().equals("VBG") && speech.contains(g.lemma(d.dependent())));
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
    for (int t : BackgroundClauses.chain(g, head, BackgroundClauses.CONTENT_CLIMB)) {
      if (t != head && disposition.contains(g.lemma(t)) && g.token(t).isVerb()
          && g.children(t).stream().anyMatch(d -> d.relation().equals("xcomp"))
          && !g.hasChildLemma(t, "aux", Set.of("would", "'d", "will"))) { // "would like to visit": an intent
        return true;
      }
    }
    return false;
  }
}
