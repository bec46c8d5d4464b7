package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Recipients the text names but the argument rules did not take (issue 13, "missing target"). Each
 * rule runs only when the event has no recipient yet, adds only actors the resolver found (never a
 * guess from the scene), and never one that is also the event's actor.
 *
 * <ul>
 *   <li>{@code +missing:lost-subject} — a passive trigger verb ("was released", "was chosen by")
 *       with a finite auxiliary that the parser left without a subject (and without a subordinator),
 *       hanging as a bare {@code dep} or an {@code advcl} from the sentence's nominal root or from a
 *       clause inside it: the subject phrase it lost is that root ("Kyle
 *       Doe, the suspect in a robbery in Ohio that left two dead, was released from jail"), or the
 *       noun of a temporal oblique the parser made of the subordinate clause ("a man was detained
 *       after Jan Nowak, mayor of Gdynia, was stabbed"), whom the act befell.</li>
 *   <li>{@code +missing:light-oblique} — a conflict act named by a noun that a light verb
 *       ({@code light-verb}) takes as its object, with the place or party it is aimed at hung from
 *       the verb ("launched an offensive into Ukraine", "began air strikes on the rebels"); a thing
 *       aimed at that names no actor is the country's it lies in ("carried out air strikes on
 *       targets in Syria", {@code +missing:light-oblique-site}).</li>
 *   <li>{@code +missing:inquiry-clause} — the doer a clause under an investigation verb names
 *       ("investigating whether the minister misused funds"; h98).</li>
 *   <li>{@code +missing:lead-act} — a judgement that names the act it judges only as "the attack",
 *       "the decision" ({@link ActAuthors}) and finds no such act just before it: the act the
 *       article opened with (its first sentence with a coded event, within {@link #LEAD} characters
 *       of the start), whose doer is the recipient ("Kenyan police shot two protesters ... Later,
 *       the minister condemned the shooting").</li>
 *   <li>{@code +missing:public-opinion} — an appeal or call to a country's public named by a
 *       noun of {@code public-opinion-noun} under its nationality ("appealed to world opinion, and
 *       American opinion in particular", "called on Spanish public opinion"): that country
 *       (h139).</li>
 * </ul>
 *
 * <p>Immutable after construction; thread-safe (the caller owns the list of earlier events).
 */
final class MissingTargets {
  /** Conflict acts whose light verb's oblique names what they are aimed at. */
  private static final Set<String> AIMED = Set.of("ASSAULT", "COERCE", "SANCTION");
  private static final Set<String> AIM_PREPS = Set.of("obl:into", "obl:on", "obl:upon");
  /** How a parser hangs a clause whose subject it lost: a bare dependent or an adverbial clause. */
  private static final Set<String> LOST = Set.of("dep", "advcl");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  /** Obliques a parser makes of a lost "after X was stabbed" clause. */
  private static final Set<String> CLAUSE_PREPS = Set.of("obl:after", "obl:before", "obl:since",
      "obl:until", "obl:when", "obl:as");
  private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");
  /** How far into the article, in characters, its opening act's sentence may begin. */
  static final int LEAD = 400;
  private final ActAuthors authors;
  private final Set<String> light;
  private final Set<String> inquiry;
  private final Set<String> opinion;
  /** How an inquiry verb takes the clause it asks about (a parser hangs some as a bare dep). */
  private static final Set<String> INQUIRED = Set.of("ccomp", "dep");

  /** The instance over the bundled word lists. */
  static final MissingTargets BUNDLED = new MissingTargets(WordLists.bundled());

  MissingTargets(WordLists lists) {
    this.authors = new ActAuthors(lists);
    this.light = lists.get("light-verb");
    this.inquiry = lists.get("inquiry-verb");
    this.opinion = lists.get("public-opinion-noun");
  }

  /** Adds the recipients of {@code m} the text names, when {@code p} has none. */
  void fill(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p,
      List<CodedEvent> earlier) {
    if (!p.recipients.isEmpty() || m.entry().symmetric()
        || m.entry().flags().contains(LexiconEntry.Flag.REVERSED)) {
      return;
    }
    if (lostSubject(g, mentions, m, p) || lightOblique(g, mentions, m, p)
        || inquiryClause(g, mentions, m, p) || publicOpinion(g, mentions, m, p)) {
      return;
    }
    leadAct(g, mentions, m, p, earlier);
  }

  /**
   * "appealed to world opinion, and American opinion in particular" (rule {@code
   * +missing:public-opinion}): a request whose verb's "to"/"on" oblique or object is a {@code
   * public-opinion-noun} the verb governs within a few words, or a conjunct of one, goes to the
   * country its adjective names.
   */
  private boolean publicOpinion(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p) {
    if (!"REQUEST".equals(m.entry().event())) {
      return false;
    }
    boolean added = false;
    for (int n = m.head() + 1; n < g.size() && n <= m.head() + 12; n++) {
      if (!opinion.contains(g.lemma(n)) || !g.token(n).isNoun() || !under(g, n, m.head())) {
        continue;
      }
      for (Dependency d : g.children(n)) {
        if (d.relation().equals("amod") || d.relation().equals("compound")) {
          added |= add(g, mentions, d.dependent(), p, "+missing:public-opinion");
        }
      }
    }
    return added;
  }

  /** The subject of a passive trigger the parser lost (rule {@code +missing:lost-subject}). */
  private static boolean lostSubject(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m,
      Participants p) {
    int verb = m.head();
    Dependency h = g.head(verb);
    if (h == null || !LOST.contains(h.relation()) || !finitePassive(g, verb)
        || g.children(verb).stream().anyMatch(d -> d.relation().startsWith("nsubj") || d.relation().equals("mark"))) {
      return false;
    }
    int lost = lostPhrase(g, verb, h.governor());
    if (lost < 0 || !add(g, mentions, lost, p, "+missing:lost-subject")) {
      return false;
    }
    ImpliedDoer.ofPatient(p); // "X, who ..., was convicted": the court of X's country
    return true;
  }

  /** "was released": a finite passive auxiliary, which a clause has only with a subject. */
  private static boolean finitePassive(SentenceGraph g, int verb) {
    return g.childrenBy(verb, "aux:pass").stream().anyMatch(a -> FINITE.contains(g.token(a).pos()));
  }

  /**
   * The noun phrase before the passive's auxiliary that the parser did not make its subject: the
   * nominal root the verb hangs under, or a clause-like oblique of the verb it hangs from that
   * stands between that verb and the passive; -1 when none.
   */
  private static int lostPhrase(SentenceGraph g, int verb, int governor) {
    int root = root(g);
    if (root >= 0 && root < verb && g.token(root).isNoun() && under(g, verb, root)) {
      return root;
    }
    int best = -1;
    for (Dependency d : g.children(governor)) {
      int n = d.dependent();
      boolean clause = CLAUSE_PREPS.contains(d.relation()) || d.relation().equals("obj"); // "is known X was interviewed"
      if (clause && n > governor && n < verb && g.token(n).isNoun()
          && !TIME_NER.contains(g.token(n).ner())) {
        best = Math.max(best, n);
      }
    }
    return best;
  }

  private static int root(SentenceGraph g) {
    for (int i = 0; i < g.size(); i++) {
      if (g.heads(i).stream().anyMatch(d -> d.relation().equals("root"))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code top} governs {@code t} through basic heads (a few steps at most). */
  private static boolean under(SentenceGraph g, int t, int top) {
    int at = t;
    for (int step = 0; step < 8; step++) {
      Dependency h = g.head(at);
      if (h == null || h.governor() < 0) {
        return false;
      }
      if (h.governor() == top) {
        return true;
      }
      at = h.governor();
    }
    return false;
  }

  /** "launched an offensive into Ukraine" (rule {@code +missing:light-oblique}). */
  private boolean lightOblique(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p) {
    int noun = m.head();
    Dependency h = g.head(noun);
    if (!AIMED.contains(m.entry().event()) || !g.token(noun).isNoun() || h == null
        || !h.relation().equals("obj") || !light.contains(g.lemma(h.governor()))) {
      return false;
    }
    for (Dependency d : g.children(h.governor())) {
      if (AIM_PREPS.contains(d.relation()) && !TIME_NER.contains(g.token(d.dependent()).ner())
          && (add(g, mentions, d.dependent(), p, "+missing:light-oblique")
              || addSited(g, mentions, d.dependent(), p))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "carried out air strikes on targets in Syria": an aimed-at thing no actor was resolved for is
   * owned by the country it is in ({@link NestedRecipients#sited}; rule {@code
   * +missing:light-oblique-site}).
   */
  private static boolean addSited(SentenceGraph g, Mentions mentions, int thing, Participants p) {
    Participants found = new Participants();
    if (!NestedRecipients.sited(g, mentions, thing, found)) {
      return false;
    }
    int before = p.recipients.size();
    for (ActorRef r : found.recipients) {
      if (p.actors.stream().noneMatch(a -> Participants.same(a, r))) {
        p.recipient(r.withRule(r.rule() + "+missing:light-oblique-site"));
      }
    }
    return p.recipients.size() > before;
  }

  /**
   * "investigating whether the minister misused funds" (rule {@code +missing:inquiry-clause}): the
   * doer a clause under an {@code inquiry-verb} (the trigger's head or the infinitive it governs,
   * "vowed to investigate whether") names, the subject of an active clause or the "by" phrase of a
   * passive one.
   */
  private boolean inquiryClause(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p) {
    List<Integer> verbs = new ArrayList<>(g.childrenBy(m.head(), "xcomp"));
    verbs.add(m.head());
    for (int v : verbs) {
      if (!inquiry.contains(g.lemma(v)) || !g.token(v).pos().startsWith("VB")) {
        continue;
      }
      for (Dependency d : g.children(v)) {
        int c = d.dependent();
        if (!INQUIRED.contains(d.relation()) || c < v || !g.token(c).pos().startsWith("VB")) {
          continue;
        }
        boolean passive = !g.childrenBy(c, "aux:pass").isEmpty();
        for (int doer : g.childrenBy(c, passive ? "obl:agent" : "nsubj")) {
          if (mentions.ref(doer) != null && add(g, mentions, doer, p, "+missing:inquiry-clause")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "condemned the shooting" of the act the article opened with (rule {@code +missing:lead-act}). */
  private void leadAct(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p,
      List<CodedEvent> earlier) {
    if (p.actors.isEmpty() || !ActAuthors.TYPES.contains(m.entry().event()) || earlier.isEmpty()) {
      return;
    }
    int noun = authors.judged(g, mentions, m);
    int leadStart = earlier.get(0).evidence().start();
    if (noun < 0 || ActAuthors.pronoun(g, noun) || leadStart > LEAD || g.sentence().start() <= leadStart
        || recent(g, noun, earlier)) {
      return; // "it" stands for the deed just told, never the article's opening one
    }
    for (CodedEvent e : earlier) {
      if (e.evidence().start() != leadStart) {
        return;
      }
      if (authors.act(g, noun, e) && ActAuthors.authored(e, p)) {
        for (ActorRef a : e.actors()) {
          p.recipient(a.withRule(a.rule() + "+missing:lead-act:" + e.evidence().rule()));
        }
        return;
      }
    }
  }

  /** Whether an act the noun may name was told just before ({@link ActAuthors}'s to judge). */
  private boolean recent(SentenceGraph g, int noun, List<CodedEvent> earlier) {
    int from = g.sentence().start() - ActAuthors.REACH;
    return earlier.stream().anyMatch(e -> e.evidence().start() >= from && authors.act(g, noun, e)
        && !charged(e));
  }

  /**
   * An assault told of courts or prosecutors ("charged the suspect with murder"): what a charge
   * says, no act of theirs, so it hides no opening act (h98).
   */
  private static boolean charged(CodedEvent e) {
    return e.event().equals("ASSAULT") && e.actors().stream().anyMatch(a -> "JUD".equals(a.sector()));
  }

  /** Adds the actors the phrase at {@code token} names as recipients, unless they are the actors. */
  private static boolean add(SentenceGraph g, Mentions mentions, int token, Participants p, String rule) {
    Participants found = new Participants();
    PhraseExpansion.expand(g, mentions, token, found, false);
    List<ActorRef> added = new ArrayList<>();
    for (ActorRef r : found.recipients) {
      if (p.actors.stream().noneMatch(a -> Participants.same(a, r))) {
        added.add(r.withRule(r.rule() + rule));
      }
    }
    added.forEach(p::recipient);
    return !added.isEmpty();
  }
}
