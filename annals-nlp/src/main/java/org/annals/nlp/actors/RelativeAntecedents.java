package org.annals.nlp.actors;

import java.util.List;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.nlp.ActorMention;

/**
 * "drew anger in Manila, which said it would file a protest": a pronoun ("it", "its", "they",
 * "their") of a relative clause whose relative pronoun is its subject, or of a clause that reports
 * or continues it, refers to the noun the relative clause hangs from, when an actor of this
 * sentence covers that noun (h132; rule {@code +relative-antecedent}); not to the sentence's
 * subject, which the article's pronoun memory would take.
 *
 * <p>Stateless; thread-safe.
 */
final class RelativeAntecedents {
  private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "they", "their", "them");
  private static final Set<String> RELATIVES = Set.of("which", "who", "that");
  /** How a parser hangs a relative clause: from its noun, or (misparsed) from the main verb. */
  private static final Set<String> LINKS = Set.of("acl:relcl", "dep");
  /** How a clause under the relative clause hangs from it ("said it would", "vowed to"). */
  private static final Set<String> INNER = Set.of("ccomp", "xcomp", "conj");
  private static final Set<String> ARGUMENT = Set.of("nsubj", "nsubj:pass", "nmod:poss", "obj");

  private RelativeAntecedents() {}

  /** The pronoun piece resolved to the relative clause's antecedent, or null. */
  static Piece of(Sentence s, Piece pronoun, List<ActorMention> found) {
    int t = pronoun.first();
    if (!GROUP_PRONOUNS.contains(s.tokens().get(t).word().toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    Dependency d = head(s, t);
    if (d != null && d.relation().equals("nmod:poss")) {
      d = head(s, d.governor()); // "which recalled its ambassador": the owned noun's verb
    }
    if (d == null || !ARGUMENT.contains(d.relation())) {
      return null;
    }
    for (int clause = d.governor(), steps = 0; steps < 4; steps++) {
      Dependency up = head(s, clause);
      if (up == null) {
        return null;
      }
      int relative = LINKS.contains(up.relation()) ? relativeSubject(s, clause, up) : -1;
      if (relative >= 0) {
        int before = relative > 0 && s.tokens().get(relative - 1).word().equals(",") ? relative - 2 : relative - 1;
        Piece p = covering(s, pronoun, found, before); // "Manila, which": the noun just before it
        return p != null || !up.relation().equals("acl:relcl") ? p : covering(s, pronoun, found, up.governor());
      }
      if (!INNER.contains(up.relation())) {
        return null;
      }
      clause = up.governor();
    }
    return null;
  }

  private static Piece covering(Sentence s, Piece pronoun, List<ActorMention> found, int noun) {
    for (ActorMention m : found) {
      if (noun >= 0 && m.sentence() == s.index() && m.firstToken() <= noun && noun <= m.lastToken()
          && m.ref().country() != null) {
        return new Piece(pronoun.first(), pronoun.last(), Piece.Kind.PRONOUN, null, null, null,
            pronoun.rule() + "+relative-antecedent", null, m.ref());
      }
    }
    return null;
  }

  /**
   * The relative pronoun ("which", "who"; tagged W..) that is the clause's subject, or -1: its own
   * subject, or (enhanced graph) the {@code ref} of the noun the clause hangs from when no other
   * subject is the clause's.
   */
  private static int relativeSubject(Sentence s, int clause, Dependency link) {
    boolean otherSubject = false;
    for (Dependency d : s.dependencies()) {
      if (d.governor() == clause && d.relation().startsWith("nsubj")) {
        if (relative(s, d.dependent())) {
          return d.dependent();
        }
        otherSubject |= d.dependent() != link.governor();
      }
    }
    for (Dependency d : link.relation().equals("acl:relcl") && !otherSubject ? s.dependencies() : List.<Dependency>of()) {
      if (d.governor() == link.governor() && d.relation().equals("ref") && relative(s, d.dependent())) {
        return d.dependent();
      }
    }
    return -1;
  }

  private static boolean relative(Sentence s, int t) {
    return s.tokens().get(t).pos().startsWith("W")
        && RELATIVES.contains(s.tokens().get(t).word().toLowerCase(java.util.Locale.ROOT));
  }

  private static Dependency head(Sentence s, int t) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == t) {
        return d;
      }
    }
    return null;
  }
}
