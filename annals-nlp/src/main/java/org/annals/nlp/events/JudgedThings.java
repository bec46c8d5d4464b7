package org.annals.nlp.events;

import java.util.List;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Where a built-in judgement names the thing it judges, beyond its verb's object (h82, "missing
 * target" of reactions): a naming's "to" phrase ("referred to the vote as a hoax"; entries with
 * {@link LexiconEntry.Flag#COMPLEMENT_TARGET}) and a verdict's subject ("said the measure was
 * nowhere near enough"; {@link LexiconEntry.Flag#SUBJ_TARGET}, whose head is the predicate); and
 * the act noun a parser hung under a definite article it made the object ("called [the] stabbing
 * an act of barbarity": "the" as object, "stabbing" as its modifier). {@link ActAuthors} reads the
 * thing as an act the article reported; {@link DomesticRecipients} as a matter at home.
 *
 * <p>A judged thing that is no actor may name its author ({@link #author}): the "by" phrase of a
 * participle ("the referendum organised by Russia", "the measures taken by Chile"; not of a verb
 * of {@code undergoing-verb}: "the losses suffered by the army" name who underwent them), or the
 * subject of an active relative clause with no object of its own ("the budget (that) the
 * government presented"; as the parser's complement clause with "that" only for a verb of {@code
 * authoring-verb}: "claims that Russia interfered" says what is claimed, not who claimed it).
 *
 * <p>Immutable after construction; thread-safe.
 */
final class JudgedThings {
  private static final Set<String> TO = Set.of("obl:to", "nmod:to");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that");
  /** How a parser hangs the noun under an article it made the head: a modifier or a loose dependent. */
  private static final Set<String> UNDER = Set.of("amod", "compound", "dep");
  /** Relative words that stand for the thing itself in its relative clause. */
  private static final Set<String> RELATIVE = Set.of("that", "which", "what");
  private final Set<String> undergoing;
  private final Set<String> authoring;

  JudgedThings(WordLists lists) {
    this.undergoing = lists.get("undergoing-verb");
    this.authoring = lists.get("authoring-verb");
  }

  /** The phrase that names a judged thing's author, and the rule that found it. */
  record Author(int token, String rule) {}

  /** The author a judged thing names ({@code +act-by:participle} or {@code +act-by:relative}), or null. */
  Author author(SentenceGraph g, int thing) {
    for (Dependency d : g.children(thing)) {
      int v = d.dependent();
      List<Integer> by = d.relation().equals("acl") && g.token(v).pos().equals("VBN")
          && !undergoing.contains(g.lemma(v)) ? ParticipantGuards.byDoers(g, v) : List.of();
      if (!by.isEmpty()) {
        return new Author(by.get(0), "+act-by:participle"); // "the referendum organised by Russia"
      }
      boolean relative = d.relation().equals("acl:relcl") // a content clause only of an authoring verb
          || d.relation().equals("ccomp") && authoring.contains(g.lemma(v)) && relativeWord(g, thing, v);
      if (relative && v > thing && g.token(v).isVerb() && !undergoing.contains(g.lemma(v)) && gap(g, v)) {
        for (Dependency s : g.children(v)) {
          if (s.relation().equals("nsubj") && !RELATIVE.contains(g.lower(s.dependent()))) {
            return new Author(s.dependent(), "+act-by:relative"); // "the budget the government presented"
          }
        }
      }
    }
    return null;
  }

  /**
   * The "by" phrase of a bare participle the parser made a clause ("condemned [the strikes carried
   * out by X]": a VBN, or a VBD with no object, with a subject but no auxiliary, copula or
   * subordinator), or -1.
   */
  int misparsedParticiple(SentenceGraph g, int clause) {
    String pos = g.token(clause).pos();
    boolean participle = pos.equals("VBN") || pos.equals("VBD") && g.childrenBy(clause, "obj").isEmpty();
    if (!participle || undergoing.contains(g.lemma(clause))) {
      return -1;
    }
    for (Dependency d : g.children(clause)) {
      if (d.relation().startsWith("aux") || d.relation().equals("cop") || d.relation().equals("mark")) {
        return -1; // "that the town was shelled by X": a clause of its own, an allegation
      }
    }
    List<Integer> by = ParticipantGuards.byDoers(g, clause);
    return by.isEmpty() ? -1 : by.get(0);
  }


  /** Whether a "that" or "which" between the thing and the clause's verb opens the clause (not as its subject). */
  private static boolean relativeWord(SentenceGraph g, int thing, int verb) {
    for (Dependency d : g.children(verb)) {
      int w = d.dependent();
      if (w > thing && w < verb && RELATIVE.contains(g.lower(w)) && (d.relation().equals("mark") || d.relation().equals("dep"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an active clause lacks the object the thing fills: no object but, at most, the relative
   * word, no passive and no clause of its own ("claims that the town was shelled" is what is claimed).
   */
  private static boolean gap(SentenceGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      String rel = d.relation();
      if (rel.equals("obj") && !RELATIVE.contains(g.lower(d.dependent())) || rel.equals("nsubj:pass")
          || rel.equals("aux:pass") || rel.equals("ccomp") || rel.equals("xcomp")) {
        return false;
      }
    }
    return true;
  }

  /** Whether a dependent of the trigger's head by {@code relation} is what {@code entry} judges. */
  static boolean judging(String relation, LexiconEntry entry) {
    return entry.flags().contains(LexiconEntry.Flag.COMPLEMENT_TARGET) && TO.contains(relation)
        || entry.flags().contains(LexiconEntry.Flag.SUBJ_TARGET) && relation.equals("nsubj");
  }

  /**
   * The noun right after a definite article the parser made a phrase's head ("the" with
   * "stabbing" as its modifier), or -1 when {@code t} is no such article.
   */
  static int underArticle(SentenceGraph g, int t) {
    if (!g.token(t).pos().equals("DT") || !DEFINITE.contains(g.lower(t)) || t + 1 >= g.size()) {
      return -1;
    }
    for (Dependency d : g.children(t)) {
      String pos = g.token(d.dependent()).pos();
      if (d.dependent() == t + 1 && UNDER.contains(d.relation()) && (pos.equals("NN") || pos.equals("VBG"))) {
        return t + 1;
      }
    }
    return -1;
  }
}
