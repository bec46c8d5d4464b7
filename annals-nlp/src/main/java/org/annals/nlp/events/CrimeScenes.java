package org.annals.nlp.events;

import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.model.Location;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * The attack a crime report opens with, named only as what the police answered (issue 13, helper
 * h95, crime narratives): "police responded to reports of a shooting at a party", "officers were
 * called to a stabbing in the park", "arrived at the scene of a shooting". The attack noun has no
 * doer (who did it is not yet known), so the guards that want an actor for an event noun would drop
 * it; here the noun is the event itself.
 *
 * <ul>
 *   <li>{@link #reported}: a singular ASSAULT noun with an indefinite article ("a shooting", not "the
 *       shootings" nor "the attack" told again) that is the "of" phrase of a {@code crime-report-noun}
 *       (reports, news, scene, ...) or the "to" phrase of a {@code crime-response-verb} (respond,
 *       call, rush, ...), itself or through such a noun. With a definite article ("responded to
 *       the shooting", {@link #answered} only) it tells again an attack told before: no event, and
 *       never one done by whoever answered it.</li>
 *   <li>{@link #confessed}: an act named in what someone confessed to ({@code confession-verb}:
 *       "confessed to strangling her") is the confession's content, told as fact where the article
 *       reports it; it codes nothing.</li>
 *   <li>{@link #placeVictims}: whoever answered (the subject of the response) is not its doer; with
 *       no one named as harmed, the people of the event's place undergo it (recipient rule
 *       {@code crime-scene>place-target>...}).</li>
 * </ul>
 *
 * <p>Word lists are read once at construction; immutable and thread-safe.
 */
final class CrimeScenes {
  /** The bundled word lists' instance. */
  static final CrimeScenes BUNDLED = new CrimeScenes(WordLists.bundled());

  private static final Set<String> INDEFINITE = Set.of("a", "an", "another");
  /** How many heads up a confession verb is looked for. */
  private static final int REACH = 3;
  /** Relations climbed from a confessed act to the confession ("to" phrases the parser hangs loosely). */
  private static final Set<String> CLIMB = Set.of("dep", "advcl", "xcomp", "ccomp", "obl", "nmod", "case");

  private final Set<String> reportNouns;
  private final Set<String> responseVerbs;
  private final Set<String> confessions;

  CrimeScenes(WordLists lists) {
    this.reportNouns = lists.get("crime-report-noun");
    this.responseVerbs = lists.get("crime-response-verb");
    this.confessions = lists.get("confession-verb");
  }

  /**
   * Whether the trigger, an attack noun the police answered ({@link #answered}), is told first ("a
   * shooting", not "the shooting"): the attack itself (class comment).
   */
  static boolean toldFirst(SentenceGraph g, TriggerMatcher.Match m) {
    return indefinite(g, m.head());
  }

  /** Whether the trigger is an attack noun the police answered, told first (class comment). */
  private boolean reported(SentenceGraph g, TriggerMatcher.Match m) {
    return answered(g, m) && toldFirst(g, m);
  }

  /**
   * Whether the trigger is an attack noun the police answered or reports tell of, with any article:
   * "responded to the shooting" tells again an attack told before, whose doer the police are not.
   */
  boolean answered(SentenceGraph g, TriggerMatcher.Match m) {
    int noun = m.head();
    String pos = g.token(noun).pos();
    if (!"ASSAULT".equals(m.entry().event()) || !(pos.equals("NN") || pos.equals("VBG"))
        || g.childrenBy(noun, "det").isEmpty()) { // "a stabbing" the parser may tag as a gerund
      return false;
    }
    Dependency h = g.head(noun);
    if (h == null || h.governor() < 0) {
      return false;
    }
    if (h.relation().equals("nmod:of") && reportNouns.contains(g.lemma(h.governor()))) {
      return true; // "reports of a shooting", "the scene of a stabbing"
    }
    return h.relation().equals("obl:to") && responseVerbs.contains(g.lemma(h.governor()))
        && g.token(h.governor()).isVerb(); // "were called to a stabbing"
  }

  /**
   * Whether the trigger is an act named by a {@code confession-verb} within {@link #REACH} heads
   * ("confessed to killing his sister by strangling her"): the content of a confession.
   */
  boolean confessed(SentenceGraph g, TriggerMatcher.Match m) {
    int t = m.head();
    for (int step = 0; step < REACH; step++) {
      Dependency h = g.head(t);
      if (h == null || h.governor() < 0 || !CLIMB.contains(h.relation().split(":")[0])) {
        return false;
      }
      t = h.governor();
      if (confessions.contains(g.lemma(t)) && g.token(t).isVerb() && !m.covers(t)) {
        return true;
      }
    }
    return false;
  }

  /** "reports of a shooting in Lyon": the people of the place undergo it when no one else is named. */
  void placeVictims(SentenceGraph g, TriggerMatcher.Match m, Participants p, Location loc) {
    if (!reported(g, m)) {
      return;
    }
    // "officers were called to a shooting": not its doers; "a shooting by a guard": its doer
    p.actors.removeIf(a -> !g.phraseCovers(m.head(), d -> true, a.start(), a.end()));
    ActorRef people = Participants.peopleOf(loc);
    if (p.recipients.isEmpty() && people != null) {
      p.recipient(people.withRule("crime-scene>" + people.rule()));
    }
  }

  private static boolean indefinite(SentenceGraph g, int noun) {
    return g.childrenBy(noun, "det").stream().anyMatch(d -> INDEFINITE.contains(g.lower(d)));
  }
}
