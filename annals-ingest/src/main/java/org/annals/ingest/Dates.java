package org.annals.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates from metadata strings and datelines. A timestamp keeps the publisher's local
 * calendar day (the date part as written), so "2025-07-03T23:30:00-05:00" is 2025-07-03. Pure and
 * thread-safe.
 */
public final class Dates {
  private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T\\s_]|[+-]\\d|Z)");
  private static final Pattern SLASHED = Pattern.compile("^\\s*(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
  private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|T)");
  private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|"
      + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final String WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
  /** The upper-case place that opens a dateline: "MOSCOW,", "LONDON (Example Wire),". */
  private static final Pattern PLACE = Pattern.compile("^\\s*[\\p{Lu}][\\p{Lu}\\p{M} .'’-]{1,40}[,(]");
  /** The dash or colon that closes a dateline. */
  private static final Pattern DATELINE_END = Pattern.compile("\\s(?:[—–]|-{1,2})\\s|[—–]|:\\s");
  /** A first line that is only a date, as in "Friday, January 4, 2019". */
  private static final Pattern DATE_LINE = Pattern.compile("^\\s*" + WEEKDAY + "([^\\n]{6,25}?)\\s*\\n");
  private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private Dates() {}

  /**
   * Parses a metadata date (ISO date or timestamp, RFC 1123, "July 3, 2025", "3 July 2025",
   * 2025/07/03, 20250703).
   *
   * @return the date, or null when {@code s} is blank or not a date
   */
  public static LocalDate parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    LocalDate d = numeric(ISO, s);
    if (d == null) {
      d = numeric(SLASHED, s);
    }
    if (d == null) {
      d = numeric(COMPACT, s);
    }
    if (d == null) {
      d = rfc1123(s);
    }
    if (d == null) {
      d = written(s.strip());
    }
    return d;
  }

  /**
   * The date of a dateline at the start of an article ("MOSCOW, July 3, 2025 — ...") or of a first
   * line holding only a date; null when there is none.
   */
  public static LocalDate dateline(String text) {
    String head = text.length() > 300 ? text.substring(0, 300) : text;
    Matcher m = PLACE.matcher(head);
    if (m.find()) {
      Matcher end = DATELINE_END.matcher(head);
      if (end.find(m.end()) && end.start() - m.end() <= 100) {
        LocalDate d = writtenWithin(head.substring(m.end(), end.start()));
        if (d != null) {
          return d;
        }
      }
    }
    m = DATE_LINE.matcher(head);
    return m.find() ? written(m.group(1).strip()) : null;
  }

  private static LocalDate writtenWithin(String s) {
    Matcher m = MONTH_DAY_YEAR.matcher(s);
    if (m.find()) {
      return of(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(s);
    return m.find() ? of(m.group(3), month(m.group(2)), m.group(1)) : null;
  }

  private static LocalDate numeric(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? of(m.group(1), m.group(2), m.group(3)) : null;
  }

  private static LocalDate rfc1123(String s) {
    try {
      LocalDate d = ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
      return d.getYear() <= 9999 ? d : null; // the formatter takes "20025" as a year
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** "July 3, 2025" / "3 July 2025", when {@code s} is only the date. */
  private static LocalDate written(String s) {
    Matcher m = MONTH_DAY_YEAR.matcher(s);
    if (m.find() && m.start() == 0 && m.end() == s.length()) {
      return of(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.find() && m.start() == 0 && m.end() == s.length()) {
      return of(m.group(3), month(m.group(2)), m.group(1));
    }
    return null;
  }

  private static String month(String name) {
    return String.valueOf(MONTH_NUMBERS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
  }

  private static LocalDate of(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
