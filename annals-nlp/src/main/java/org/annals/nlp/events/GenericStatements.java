package org.annals.nlp.events;

import java.util.List;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Triggers in the narrator's own generic or normative statements (issue 13, helper h63), a part of
 * {@link BackgroundClauses}: what a procedure or a rule says happens, not what happened ("under the
 * constitution the lower house impeaches the president", "a two-thirds majority must vote to
 * remove him", "the party is outlawed in Turkey", "officials found in contempt are referred to
 * prosecutors"). {@link #reason} gives the class, or null.
 *
 * <ul>
 *   <li>{@code generic-present}: the finite clause that carries the trigger (the trigger's own verb,
 *       or the verb above an infinitive, a participle, a conditional clause or the noun a participle
 *       describes) is in the simple present, active or passive, with no auxiliary but "do" or a
 *       modal of ability ({@code generic-ability-modal}: "police can detain a suspect under the
 *       law"), and is generic (see {@link #generic}).</li>
 *   <li>{@code obligation}: that clause carries a modal of obligation (word list
 *       {@code generic-modal}: must, should) or is "has/have to ...".</li>
 *   <li>{@code requirement}: the trigger is what a participle of need on a noun asks for (word
 *       list {@code requirement-participle}: "the two-thirds majority needed to convict him"); in
 *       quoted or reported sentences too.</li>
 *   <li>{@code norm}: that clause or the trigger carries an adverb of custom (word list
 *       {@code generic-adverb}: historically, traditionally, customarily, ...), in any tense:
 *       "historically, prosecutors have not charged ministers".</li>
 * </ul>
 *
 * All but {@code requirement} hold only for the narrator's statement: the clause is the sentence's
 * root or hangs from it by coordination or an adverbial clause (not reported speech: "said Iran
 * must release the tanker" is the demand rule's), the sentence has no quotation marks, the subject is no first- or
 * second-person pronoun (a quotation told over several sentences), the clause's verb is no
 * {@code allegation-verb} ("is accused of shooting" tells a standing accusation, coded) and, above
 * the trigger, no {@code report-raising-verb} ("is expected to speak", "is believed to have fired":
 * a plan or a report of a real act, coded with its modality).
 *
 * <p>Word lists are read once at construction; immutable and thread-safe.
 */
final class GenericStatements {
  /**
   * Relations by which a non-finite trigger leads to the clause that carries it ({@code csubj}: a
   * participle on a subject the parser reads as a clausal subject, "people held in contempt are
   * referred ...").
   */
  private static final Set<String> TO_CLAUSE = Set.of("xcomp", "acl", "conj", "csubj");
  /** Relations by which a noun leads to its verb. */
  private static final Set<String> NOUN_UP = Set.of("nsubj", "nsubj:pass", "obj");
  /** Relations by which a clause hangs from the narrator's root. */
  private static final Set<String> TO_ROOT = Set.of("conj", "advcl");
  private static final Set<String> PERSONAL = Set.of("i", "we", "you");
  private static final Set<String> QUOTES = Set.of("``", "''", "\"", "“", "”");
  private static final Set<String> CONDITION = Set.of("if", "unless", "when", "whenever");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "any", "every", "each");
  private static final int MAX_STEPS = 4;

  private final Set<String> modals;
  private final Set<String> adverbs;
  private final Set<String> abilities;
  private final Set<String> needing;
  private final Set<String> raising;
  private final Set<String> measures;
  private final Set<String> allegations;
  private final Set<String> quantifiers;

  GenericStatements(WordLists lists) {
    this.modals = lists.get("generic-modal");
    this.adverbs = lists.get("generic-adverb");
    this.abilities = lists.get("generic-ability-modal");
    this.needing = lists.get("requirement-participle");
    this.raising = lists.get("report-raising-verb");
    this.measures = lists.get("measure-noun");
    this.allegations = lists.get("allegation-verb");
    this.quantifiers = lists.get("generic-quantifier");
  }

  /** The class of {@code m} (see the class comment), or null. */
  String reason(SentenceGraph g, TriggerMatcher.Match m) {
    if (required(g, m.head())) {
      return "requirement";
    }
    if (quoted(g)) {
      return null;
    }
    int clause = finiteClause(g, m.head());
    int held = clause >= 0 || g.childrenBy(m.head(), "nsubj").isEmpty() ? clause : m.head(); // "distrust"/VB
    if (held >= 0 && narrators(g, held) && !personal(g, held) && heldPosition(g, held)) {
      return "generic-quantified"; // "many farmers oppose the reform", "most Greeks blame the union"
    }
    if (clause < 0 || !narrators(g, clause) || personal(g, clause) || allegations.contains(g.lemma(clause))
        || (clause != m.head() && raising.contains(g.lemma(clause)))) {
      return null; // "is expected to speak", "is believed to have fired": a report of a real act
    }
    if (obligation(g, clause)) {
      return "obligation";
    }
    if (g.hasChildLemma(clause, "advmod", adverbs) || g.hasChildLemma(m.head(), "advmod", adverbs)) {
      return "norm"; // "historically, prosecutors have not charged ..."
    }
    return simplePresent(g, clause) && generic(g, clause) ? "generic-present" : null;
  }

  /**
   * The act a participle of need on a noun names ("the two-thirds majority needed to convict", "the
   * vote required by the constitution to impeach"): what it takes, not what was done.
   */
  private boolean required(SentenceGraph g, int head) {
    int t = head;
    for (int step = 0; step < MAX_STEPS && g.token(t).isVerb(); step++) {
      Dependency h = g.head(t);
      if (h == null || h.governor() < 0 || !(h.relation().equals("xcomp") || h.relation().startsWith("advcl")
          || h.relation().startsWith("conj"))) {
        return false;
      }
      int gov = h.governor();
      Dependency up = g.head(gov); // a bare participle: on a noun, or read as a clause of its own
      boolean bare = g.children(gov).stream().noneMatch(d -> d.relation().startsWith("aux"));
      if (needing.contains(g.lemma(gov)) && g.token(gov).pos().equals("VBN") && up != null && bare) {
        return true;
      }
      t = gov;
    }
    return false;
  }

  /**
   * What makes a present clause generic rather than a report in the historical present ("in the
   * call, the president asks his counterpart to ..."): no doer named (a passive without "by", a
   * state: "is banned in Turkey"), an indefinite subject ("a deputy loses ..."), a rule it follows ("under the constitution, ...") or a condition ("if the
   * president dies, ...").
   */
  private boolean generic(SentenceGraph g, int clause) {
    boolean passive = !g.childrenBy(clause, "aux:pass").isEmpty() || !g.childrenBy(clause, "nsubj:pass").isEmpty()
        || !g.childrenBy(clause, "cop").isEmpty();
    boolean agent = g.children(clause).stream().anyMatch(d -> d.relation().equals("obl:agent")
        || d.relation().equals("obl:by"));
    if (passive && !agent) {
      return true;
    }
    for (Dependency d : g.children(clause)) {
      int c = d.dependent();
      if (d.relation().startsWith("nsubj") && genericNoun(g, c)) {
        return true;
      }
      if (d.relation().equals("obl:under") && measures.contains(g.lemma(c))) {
        return true;
      }
      if (d.relation().startsWith("advcl") && g.hasChildLemma(c, "mark", CONDITION)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A noun with an indefinite determiner ("a deputy loses his seat", "any minister"). A bare plural
   * is not enough: news tells real events in the present with one ("Police arrest dozens of
   * protesters", "Rebels attack an army base"), as headlines and ledes do.
   */
  private static boolean genericNoun(SentenceGraph g, int n) {
    List<Integer> dets = g.childrenBy(n, "det");
    return !dets.isEmpty() && dets.stream().allMatch(d -> INDEFINITE.contains(g.lemma(d)));
  }

  /**
   * A simple-present clause whose subject is a share of a people or a group ("many farmers oppose
   * the reform", "most Greeks blame the union", "many residents distrust the police": word list
   * {@code generic-quantifier}, h127): a position held, not an act done, even with an allegation verb.
   * A base form with a subject and no auxiliary is read as a present the tagger missed.
   */
  private boolean heldPosition(SentenceGraph g, int clause) {
    boolean bare = g.token(clause).pos().equals("VB") && g.children(clause).stream()
        .noneMatch(d -> d.relation().startsWith("aux") || d.relation().equals("mark"));
    if (!simplePresent(g, clause) && !bare) {
      return false;
    }
    return g.childrenBy(clause, "nsubj").stream()
        .anyMatch(n -> g.hasChildLemma(n, "amod", quantifiers) || g.hasChildLemma(n, "det", quantifiers));
  }

  private static boolean quoted(SentenceGraph g) {
    for (int i = 0; i < g.size(); i++) {
      if (QUOTES.contains(g.token(i).word()) || QUOTES.contains(g.token(i).pos())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The finite verb whose clause carries {@code head}: itself when finite; else up through
   * infinitives, participles and coordinated non-finite verbs, and from a noun to its verb; -1
   * when none is found within a few steps.
   */
  private static int finiteClause(SentenceGraph g, int head) {
    int t = head;
    for (int step = 0; step < MAX_STEPS; step++) {
      if (g.token(t).isVerb() && finite(g, t)) {
        return t;
      }
      Dependency h = g.head(t);
      if (h == null || h.governor() < 0) {
        return -1;
      }
      boolean up = g.token(t).isVerb() ? nonFiniteUp(g, t, h.relation()) : climbs(h.relation(), NOUN_UP);
      if (!up) {
        return -1;
      }
      t = h.governor();
    }
    return -1;
  }

  /**
   * An infinitive, a participle or a coordinated verb leads to its clause; an adverbial clause only
   * as a purpose ("are issued to ask ..."), not as what something is known for.
   */
  private static boolean nonFiniteUp(SentenceGraph g, int t, String relation) {
    if (relation.startsWith("advcl")) {
      return g.hasChildLemma(t, "mark", Set.of("to"));
    }
    return climbs(relation, TO_CLAUSE) && !relation.equals("acl:relcl");
  }

  /** A verb with a tense of its own: a tensed form, or an auxiliary, a copula or a passive auxiliary. */
  private static boolean finite(SentenceGraph g, int t) {
    String pos = g.token(t).pos();
    if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBD") || pos.equals("MD")) {
      return true;
    }
    return g.children(t).stream().anyMatch(d -> d.relation().startsWith("aux") || d.relation().equals("cop"));
  }

  /** The clause is the root or hangs from the root by coordination or an adverbial clause. */
  private static boolean narrators(SentenceGraph g, int clause) {
    int t = clause;
    for (int step = 0; step < MAX_STEPS; step++) {
      Dependency h = g.head(t);
      if (h == null || h.governor() < 0) {
        return true;
      }
      if (!climbs(h.relation(), TO_ROOT)) {
        return false;
      }
      t = h.governor();
    }
    return false;
  }

  private static boolean personal(SentenceGraph g, int clause) {
    for (Dependency d : g.children(clause)) {
      if (d.relation().startsWith("nsubj") && PERSONAL.contains(g.lower(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /** "must vote", "can prevent", "has to approve". */
  private boolean obligation(SentenceGraph g, int clause) {
    if (g.hasChildLemma(clause, "aux", modals)) {
      return true;
    }
    Dependency h = g.head(clause);
    return h != null && h.relation().equals("xcomp") && g.lemma(h.governor()).equals("have")
        && present(g, h.governor()) && g.childrenBy(h.governor(), "aux").isEmpty();
  }

  /** "impeaches", "is banned", "are referred", "does not apply", "can detain": present, no other auxiliary. */
  private boolean simplePresent(SentenceGraph g, int clause) {
    boolean tensed = present(g, clause);
    for (Dependency d : g.children(clause)) {
      int a = d.dependent();
      if (d.relation().equals("cop")) { // "is illegal", "is banned" read as an adjective
        tensed = present(g, a);
        if (!tensed) {
          return false;
        }
        continue;
      }
      if (!d.relation().startsWith("aux")) {
        continue;
      }
      boolean doSupport = d.relation().equals("aux") && g.lemma(a).equals("do") && present(g, a);
      boolean ability = d.relation().equals("aux") && abilities.contains(g.lemma(a)); // "police can detain"
      boolean passive = d.relation().equals("aux:pass") && (present(g, a) || abled(g, clause)); // "can be appealed"
      if (!doSupport && !passive && !ability) {
        return false;
      }
      tensed = true;
    }
    return tensed;
  }

  /** Whether the clause has a modal of ability ("cannot be appealed": the passive's "be" is untensed). */
  private boolean abled(SentenceGraph g, int clause) {
    return g.hasChildLemma(clause, "aux", abilities);
  }

  private static boolean present(SentenceGraph g, int t) {
    return BackgroundClauses.present(g.token(t).pos());
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
