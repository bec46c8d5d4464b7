package org.annals.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calendar arithmetic and TIMEX3 value helpers. Stateless and thread-safe. */
final class Calendar {
  static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
      DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
      DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
  private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(.*)$");
  private static final Pattern MONTH_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern QUARTER_VALUE = Pattern.compile("^(\\d{4})-Q([1-4])$");

  private Calendar() {}

  static LocalDate onOrBefore(LocalDate ref, DayOfWeek d) {
    return ref.with(TemporalAdjusters.previousOrSame(d));
  }

  static LocalDate onOrAfter(LocalDate ref, DayOfWeek d) {
    return ref.with(TemporalAdjusters.nextOrSame(d));
  }

  /** The weekday named in {@code text} (a whole word), if any. */
  static Optional<DayOfWeek> weekday(String text) {
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      DayOfWeek d = WEEKDAYS.get(w);
      if (d != null) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The day part of a TIMEX3 value ({@code 2025-07-01TEV} → 2025-07-01), if it has one. */
  static Optional<LocalDate> day(String value) {
    Matcher m = value == null ? null : DAY_VALUE.matcher(value);
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.substring(0, 10)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Replaces the day part of a TIMEX3 value, keeping a suffix such as {@code TEV}. */
  static String withDay(String value, LocalDate day) {
    Matcher m = DAY_VALUE.matcher(value);
    return day + (m.matches() ? m.group(4) : "");
  }

  static Optional<YearMonth> month(String value) {
    Matcher m = value == null ? null : MONTH_VALUE.matcher(value);
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    int mm = Integer.parseInt(m.group(2));
    return mm >= 1 && mm <= 12 ? Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), mm)) : Optional.empty();
  }

  /** {@code [year, quarter]} of a {@code YYYY-QN} value. */
  static Optional<int[]> quarter(String value) {
    Matcher m = value == null ? null : QUARTER_VALUE.matcher(value);
    return m != null && m.matches()
        ? Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))})
        : Optional.empty();
  }

  static int quarterOf(LocalDate d) {
    return (d.getMonthValue() - 1) / 3 + 1;
  }

  static String quarterValue(int year, int q) {
    return year + "-Q" + q;
  }

  /** The last quarter that ended before {@code ref}'s quarter began. */
  static String lastCompletedQuarter(LocalDate ref) {
    LocalDate d = ref.minusMonths(3);
    return quarterValue(d.getYear(), quarterOf(d));
  }

  /** The latest quarter number {@code q} whose first day is on or before {@code ref}. */
  static String latestQuarter(LocalDate ref, int q) {
    int year = quarterOf(ref) >= q ? ref.getYear() : ref.getYear() - 1;
    return quarterValue(year, q);
  }
}
