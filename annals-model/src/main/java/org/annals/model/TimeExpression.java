package org.annals.model;

/**
 * A time expression as found and normalised by a temporal tagger (SUTime or Annals' own). Values
 * follow TIMEX3: {@code 2025-07-03}, {@code 2024-06}, {@code PAST_REF}, {@code P5M}, ...
 *
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value the normalised TIMEX3 value, or null when the tagger could not normalise it
 * @param tagger which tagger produced it ({@code sutime}, {@code annals})
 */
public record TimeExpression(int start, int end, String text, String type, String value, String tagger) {
  public Span span() {
    return new Span(start, end);
  }
}
