package org.annals.nlp.events;

import java.util.Locale;
import java.util.Set;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Events left with no doer once every rule that finds or implies one has run (issue 13, "no
 * source": right in every field for 3 of 48 such events on the check half). Which types then code
 * nothing is data (word-lists.tsv): a type of {@code doer-needed-type} codes nothing with no doer
 * ("aid was delivered", "the talks were held": whose aid, whose talks is the event); a type of
 * {@code side-needed-type} codes nothing with neither a doer nor a recipient ("the proposal was
 * rejected", "the meeting was postponed"). An assault stays, named victim or not ("a car bomb
 * exploded outside a police station": a later sentence may name who claimed it), as a charge laid
 * or a ban lifted with no doer does: PLOVER codes them with an empty source, or a later rule
 * implies one.
 *
 * <p>Immutable; thread-safe.
 */
final class DoerlessEvents {
  /** The rule over the bundled word lists. */
  static final DoerlessEvents BUNDLED = new DoerlessEvents(WordLists.bundled());
  private final Set<String> doerNeeded;
  private final Set<String> sideNeeded;

  DoerlessEvents(WordLists lists) {
    this.doerNeeded = lists.get("doer-needed-type");
    this.sideNeeded = lists.get("side-needed-type");
  }

  /**
   * Whether an event of {@code type} with participants {@code p} codes nothing; a crime the police
   * answered ("responded to reports of a shooting", {@link CrimeScenes}) stays.
   */
  boolean drop(SentenceGraph g, TriggerMatcher.Match m, String type, Participants p) {
    if (!p.actors.isEmpty() || CrimeScenes.BUNDLED.answered(g, m)) {
      return false;
    }
    String t = type.toLowerCase(Locale.ROOT);
    return doerNeeded.contains(t) || p.recipients.isEmpty() && sideNeeded.contains(t);
  }
}
