package org.annals.nlp.events;

import java.util.Set;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Political-looking verbs in their everyday senses (issue 13, helper h94, precision), asked by
 * {@link SpuriousGuards}: a trigger coded here names no political event. The word senses that a
 * phrase settles are lexicon data ({@code none.attend-*}, {@code none.give-to-press}, ... in
 * {@code events.tsv}); the ones that the parse settles are here:
 * <ul>
 *   <li>a question asked is no request: an asking verb whose complement clause is opened by a
 *       {@code question-word} ("asked whether the island was part of the country", "asked why the
 *       bridge was closed"); what the question names stays absorbed, not coded as done;
 *   <li>a text, a ruling or a device that provides, allows or gives something ({@code
 *       document-noun} as the verb's subject: "the directive provides liability protections", "the
 *       app allows users to see ...") is no act of cooperation by anyone (quad classes 1 and 2);
 *   <li>a visit, a show of support or a rejection told by an active verb whose subject is no actor
 *       ("prevent foreigners from coming to the country", "both sides oppose the rebels" with no
 *       side named): who visits, supports or opposes is the event, and a guess from the recipient
 *       alone is no event. A support or a rejection with no subject of its own ("punished for
 *       refusing to support the governor") is left as it was: its doer is the clause's, found
 *       elsewhere; a visit is not ("to stop foreigners from coming to the country"). A pronoun subject ("I
 *       rejected the offer", "they oppose it") names someone the resolver did not find, and is
 *       left as it was.
 *   <li>a meeting in a bar, a pub, a nightclub or at a party ({@code private-venue} in the meeting's
 *       "at"/"in" phrase: "met two soldiers at a bar in Belfast") is a private encounter.
 * </ul>
 *
 * <p>Immutable after construction; thread-safe.
 */
final class OrdinarySenses {
  /** The bundled word lists' instance. */
  static final OrdinarySenses BUNDLED = new OrdinarySenses(WordLists.bundled());

  private static final Set<String> ASKING = Set.of("ask", "inquire", "enquire", "wonder");
  private static final Set<String> DOER_NEEDED = Set.of("CONSULT", "SUPPORT", "REJECT");

  private final Set<String> questions;
  private final Set<String> documents;
  private final Set<String> venues;

  OrdinarySenses(WordLists lists) {
    this.questions = lists.get("question-word");
    this.documents = lists.get("document-noun");
    this.venues = lists.get("private-venue");
  }

  /** Whether {@code e}, coded from {@code m}, is an everyday sense that codes nothing. */
  boolean ordinary(SentenceGraph g, TriggerMatcher.Match m, CodedEvent e) {
    return question(g, m) || documentSubject(g, m, e) || withoutDoer(g, m, e) || privateMeeting(g, m, e);
  }

  /** "met two soldiers at a bar": a meeting in a {@code private-venue} is a private encounter. */
  private boolean privateMeeting(SentenceGraph g, TriggerMatcher.Match m, CodedEvent e) {
    if (!e.event().equals("CONSULT") || !g.lemma(m.head()).equals("meet")) {
      return false;
    }
    for (Dependency d : g.children(m.head())) {
      String r = d.relation();
      if ((r.equals("obl:at") || r.equals("obl:in")) && venues.contains(g.lemma(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /** "asked whether ...", "asked him why ...": a question, no request. */
  private boolean question(SentenceGraph g, TriggerMatcher.Match m) {
    int head = m.head();
    if (!m.entry().event().equals("REQUEST") || !ASKING.contains(g.lemma(head))) {
      return false;
    }
    for (Dependency d : g.children(head)) {
      if (SentenceGraph.matches(d.relation(), "ccomp") && opensQuestion(g, d.dependent())) {
        return true;
      }
      if (SentenceGraph.matches(d.relation(), "advcl") && askedClause(g, head, d.dependent())) {
        return true; // the parser hangs "asked if/whether ..." as an adverbial clause
      }
    }
    return false;
  }

  /**
   * An adverbial clause that is the question: opened by "whether", or by "if" when the asking verb
   * has nothing else asked ("asked if the island was part of ..."; "asked for help if ..." is a
   * condition).
   */
  private static boolean askedClause(SentenceGraph g, int head, int clause) {
    for (int mark : g.childrenBy(clause, "mark")) {
      String w = g.lower(mark);
      if (w.equals("whether") || w.equals("if") && g.childrenBy(head, "obj").isEmpty()
          && g.childrenBy(head, "xcomp").isEmpty() && g.childrenBy(head, "obl").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Whether clause {@code c} starts with a question word of its own, before its head. */
  private boolean opensQuestion(SentenceGraph g, int c) {
    for (Dependency d : g.children(c)) {
      int w = d.dependent();
      if (w < c && questions.contains(g.lower(w))) {
        return true;
      }
    }
    return questions.contains(g.lower(c)) && !"if".equals(g.lower(c));
  }

  /** "the directive provides protections": a document's content, no cooperative act. */
  private boolean documentSubject(SentenceGraph g, TriggerMatcher.Match m, CodedEvent e) {
    if (e.quadClass() > 2 || !g.token(m.head()).isVerb()
        || g.childrenBy(m.head(), "mark").stream().anyMatch(t -> g.lower(t).equals("to"))) {
      return false; // "the government's decision to allow aid in": an infinitive's noun is whose act it is
    }
    for (Dependency d : g.children(m.head())) {
      if (d.relation().equals("nsubj") && documents.contains(g.lemma(d.dependent()))) {
        return true; // its own subject, not the controller of an infinitive ("used tools to rescue")
      }
    }
    return false;
  }

  /** "foreigners coming to the country": a visit, support or rejection with no one doing it. */
  private static boolean withoutDoer(SentenceGraph g, TriggerMatcher.Match m, CodedEvent e) {
    return DOER_NEEDED.contains(e.event()) && e.actors().isEmpty() && !e.symmetric()
        && g.token(m.head()).isVerb() && g.childrenBy(m.head(), "nsubj:pass").isEmpty()
        && (e.event().equals("CONSULT") || !g.childrenBy(m.head(), "nsubj").isEmpty())
        && g.childrenBy(m.head(), "nsubj").stream().noneMatch(t -> g.token(t).pos().startsWith("PRP"))
        && !m.entry().flags().contains(LexiconEntry.Flag.REVERSED);
  }
}
