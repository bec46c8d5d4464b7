package org.annals.nlp.claims;

import java.util.List;
import java.util.Map;
import org.annals.model.Claim;

/** One family of claim patterns applied to one sentence. Implementations are thread-safe. */
interface ClaimRule {
  List<Claim> find(SentenceView sentence);

  /**
   * A cheap pre-check on the lower-cased sentence: false when the rule cannot match it (most
   * sentences), so the patterns run only where a claim is possible. By default: the sentence
   * names an event noun or verb ({@link EventNouns#KEYWORDS}), which count, first-since and last
   * claims all need.
   */
  default boolean mayMatch(String lowerCased) {
    return containsAny(lowerCased, EventNouns.KEYWORDS);
  }

  /** Whether {@code text} contains any of {@code words}. */
  static boolean containsAny(String text, List<String> words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** A claim over {@code [start, end)} of the sentence's text (article offsets in the result). */
  static Claim claim(SentenceView s, String kind, int start, int end, Map<String, Object> subject,
      String rule) {
    return new Claim(kind, s.text().substring(start, end), s.start() + start, s.start() + end,
        subject, rule);
  }
}
