package org.annals.nlp.claims;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar phrases of claims ("June 14", "February", "2022", "five months") resolved against a
 * reference date (the publication date or the date of the event a claim is about). Patterns are
 * compiled once; pure and thread-safe.
 */
final class Periods {
  static final String MONTH = "(?:January|February|March|April|May|June|July|August|September"
      + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
  static final String UNIT = "(?:days?|weeks?|months?|years?|decades?)";
  static final String QUALIFIER = "(?:nearly|almost|about|around|roughly|some|more\\s+than|over"
      + "|less\\s+than|under|close\\s+to|just\\s+over|just\\s+under)";
  /** A date phrase: June 14[, 2025] | 14 June [2025] | June [2025] | 2022. */
  static final String DATE = "(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
      + "|\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4})?"
      + "|" + MONTH + "(?:\\s+(?:of\\s+)?\\d{4})?"
      + "|(?:19|20)\\d{2})";

  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun",
      "jul", "aug", "sep", "oct", "nov", "dec");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(\\d{1,2})\\s+(" + MONTH + ")(?:\\s+(\\d{4}))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "(" + MONTH + ")(?:\\s+(?:of\\s+)?(\\d{4}))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  /**
   * A resolved calendar period.
   *
   * @param label ISO date, month (2025-06) or year (2022)
   */
  record Period(LocalDate start, LocalDate end, String label) {}

  private Periods() {}

  /**
   * Resolves a {@link #DATE} phrase; without a year it is the latest such date on or before
   * {@code ref}.
   */
  static Optional<Period> resolve(String phrase, LocalDate ref) {
    String p = phrase.strip();
    Matcher m;
    if ((m = MONTH_DAY.matcher(p)).matches()) {
      return day(month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), ref);
    }
    if ((m = DAY_MONTH.matcher(p)).matches()) {
      return day(month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), ref);
    }
    if ((m = MONTH_YEAR.matcher(p)).matches()) {
      int month = month(m.group(1));
      YearMonth ym = m.group(2) != null ? YearMonth.of(Integer.parseInt(m.group(2)), month)
          : latest(YearMonth.of(ref.getYear(), month), YearMonth.from(ref));
      return Optional.of(new Period(ym.atDay(1), ym.atEndOfMonth(), ym.toString()));
    }
    if ((m = YEAR.matcher(p)).matches()) {
      int y = Integer.parseInt(m.group(1));
      return Optional.of(new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), m.group(1)));
    }
    return Optional.empty();
  }

  /** {@code ref} minus {@code n} units (day, week, month, year, decade). */
  static LocalDate minus(LocalDate ref, int n, String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("day")) {
      return ref.minusDays(n);
    }
    if (u.startsWith("week")) {
      return ref.minusWeeks(n);
    }
    if (u.startsWith("month")) {
      return ref.minusMonths(n);
    }
    if (u.startsWith("decade")) {
      return ref.minusYears(10L * n);
    }
    return ref.minusYears(n);
  }

  /** The normalised hedge: nearly, about, more than, less than; null for none. */
  static String qualifier(String q) {
    if (q == null) {
      return null;
    }
    String s = q.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (s.equals("almost") || s.equals("nearly") || s.equals("close to") || s.equals("just under")) {
      return "nearly";
    }
    if (s.contains("more") || s.contains("over")) {
      return "more than";
    }
    if (s.contains("less") || s.equals("under")) {
      return "less than";
    }
    return "about";
  }

  private static Optional<Period> day(int month, int day, String year, LocalDate ref) {
    try {
      LocalDate d = LocalDate.of(year != null ? Integer.parseInt(year) : ref.getYear(), month, day);
      if (year == null && d.isAfter(ref)) {
        d = d.minusYears(1);
      }
      return Optional.of(new Period(d, d, d.toString()));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static YearMonth latest(YearMonth candidate, YearMonth ref) {
    return candidate.isAfter(ref) ? candidate.minusYears(1) : candidate;
  }

  private static int month(String name) {
    return MONTHS.indexOf(name.toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
  }
}
