package org.annals.nlp.claims;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.nlp.claims.Periods.Period;

/**
 * Time windows that follow a claim's head: "in the past five months", "this year", "since
 * February", and (for first-since claims) "in nearly three years". Compiled once; pure and
 * thread-safe.
 */
final class Windows {
  /** Longest stretch of words allowed between a claim's head and its window ("with Putin"). */
  static final int MAX_GAP = 60;

  private static final Pattern WINDOW = Pattern.compile("\\b(?:"
      + "(?<past>(?:in|over|during|within|for)\\s+the\\s+(?:past|last|previous)\\s+"
      + "(?:(?<pq>" + Periods.QUALIFIER + ")\\s+)?(?:(?<pn>" + Numbers.CARDINAL + ")\\s+)?"
      + "(?<pu>" + Periods.UNIT + "))"
      + "|(?<this>(?:so\\s+far\\s+)?this\\s+(?<tu>year|month|week)(?:\\s+so\\s+far)?)"
      + "|(?<since>since\\s+(?:(?:early|late|mid-?)\\s*)?(?<sd>" + Periods.DATE + "))"
      + "|(?<after>since\\s+(?:[\\p{L}'\u2019-]+\\s+){1,6}?(?:in|on)\\s+(?<ad>" + Periods.DATE + "))"
      + "|(?<span>in\\s+(?:(?<sq>" + Periods.QUALIFIER + ")\\s+)?(?<sn>" + Numbers.CARDINAL + ")\\s+"
      + "(?<su>" + Periods.UNIT + "))"
      + ")\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern GAP_BREAK = Pattern.compile("[,.;:!?()\\u2013\\u2014\"\\u201c\\u201d]");

  /**
   * A window found in a sentence.
   *
   * @param start offset of the window phrase in the searched text
   * @param end end of the window phrase
   * @param from first day of the window
   * @param to last day (the reference date)
   * @param qualifier nearly, about, more than, less than, or null
   * @param since for "since DATE": the named period; null otherwise
   * @param span whether it is a bare span ("in three years")
   */
  record Found(int start, int end, LocalDate from, LocalDate to, String qualifier, Period since,
      boolean span) {}

  private Windows() {}

  /**
   * The first window phrase after {@code from} in {@code text}, if it starts within
   * {@link #MAX_GAP} characters with no punctuation in between.
   *
   */
  static Optional<Found> after(String text, int from, LocalDate ref) {
    Matcher m = WINDOW.matcher(text);
    if (!m.find(from) || m.start() - from > MAX_GAP
        || GAP_BREAK.matcher(text.substring(from, m.start())).find()) {
      return Optional.empty();
    }
    return build(m, ref);
  }

  /** Any "since DATE" window anywhere in {@code text} at or after {@code from}. */
  static Optional<Found> sinceAnywhere(String text, int from, LocalDate ref) {
    Matcher m = WINDOW.matcher(text);
    int pos = from;
    while (m.find(pos)) {
      if (m.group("since") != null || m.group("after") != null) {
        return build(m, ref);
      }
      pos = m.end();
    }
    return Optional.empty();
  }

  private static Optional<Found> build(Matcher m, LocalDate ref) {
    if (m.group("past") != null) {
      return relative(m, ref, m.group("pq"), m.group("pn"), m.group("pu"), false);
    }
    if (m.group("span") != null) {
      return relative(m, ref, m.group("sq"), m.group("sn"), m.group("su"), true);
    }
    if (m.group("this") != null) {
      String unit = m.group("tu").toLowerCase(Locale.ROOT);
      LocalDate from = unit.equals("year") ? ref.withDayOfYear(1)
          : unit.equals("month") ? ref.withDayOfMonth(1) : ref.with(DayOfWeek.MONDAY);
      return Optional.of(new Found(m.start(), m.end(), from, ref, null, null, false));
    }
    String date = m.group("sd") != null ? m.group("sd") : m.group("ad");
    return Periods.resolve(date, ref).filter(p -> p.start().isBefore(ref))
        .map(p -> new Found(m.start(), m.end(), p.start(), ref, null, p, false));
  }

  private static Optional<Found> relative(Matcher m, LocalDate ref, String qualifier,
      String number, String unit, boolean span) {
    if (number == null && unit.toLowerCase(Locale.ROOT).endsWith("s")) {
      return Optional.empty(); // "in the past months": no amount
    }
    OptionalInt n = number == null ? OptionalInt.of(1) : Numbers.cardinal(number);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    LocalDate from = Periods.minus(ref, n.getAsInt(), unit);
    return Optional.of(new Found(m.start(), m.end(), from, ref, Periods.qualifier(qualifier),
        null, span));
  }
}
