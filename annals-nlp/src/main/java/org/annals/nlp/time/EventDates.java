package org.annals.nlp.time;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.IsoWeek;
import org.annals.model.Precision;
import org.annals.model.Span;

/** Turns TIMEX3 values into event dates and shifts dates by durations. Stateless, thread-safe. */
final class EventDates {
  private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}).*");
  private static final Pattern MONTH = Pattern.compile("^\\d{4}-\\d{2}$");
  private static final Pattern YEAR = Pattern.compile("^\\d{4}$");
  private static final Pattern EXPLICIT = Pattern.compile("\\d{4}");
  /** SUTime's weeks: {@code 2019-W25}, a weekend {@code 2019-W25-WE}, "the week of June 10" {@code 2019-06-10 INTERSECT P1W}. */
  private static final Pattern WEEK = Pattern.compile("^(\\d{4}-W\\d{2})(-WE)?$");
  private static final Pattern WEEK_OF = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) INTERSECT P1W$");
  private static final Pattern SIMPLE_PERIOD = Pattern.compile("^P(\\d+)([DWMY])$");
  private static final Pattern HOURS = Pattern.compile("^PT(\\d{1,2}|X)[HM]$");

  private EventDates() {}

  static String before(LocalDate published) {
    return "before " + published;
  }

  /** The event date a time mention gives, if its value is a calendar date, month or year. */
  static Optional<EventDate> of(TimeMention m, LocalDate published) {
    String v = m.value();
    if (v == null || !(m.timex().type().equals("DATE") || m.timex().type().equals("TIME"))) {
      return Optional.empty();
    }
    boolean explicit = EXPLICIT.matcher(m.timex().text()).find();
    if (!explicit && published == null) {
      return Optional.of(new EventDate(null, Precision.UNKNOWN, DateBasis.UNKNOWN, m.timex().span(),
          m.rule() + ":no-publication-date"));
    }
    DateBasis basis = explicit ? DateBasis.EXPLICIT : DateBasis.RELATIVE;
    Span span = m.timex().span();
    Optional<EventDate> week = week(v, basis, span, m.rule());
    if (week.isPresent()) {
      return week;
    }
    Matcher day = DAY.matcher(v);
    if (day.matches()) {
      return Optional.of(new EventDate(day.group(1), Precision.DAY, basis, span, m.rule()));
    }
    if (MONTH.matcher(v).matches()) {
      return Optional.of(new EventDate(v, Precision.MONTH, basis, span, m.rule()));
    }
    if (YEAR.matcher(v).matches()) {
      return Optional.of(new EventDate(v, Precision.YEAR, basis, span, m.rule()));
    }
    if (v.equals("PAST_REF") && published != null) {
      return Optional.of(new EventDate(before(published), Precision.UNKNOWN, DateBasis.RELATIVE, span,
          m.rule() + ":past-ref"));
    }
    // PRESENT_REF ("now", "currently", "at present") tells a state holds, not the day an act was
    // done: it dates no event (the article gold gave none of them the publication day)
    return Optional.empty();
  }

  /**
   * A week ("this week", "last week", "earlier this week", "next week") as an ISO week; "the week
   * of June 10" as the week that holds that day; a weekend as its week (rule suffix
   * {@code :weekend}, which {@link OwnPhrases#weekendPast} may move to the week before).
   */
  private static Optional<EventDate> week(String v, DateBasis basis, Span span, String rule) {
    Matcher w = WEEK.matcher(v);
    if (w.matches() && IsoWeek.monday(w.group(1)).isPresent()) {
      return Optional.of(new EventDate(w.group(1), Precision.WEEK, basis, span,
          w.group(2) == null ? rule : rule + ":weekend"));
    }
    Matcher of = WEEK_OF.matcher(v);
    if (of.matches()) {
      try {
        return Optional.of(new EventDate(IsoWeek.of(LocalDate.parse(of.group(1))), Precision.WEEK,
            basis, span, rule + ":week-of"));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * A simple duration value ({@code P2D}, {@code P1W}) as a period, if it is one; a span of hours or
   * minutes ({@code PT36M}, {@code PT3H}, "a few hours" {@code PTXH}) as no days at all: "36 minutes
   * after the shooting" is of the shooting's day (h97).
   */
  static Optional<Period> period(String value) {
    if (value != null && HOURS.matcher(value).matches()) {
      return Optional.of(Period.ZERO);
    }
    Matcher m = value == null ? null : SIMPLE_PERIOD.matcher(value);
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    int n = Integer.parseInt(m.group(1));
    return Optional.of(switch (m.group(2)) {
      case "D" -> Period.ofDays(n);
      case "W" -> Period.ofWeeks(n);
      case "M" -> Period.ofMonths(n);
      default -> Period.ofYears(n);
    });
  }

  /** The day-precision date of an event date, if it has one. */
  static Optional<LocalDate> day(EventDate d) {
    return d != null && d.precision() == Precision.DAY && d.value() != null && DAY.matcher(d.value()).matches()
        ? Optional.of(LocalDate.parse(d.value().substring(0, 10))) : Optional.empty();
  }
}
