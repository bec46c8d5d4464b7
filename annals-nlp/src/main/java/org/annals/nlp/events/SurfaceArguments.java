package org.annals.nlp.events;

import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.nlp.text.SentenceGraph;

/**
 * Participants found by where they stand rather than by the parse, for when the parse gives none:
 * a mention right before the trigger ("Trump having repeatedly expressed"), right after it
 * ("meeting Putin"), or beside a participant across a dash ("Russia–Ukraine talks"). Each marks
 * {@link Participants#surfaceFallback} where the guards need to know.
 *
 * <p>Stateless; thread-safe.
 */
final class SurfaceArguments {
  private SurfaceArguments() {}

  /**
   * An article or a number a surface recipient may follow ("a", "two"), right after a verb: after a
   * preposition ("tried in three Kenyan hospitals") the mention is a place or a time, not a party.
   */
  private static final Set<String> DETERMINERS = Set.of("DT", "CD");
  private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "/");

  /**
   * "Russia–Ukraine talks", "US-China trade talks": the parser attaches only one side of a dashed
   * pair to the noun; an actor written right beside a participant with only a dash between them
   * takes part in the symmetric event too.
   */
  static void dashPartner(SentenceGraph g, Mentions m, Participants p) {
    for (int t = 0; t + 2 < g.size(); t++) {
      ActorRef left = m.ref(t);
      ActorRef right = m.ref(t + 2);
      if (left == null || right == null || left.equals(right)
          || !DASHES.contains(g.token(t + 1).word())) {
        continue;
      }
      if (p.actors.contains(right) && !p.actors.contains(left)) {
        p.actor(left);
      } else if (p.actors.contains(left) && !p.actors.contains(right)) {
        p.actor(right);
      }
    }
  }

  /** "Trump having repeatedly expressed": a mention just before the trigger, only aux/adverbs between. */
  static void actor(SentenceGraph g, Mentions m, int first, Participants p) {
    for (int j = first - 1; j >= 0 && j >= first - 4; j--) {
      ActorRef r = m.ref(j);
      if (r != null) {
        if (p.recipients.stream().noneMatch(x -> Participants.same(x, r))
            && !m.placeNamed(g, j)) { // "blocked roads in Lima demanding": a place
          p.surfaceFallback = true;
          p.actor(r);
        }
        return;
      }
      String pos = g.token(j).pos();
      boolean filler = pos.equals("RB") || pos.equals("MD") || g.lemma(j).equals("have")
          || g.lemma(j).equals("be");
      if (!filler) {
        return;
      }
    }
  }

  /**
   * "meeting Putin": a mention right after the trigger, or after one article or number ("shot dead
   * a Palestinian teenager", where the parser hangs the object elsewhere).
   */
  static void recipient(SentenceGraph g, Mentions m, TriggerMatcher.Match match, Participants p) {
    int j = match.last() + 1;
    if (j < g.size() && (g.lemma(j).equals("with") || g.lemma(j).equals("to"))) {
      j++;
    }
    if (j == match.last() + 1 && j + 1 < g.size() && m.ref(j) == null
        && DETERMINERS.contains(g.token(j).pos()) && !g.token(match.last()).pos().equals("IN")) {
      j++;
    }
    ActorRef r = m.ref(j);
    if (r != null && p.actors.stream().noneMatch(a -> Participants.same(a, r))) {
      p.surfaceFallback = true;
      p.recipient(r);
    }
  }
}
