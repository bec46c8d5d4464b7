package org.annals.model;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 8601 weeks as event dates write them ({@code 2019-W03}: the week, Monday to Sunday, that
 * holds the year's first Thursday counts as week 1). Stateless and thread-safe.
 */
public final class IsoWeek {
  private static final Pattern VALUE = Pattern.compile("^(\\d{4})-W(\\d{2})$");

  private IsoWeek() {}

  /** The week that holds {@code day}, as {@code YYYY-Www} (the week-based year, not the calendar year). */
  public static String of(LocalDate day) {
    return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The Monday of a {@code YYYY-Www} value; empty when it is not one or names no such week. */
  public static Optional<LocalDate> monday(String value) {
    Matcher m = value == null ? null : VALUE.matcher(value.strip());
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int week = Integer.parseInt(m.group(2));
    LocalDate mid = LocalDate.of(year, 6, 1);
    if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
      return Optional.empty();
    }
    try {
      return Optional.of(mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
