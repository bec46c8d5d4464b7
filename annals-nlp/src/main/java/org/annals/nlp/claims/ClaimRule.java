package org.annals.nlp.claims;

import java.util.List;
import java.util.Map;
import org.annals.model.Claim;

/** One family of claim patterns applied to one sentence. Implementations are thread-safe. */
interface ClaimRule {
  List<Claim> find(SentenceView sentence);

  /** A claim over {@code [start, end)} of the sentence's text (article offsets in the result). */
  static Claim claim(SentenceView s, String kind, int start, int end, Map<String, Object> subject,
      String rule) {
    return new Claim(kind, s.text().substring(start, end), s.start() + start, s.start() + end,
        subject, rule);
  }
}
