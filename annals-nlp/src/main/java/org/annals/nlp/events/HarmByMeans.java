package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;

/**
 * The harm a coded violent act did is that act, not a second event ("a car bomb killed five
 * soldiers", "militants bombed a station, killing four", "went on a shooting spree, killing
 * twelve"): run by {@link EventCoder} over one sentence's coded events before they are kept.
 *
 * <p>Stateless; thread-safe (the caller owns the map of coded events).
 */
final class HarmByMeans {
  private HarmByMeans() {}

  /**
   * "A car bomb killed five soldiers": the harm done by a violent act that is itself coded is that
   * act, not a second event: the harm verb, with no doer of its own (none, or only an actor named
   * inside the act's phrase: "an attack in Mali killed"), is dropped, and the act takes its
   * recipients when it has none ({@code +harm:} in its rule).
   */
  static void apply(SentenceGraph g, List<TriggerMatcher.Match> matches,
      Map<TriggerMatcher.Match, CodedEvent> built) {
    for (TriggerMatcher.Match m : matches) {
      CodedEvent harm = built.get(m);
      if (harm == null || !harm.event().equals("ASSAULT")) {
        continue;
      }
      TriggerMatcher.Match told = tollOf(g, m, harm, matches, built);
      if (told != null) { // "went on a shooting spree in a mall, killing twelve": the spree's toll
        merge(built, told, m, harm);
        continue;
      }
      for (int subject : harmSubjects(g, m.head())) {
        if (!harm.actors().stream().allMatch(a -> inside(g, subject, a))) {
          continue; // the harm verb has a doer of its own
        }
        for (TriggerMatcher.Match act : matches) {
          CodedEvent means = act == m ? null : built.get(act);
          if (means != null && act.covers(subject) && means.event().equals("ASSAULT")) {
            merge(built, act, m, harm);
          }
        }
      }
    }
  }

  /** The harm {@code m} is told by the act {@code act}: dropped, its recipients given to the act when it has none. */
  private static void merge(Map<TriggerMatcher.Match, CodedEvent> built, TriggerMatcher.Match act,
      TriggerMatcher.Match m, CodedEvent harm) {
    CodedEvent means = built.get(act);
    if (means.recipients().isEmpty()) {
      built.put(act, means.withParticipants(means.actors(), harm.recipients())
          .withEvidence(means.evidence().withRuleSuffix("+harm:" + harm.evidence().rule())));
    }
    built.remove(m);
  }

  /**
   * A harm participle after a comma ("..., killing twelve") told of an earlier violent act of the
   * same doers in the sentence: the act it tells the toll of, or null.
   */
  private static TriggerMatcher.Match tollOf(SentenceGraph g, TriggerMatcher.Match m, CodedEvent harm,
      List<TriggerMatcher.Match> matches, Map<TriggerMatcher.Match, CodedEvent> built) {
    int h = m.head();
    if (h < 1 || !g.token(h).pos().equals("VBG") || !g.token(h - 1).word().equals(",")
        || !g.childrenBy(h, "nsubj").isEmpty()) {
      return null;
    }
    for (TriggerMatcher.Match act : matches) {
      CodedEvent means = act == m ? null : built.get(act);
      if (means != null && act.last() < h && means.event().equals("ASSAULT")
          && means.actors().equals(harm.actors())) {
        return act;
      }
    }
    return null;
  }

  /**
   * The subjects of a harm verb: its own, else, for a verb joined by "and" or a participle, those of
   * the verb it hangs from ("Bombs exploded ..., killing nine"; "the blast killed six and injured
   * 40"), one step up, and for a participle that verb itself, when it is the act ("militants bombed a
   * station, killing four") (h143).
   */
  private static List<Integer> harmSubjects(SentenceGraph g, int verb) {
    List<Integer> own = g.childrenBy(verb, "nsubj");
    Dependency up = g.head(verb);
    if (!own.isEmpty() || !g.childrenBy(verb, "nsubj:pass").isEmpty() || up == null || up.governor() < 0) {
      return own;
    }
    boolean participle = g.token(verb).pos().equals("VBG") // ", killing nine": often parsed as dep
        && (SentenceGraph.matches(up.relation(), "advcl") || up.relation().equals("dep"));
    if (participle) { // "militants bombed a station, killing four": the participle tells the bombing's toll
      List<Integer> out = new ArrayList<>(g.childrenBy(up.governor(), "nsubj"));
      out.add(up.governor());
      return out;
    }
    return SentenceGraph.matches(up.relation(), "conj") ? g.childrenBy(up.governor(), "nsubj") : own;
  }

  /**
   * Whether actor {@code a} was named inside the phrase of {@code subject} ("an attack on a base in
   * Mali killed ten soldiers": Mali is where the attack was, not a doer of the killing).
   */
  private static boolean inside(SentenceGraph g, int subject, ActorRef a) {
    return g.phraseCovers(subject, d -> !d.relation().startsWith("acl"), a.start(), a.end());
  }

}
