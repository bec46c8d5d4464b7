package org.annals.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ISO weeks as event dates write them, including the weeks that straddle a new year. */
class IsoWeekTest {
  @Test
  void everyDayOfAWeekNamesTheSameWeekWhoseMondayOpensIt() {
    LocalDate monday = LocalDate.of(2019, 1, 14);
    for (int i = 0; i < 7; i++) {
      assertThat(IsoWeek.of(monday.plusDays(i))).isEqualTo("2019-W03");
    }
    assertThat(IsoWeek.of(monday.plusDays(7))).isEqualTo("2019-W04");
    assertThat(IsoWeek.monday("2019-W03")).contains(monday);
  }

  @Test
  void weeksAcrossTheNewYearBelongToTheWeekBasedYear() {
    // Tuesday 2019-12-31 lies in the first week of 2020; Friday 2021-01-01 in the last of 2020.
    assertThat(IsoWeek.of(LocalDate.of(2019, 12, 31))).isEqualTo("2020-W01");
    assertThat(IsoWeek.monday("2020-W01")).contains(LocalDate.of(2019, 12, 30));
    assertThat(IsoWeek.of(LocalDate.of(2021, 1, 1))).isEqualTo("2020-W53");
    assertThat(IsoWeek.monday("2020-W53")).contains(LocalDate.of(2020, 12, 28));
  }

  @Test
  void malformedOrImpossibleWeeksAreNone() {
    assertThat(IsoWeek.monday("2019-W53")).isEmpty();
    assertThat(IsoWeek.monday("2019-W00")).isEmpty();
    assertThat(IsoWeek.monday("2019-WXX")).isEmpty();
    assertThat(IsoWeek.monday("2019-01-14")).isEmpty();
    assertThat(IsoWeek.monday(null)).isEmpty();
  }
}
