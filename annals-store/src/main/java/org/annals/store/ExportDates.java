package org.annals.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.annals.model.EventDate;

/**
 * Event dates as the export formats write them (docs/EXPORTS.md). A date is a range of days:
 * a day [d, d], an ISO week [Monday, Sunday], a month [1st, last], a year [1 Jan, 31 Dec], "before D" [open, D-1], "after D"
 * [D+1, open], unknown [open, open]. Formats that need one day (GDELT's SQLDATE, ICEWS's Event
 * Date) take the range's first day (a week's Monday), else its last, else the first day
 * the event was reported. Pure; thread-safe.
 */
final class ExportDates {
  private static final DateTimeFormatter GDELT_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
      .withZone(ZoneOffset.UTC);

  /** A date's days. */
  record Range(LocalDate start, LocalDate end, String precision, String text) {}

  private ExportDates() {}

  static Range range(EventDate d) {
    DateFit f = DateFit.of(d);
    String text = d == null ? null : d.value();
    return switch (f.kind()) {
      case DAY -> new Range(f.day(), f.day(), "day", text);
      case WEEK -> new Range(f.day(), f.day().plusDays(6), "week", text);
      case MONTH -> new Range(f.day(), f.day().plusMonths(1).minusDays(1), "month", text);
      case YEAR -> new Range(f.day(), f.day().plusYears(1).minusDays(1), "year", text);
      case BEFORE -> new Range(null, f.day().minusDays(1), "before", text);
      case AFTER -> new Range(f.day().plusDays(1), null, "after", text);
      case UNKNOWN -> new Range(null, null, "unknown", text);
    };
  }

  /** The one day a single-date format writes (never null when {@code reported} is not). */
  static LocalDate day(CanonicalEvent e) {
    Range r = range(e.date());
    if (r.start() != null) {
      return r.start();
    }
    return r.end() != null ? r.end() : e.firstSeen();
  }

  /** {@link #day(CanonicalEvent)}, else the day the event was first ingested (UTC), else null. */
  static LocalDate day(ExportRow r) {
    LocalDate d = day(r.event());
    return d != null || r.added() == null ? d : r.added().atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** {@code YYYYMMDD}, or "" for null. */
  static String sqlDate(LocalDate d) {
    return d == null ? "" : String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(),
        d.getDayOfMonth());
  }

  /**
   * GDELT's FractionDate: the year plus (month × 30 + day) / 365, to four decimals (the codebook's
   * formula, which runs slightly past the year's end in late December).
   */
  static String fractionDate(LocalDate d) {
    if (d == null) {
      return "";
    }
    double f = d.getYear() + (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0;
    return String.format(java.util.Locale.ROOT, "%.4f", f);
  }

  /** {@code YYYYMMDDHHMMSS} in UTC, or "" for null. */
  static String gdeltTime(Instant t) {
    return t == null ? "" : GDELT_TIME.format(t);
  }
}
