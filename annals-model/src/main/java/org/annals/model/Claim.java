package org.annals.model;

import java.util.Map;

/**
 * A checkable claim an article makes about the record ("their third meeting in the last four
 * months", "the Biden administration" on a date when Biden was not president).
 *
 * @param kind count, first-since, last, duration-compare, officeholder
 * @param text the claim's words ({@code text.equals(article.text().substring(start, end))})
 * @param subject what the claim is about: event type, mode, countries, person, role (string values)
 * @param rule the extraction rule that found it
 */
public record Claim(
    String kind, String text, int start, int end, Map<String, Object> subject, String rule) {
  public Claim {
    // insertion order kept so that output is stable and reads in the producer's order
    subject = subject == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(subject));
  }
}
