package org.annals.nlp.events;

import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * A future act of one state that a speaker of another state tells of (issue 13, helper h85): "the
 * Israeli prime minister said Iran would support terrorism with the money" is no intent of Iran
 * (PLOVER AGREE is the doer's own offer or promise), but a forecast or a charge by the speaker. An
 * event coded as an intent ({@code +intent:} in its rule) whose trigger lies in the that-clause
 * of a {@code speech-verb} whose subject is an actor of a known country, when none of the
 * event's actors is of that country, codes nothing. A speaker of the doer's side passes its
 * announcement on ("the Kremlin said Putin would visit Ankara" stays an intent of Russia).
 *
 * <p>Word lists read once; stateless otherwise; thread-safe.
 */
final class ForecastIntents {
  private static final Set<String> SPEECH = WordLists.bundled().get("speech-verb");
  private static final int REACH = 3;

  private ForecastIntents() {}

  /** Whether the intent coded at {@code head} with {@code actors} is told by a speaker of another state. */
  static boolean foreign(SentenceGraph g, Mentions mentions, int head, String rule, List<ActorRef> actors) {
    if (!rule.contains("+intent:") || actors.isEmpty() || actors.stream().anyMatch(a -> a.country() == null)) {
      return false;
    }
    int t = head;
    for (int step = 0; step < REACH; step++) {
      Dependency h = g.head(t);
      if (h == null || h.governor() < 0 || !(h.relation().equals("ccomp") || h.relation().equals("xcomp"))) {
        return false;
      }
      t = h.governor();
      if (SPEECH.contains(g.lemma(t)) && g.token(t).isVerb()) {
        for (int s : g.childrenBy(t, "nsubj")) {
          ActorRef speaker = mentions.ref(s);
          if (speaker != null && speaker.country() != null) {
            return actors.stream().noneMatch(a -> speaker.country().equals(a.country()));
          }
        }
        return false;
      }
    }
    return false;
  }
}
