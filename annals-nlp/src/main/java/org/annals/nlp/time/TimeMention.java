package org.annals.nlp.time;

import org.annals.model.TimeExpression;

/**
 * A time expression produced by {@link TimeTagger} with the rule that produced or corrected it
 * ({@code time:sutime} when SUTime's reading was kept) and its token range in the sentence
 * ({@code [firstToken, lastToken]}, inclusive).
 */
public record TimeMention(TimeExpression timex, String rule, int sentence, int firstToken, int lastToken) {
  public String value() {
    return timex.value();
  }
}
