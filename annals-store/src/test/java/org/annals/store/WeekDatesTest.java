package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Precision;
import org.junit.jupiter.api.Test;

/** A week ("this week", {@code 2025-W27}) as the store fits and the exports write it. */
class WeekDatesTest {
  private static EventDate date(String value, Precision p) {
    return new EventDate(value, p, DateBasis.RELATIVE, null, "test:date");
  }

  @Test
  void aWeekIsItsSevenDaysFromMondayToSunday() {
    DateFit f = DateFit.of(date("2025-W27", Precision.WEEK));
    assertThat(f.kind()).isEqualTo(DateFit.Kind.WEEK);
    assertThat(f.fits(LocalDate.of(2025, 6, 29))).as("the Sunday before").isFalse();
    assertThat(f.fits(LocalDate.of(2025, 6, 30))).as("Monday").isTrue();
    assertThat(f.fits(LocalDate.of(2025, 7, 6))).as("Sunday").isTrue();
    assertThat(f.fits(LocalDate.of(2025, 7, 7))).as("the Monday after").isFalse();
    assertThat(f.hi() - f.lo()).isEqualTo(6);
    assertThat(f.rank()).isGreaterThan(DateFit.of(date("2025-07-02", Precision.DAY)).rank())
        .isLessThan(DateFit.of(date("2025-07", Precision.MONTH)).rank());
  }

  @Test
  void exportsWriteAWeekAsARangeAndItsMondayWhereOneDayIsNeeded() {
    ExportDates.Range r = ExportDates.range(date("2020-W01", Precision.WEEK));
    // ISO week 1 of 2020 begins in December 2019
    assertThat(r.start()).isEqualTo(LocalDate.of(2019, 12, 30));
    assertThat(r.end()).isEqualTo(LocalDate.of(2020, 1, 5));
    assertThat(r.precision()).isEqualTo("week");
    assertThat(r.text()).isEqualTo("2020-W01");
  }

  @Test
  void aWeekThatDoesNotExistIsAnUnknownDateNotAnError() {
    assertThat(DateFit.of(date("2019-W53", Precision.WEEK)).kind()).isEqualTo(DateFit.Kind.UNKNOWN);
    assertThat(ExportDates.range(date("2019-W53", Precision.WEEK)).precision()).isEqualTo("unknown");
  }
}
