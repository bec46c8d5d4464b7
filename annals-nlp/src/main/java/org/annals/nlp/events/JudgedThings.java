package org.annals.nlp.events;

import java.util.Set;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;

/**
 * Where a built-in judgement names the thing it judges, beyond its verb's object (h82, "missing
 * target" of reactions): a naming's "to" phrase ("referred to the vote as a hoax"; entries with
 * {@link LexiconEntry.Flag#COMPLEMENT_TARGET}) and a verdict's subject ("said the measure was
 * nowhere near enough"; {@link LexiconEntry.Flag#SUBJ_TARGET}, whose head is the predicate); and
 * the act noun a parser hung under a definite article it made the object ("called [the] stabbing
 * an act of barbarity": "the" as object, "stabbing" as its modifier). {@link ActAuthors} reads the
 * thing as an act the article reported; {@link DomesticRecipients} as a matter at home.
 *
 * <p>Stateless; thread-safe.
 */
final class JudgedThings {
  private static final Set<String> TO = Set.of("obl:to", "nmod:to");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that");
  /** How a parser hangs the noun under an article it made the head: a modifier or a loose dependent. */
  private static final Set<String> UNDER = Set.of("amod", "compound", "dep");

  private JudgedThings() {}

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
