package org.annals.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.annals.model.EventDate;
import org.annals.model.IsoWeek;
import org.annals.model.Precision;

/**
 * An event date as a set of days it may denote: one day, an ISO week (Monday to Sunday; it meets
 * each of its days), a month, a year, "before D", "after D", or unknown (any day). Immutable.
 */
record DateFit(Kind kind, LocalDate day, String value) {
  enum Kind { DAY, WEEK, MONTH, YEAR, BEFORE, AFTER, UNKNOWN }

  static DateFit of(EventDate d) {
    String v = d == null ? null : d.value();
    if (v == null || v.isBlank()) {
      return new DateFit(Kind.UNKNOWN, null, null);
    }
    v = v.strip();
    try {
      if (v.startsWith("before ")) {
        return new DateFit(Kind.BEFORE, LocalDate.parse(v.substring(7).strip()), v);
      }
      if (v.startsWith("after ")) {
        return new DateFit(Kind.AFTER, LocalDate.parse(v.substring(6).strip()), v);
      }
      if (isDigits(v, "####-##-##")) {
        return new DateFit(Kind.DAY, LocalDate.parse(v), v);
      }
      if (v.length() == 8 && v.charAt(5) == 'W') {
        var monday = IsoWeek.monday(v);
        return new DateFit(monday.isPresent() ? Kind.WEEK : Kind.UNKNOWN, monday.orElse(null), v);
      }
      if (isDigits(v, "####-##")) {
        return new DateFit(Kind.MONTH, LocalDate.parse(v + "-01"), v);
      }
      if (isDigits(v, "####")) {
        return new DateFit(Kind.YEAR, LocalDate.parse(v + "-01-01"), v);
      }
    } catch (DateTimeParseException e) {
      return new DateFit(Kind.UNKNOWN, null, v);
    }
    return new DateFit(Kind.UNKNOWN, null, v);
  }

  /** Whether {@code v} has the shape of {@code pattern}, where {@code #} is an ASCII digit. */
  private static boolean isDigits(String v, String pattern) {
    if (v.length() != pattern.length()) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char p = pattern.charAt(i);
      char ch = v.charAt(i);
      if (p == '#' ? ch < '0' || ch > '9' : ch != p) {
        return false;
      }
    }
    return true;
  }

  /** Lower end of {@link #lo()} for dates open to the past (and unknown dates). */
  static final int OPEN_LO = Integer.MIN_VALUE;
  /** Upper end of {@link #hi()} for dates open to the future (and unknown dates). */
  static final int OPEN_HI = Integer.MAX_VALUE;

  /**
   * First day this date may denote, as an epoch day ({@link #OPEN_LO} when open or unknown). With
   * {@link #hi()}, the interval the store keeps with every mention ({@code mentions.day_lo},
   * {@code day_hi}) so that a write re-merges only the stored mentions whose days can meet the
   * new ones'.
   */
  int lo() {
    return switch (kind) {
      case DAY, WEEK, MONTH, YEAR -> (int) day.toEpochDay();
      case AFTER -> (int) day.toEpochDay() + 1;
      case BEFORE, UNKNOWN -> OPEN_LO;
    };
  }

  /** Last day this date may denote, as an epoch day ({@link #OPEN_HI} when open or unknown). */
  int hi() {
    return switch (kind) {
      case DAY -> (int) day.toEpochDay();
      case WEEK -> (int) day.toEpochDay() + 6;
      case MONTH -> (int) day.plusMonths(1).toEpochDay() - 1;
      case YEAR -> (int) day.plusYears(1).toEpochDay() - 1;
      case BEFORE -> (int) day.toEpochDay() - 1;
      case AFTER, UNKNOWN -> OPEN_HI;
    };
  }

  boolean isDay() {
    return kind == Kind.DAY;
  }

  /** Whether {@code d} is one of the days this date may denote. */
  boolean fits(LocalDate d) {
    return switch (kind) {
      case DAY -> d.equals(day);
      case WEEK -> !d.isBefore(day) && !d.isAfter(day.plusDays(6));
      case MONTH -> d.getYear() == day.getYear() && d.getMonth() == day.getMonth();
      case YEAR -> d.getYear() == day.getYear();
      case BEFORE -> d.isBefore(day);
      case AFTER -> d.isAfter(day);
      case UNKNOWN -> true;
    };
  }

  /** The first day it denotes (for sorting and range filters), or null when open or unknown. */
  LocalDate firstDay() {
    return kind == Kind.DAY || kind == Kind.WEEK || kind == Kind.MONTH || kind == Kind.YEAR ? day : null;
  }

  /** 0 for a day, larger is vaguer. */
  int rank() {
    return switch (kind) {
      case DAY -> 0;
      case WEEK -> 1;
      case MONTH -> 2;
      case YEAR -> 3;
      case BEFORE, AFTER -> 4;
      case UNKNOWN -> 5;
    };
  }

  static Precision precisionOf(EventDate d) {
    return d == null || d.precision() == null ? Precision.UNKNOWN : d.precision();
  }
}
