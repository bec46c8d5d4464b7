package org.annals.model;

/**
 * The date of one event.
 *
 * @param value ISO date ({@code 2025-07-03}), ISO week ({@code 2025-W27}: Monday 2025-06-30 to
 *     Sunday 2025-07-06), month ({@code 2024-06}), year ({@code 2024}),
 *     {@code before 2025-07-03}, or null when nothing is known
 * @param expression the time expression it came from (offsets into the article), or null
 * @param rule the rule that produced it, e.g. {@code time:weekday-before-publication}, {@code time:anchor:during}
 */
public record EventDate(
    String value, Precision precision, DateBasis basis, Span expression, String rule) {

  public static EventDate unknown() {
    return new EventDate(null, Precision.UNKNOWN, DateBasis.UNKNOWN, null, "time:none");
  }
}
