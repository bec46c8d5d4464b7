package org.annals.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.annals.model.EventDate;
import org.annals.model.Precision;

/**
 * An event date as a set of days it may denote: one day, a month, a year, "before D", "after D",
 * or unknown (any day). Immutable.
 */
record DateFit(Kind kind, LocalDate day, String value) {
  enum Kind { DAY, MONTH, YEAR, BEFORE, AFTER, UNKNOWN }

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
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return new DateFit(Kind.DAY, LocalDate.parse(v), v);
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        return new DateFit(Kind.MONTH, LocalDate.parse(v + "-01"), v);
      }
      if (v.matches("\\d{4}")) {
        return new DateFit(Kind.YEAR, LocalDate.parse(v + "-01-01"), v);
      }
    } catch (DateTimeParseException e) {
      return new DateFit(Kind.UNKNOWN, null, v);
    }
    return new DateFit(Kind.UNKNOWN, null, v);
  }

  boolean isDay() {
    return kind == Kind.DAY;
  }

  /** Whether {@code d} is one of the days this date may denote. */
  boolean fits(LocalDate d) {
    return switch (kind) {
      case DAY -> d.equals(day);
      case MONTH -> d.getYear() == day.getYear() && d.getMonth() == day.getMonth();
      case YEAR -> d.getYear() == day.getYear();
      case BEFORE -> d.isBefore(day);
      case AFTER -> d.isAfter(day);
      case UNKNOWN -> true;
    };
  }

  /** The first day it denotes (for sorting and range filters), or null when open or unknown. */
  LocalDate firstDay() {
    return kind == Kind.DAY || kind == Kind.MONTH || kind == Kind.YEAR ? day : null;
  }

  /** 0 for a day, larger is vaguer. */
  int rank() {
    return switch (kind) {
      case DAY -> 0;
      case MONTH -> 1;
      case YEAR -> 2;
      case BEFORE, AFTER -> 3;
      case UNKNOWN -> 4;
    };
  }

  static Precision precisionOf(EventDate d) {
    return d == null || d.precision() == null ? Precision.UNKNOWN : d.precision();
  }
}
