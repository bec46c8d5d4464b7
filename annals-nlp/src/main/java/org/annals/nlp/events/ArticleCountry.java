package org.annals.nlp.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.model.ActorRef;
import org.annals.nlp.ActorMention;

/**
 * The one country an article is about, for a doer the text implies but does not place ("a suspect
 * was arrested", "both were acquitted", "he was sanctioned in 2011"): the country of the actors the
 * article names (each mention counted once, however it was resolved, a country given only from
 * context included), when it is named at least {@value #MIN_MENTIONS} times and at least
 * {@value #LEAD} times as often as any other; else none, rather than a guess among several
 * (an article about two countries names no domestic authority). Regions and international bodies
 * (codes that are not three letters, {@code IGO}) do not count.
 *
 * <p>Computed once per article from the actor mentions; immutable; thread-safe.
 */
final class ArticleCountry {
  /** The fewest mentions that make a country the article's. */
  static final int MIN_MENTIONS = 3;
  /** How many times as often as the next one the article's country must be named. */
  static final int LEAD = 2;

  private ArticleCountry() {}

  /** The dominant country of the article whose actor mentions are {@code mentions}, or null. */
  static String of(List<ActorMention> mentions) {
    Map<String, Integer> counts = new HashMap<>();
    for (ActorMention m : mentions) {
      for (ActorRef r : m.members()) {
        if (state(r.country())) {
          counts.merge(r.country(), 1, Integer::sum);
        }
      }
    }
    String best = null;
    int most = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        second = most;
        most = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return most >= MIN_MENTIONS && most >= LEAD * second ? best : null;
  }

  /** Whether {@code c} is the code of one state: three letters, not an international body. */
  static boolean state(String c) {
    return c != null && c.length() == 3 && !c.equals("IGO") && !c.equals("NGO");
  }

  /** The one state all of {@code actors} are of, or null (none, a region or body, or several). */
  static String oneState(List<ActorRef> actors) {
    String one = null;
    for (ActorRef a : actors) {
      String c = a.country();
      if (!state(c) || one != null && !one.equals(c)) {
        return null;
      }
      one = c;
    }
    return one;
  }
}
