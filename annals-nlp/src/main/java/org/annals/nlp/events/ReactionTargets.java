package org.annals.nlp.events;

import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;

/**
 * A reaction told in a clause hung from whoever reacts, to what the sentence's subject did (h132):
 * "Beijing's moves drew anger in Manila, which said it would file a protest", "the raid angered
 * Jordan, which recalled its ambassador", "Chinese warships sailed near Japan, prompting Tokyo to
 * lodge a protest". When the reaction (an accusation, rejection, protest, sanction, demand or
 * threat) has no recipient, the country of the main clause's subject, its possessor or its
 * nationality adjective is the recipient, unless it is the reacting actor's.
 *
 * <ul>
 *   <li>{@code +reaction:relative} — the trigger's clause is, or reports or continues, a relative
 *       clause whose relative pronoun is its subject, hung from a noun of the main clause.</li>
 *   <li>{@code +reaction:prompted} — the trigger's clause is the infinitive of a participle of
 *       consequence ({@code reaction-verb}: "prompting", "leading") hung from the main clause.</li>
 * </ul>
 *
 * <p>Immutable after construction; thread-safe.
 */
final class ReactionTargets {
  private static final Set<String> TYPES = Set.of("ACCUSE", "REJECT", "PROTEST", "SANCTION", "REQUEST",
      "THREATEN");
  private static final Set<String> RELATIVES = Set.of("which", "who", "that");
  /** How a parser hangs a relative clause: from its noun, or (misparsed) from the main verb. */
  private static final Set<String> RELATIVE_LINKS = Set.of("acl:relcl", "dep");
  private static final Set<String> INNER = Set.of("ccomp", "xcomp", "conj");
  private static final Set<String> OWNER = Set.of("nmod:poss", "amod", "compound");
  private final Set<String> consequence;

  /** The instance over the bundled word lists. */
  static final ReactionTargets BUNDLED = new ReactionTargets(org.annals.nlp.text.WordLists.bundled());

  ReactionTargets(org.annals.nlp.text.WordLists lists) {
    this.consequence = lists.get("reaction-verb");
  }

  /** Adds the main subject's country as the recipient of {@code m}, when {@code p} has none. */
  void fill(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, String event, Participants p) {
    if (!ownOnly(p) || p.actors.isEmpty() || !TYPES.contains(event) || m.entry().symmetric()) {
      return;
    }
    int clause = m.head();
    for (int steps = 0; steps < 4; steps++) {
      Dependency up = g.head(clause);
      if (up == null) {
        return;
      }
      boolean relative = RELATIVE_LINKS.contains(up.relation()) && relativeSubject(g, clause, up) >= 0;
      boolean prompted = up.relation().equals("xcomp") && consequence.contains(g.lower(up.governor()));
      if (relative || prompted) {
        int main = !relative ? (g.head(up.governor()) == null ? -1 : g.head(up.governor()).governor())
            : up.relation().equals("dep") ? up.governor() : verbOf(g, up.governor());
        add(g, mentions, main, relative ? "+reaction:relative" : "+reaction:prompted", p);
        return;
      }
      if (!INNER.contains(up.relation())) {
        return;
      }
      clause = up.governor();
    }
  }

  private void add(SentenceGraph g, Mentions mentions, int main, String rule, Participants p) {
    if (main < 0) {
      return;
    }
    for (int subject : g.childrenBy(main, "nsubj")) {
      ActorRef r = owner(g, mentions, subject);
      if (r != null && p.foreign(r)) {
        p.recipients.clear(); // "which recalled its ambassador": not its own envoy
        p.recipient(r.withRule(r.rule() + rule));
      }
    }
  }

  /** The actor a subject names, itself or through its possessor, adjective or compound. */
  private static ActorRef owner(SentenceGraph g, Mentions mentions, int subject) {
    ActorRef r = mentions.ref(subject);
    for (Dependency d : g.children(subject)) {
      if (r == null && OWNER.contains(d.relation())) {
        r = mentions.ref(d.dependent());
      }
    }
    return r;
  }

  /** The verb a noun of the main clause hangs from (through at most two nouns), or -1. */
  private static int verbOf(SentenceGraph g, int noun) {
    int t = noun;
    for (int i = 0; i < 3; i++) {
      Dependency d = g.head(t);
      if (d == null) {
        return -1;
      }
      if (g.token(d.governor()).pos().startsWith("VB")) {
        return d.governor();
      }
      t = d.governor();
    }
    return -1;
  }

  /**
   * The relative pronoun that is the clause's subject, or -1: its own subject, or (enhanced
   * graph) the {@code ref} of the noun the clause hangs from when that noun is the clause's
   * subject or the clause has none.
   */
  static int relativeSubject(SentenceGraph g, int clause, Dependency link) {
    List<Integer> subjects = g.childrenBy(clause, "nsubj");
    for (int t : subjects) {
      if (relative(g, t)) {
        return t;
      }
    }
    if (!link.relation().equals("acl:relcl")
        || subjects.stream().anyMatch(t -> t != link.governor())) {
      return -1;
    }
    return g.childrenBy(link.governor(), "ref").stream().filter(t -> relative(g, t)).findFirst().orElse(-1);
  }

  private static boolean relative(SentenceGraph g, int t) {
    return RELATIVES.contains(g.lower(t)) && g.token(t).pos().startsWith("W");
  }

  /** No recipient yet, or only ones of the actor's own country ("recalled its ambassador"). */
  private static boolean ownOnly(Participants p) {
    return p.recipients.stream().allMatch(r -> r.country() != null && !p.foreign(r));
  }
}
