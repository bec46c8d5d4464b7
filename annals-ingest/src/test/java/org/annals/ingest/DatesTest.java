package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
  private static final LocalDate JULY_3 = LocalDate.of(2025, 7, 3);

  @Test
  void parsesMetadataDateForms() {
    assertThat(Dates.parse("2025-07-03")).isEqualTo(JULY_3);
    assertThat(Dates.parse("2025-07-03T23:30:00-05:00")).isEqualTo(JULY_3);
    assertThat(Dates.parse("2025-07-03T10:00:00Z")).isEqualTo(JULY_3);
    assertThat(Dates.parse("2025/07/03")).isEqualTo(JULY_3);
    assertThat(Dates.parse("20250703")).isEqualTo(JULY_3);
    assertThat(Dates.parse("Thu, 03 Jul 2025 18:04:00 GMT")).isEqualTo(JULY_3);
    assertThat(Dates.parse("July 3, 2025")).isEqualTo(JULY_3);
    assertThat(Dates.parse("3 July 2025")).isEqualTo(JULY_3);
  }

  @Test
  void rejectsWhatIsNotADate() {
    assertThat(Dates.parse("yesterday")).isNull();
    assertThat(Dates.parse("2025-13-45")).isNull();
    assertThat(Dates.parse("")).isNull();
    assertThat(Dates.parse(null)).isNull();
    assertThat(Dates.parse("20251")).isNull();
    assertThat(Dates.parse("Thu, 03 Jul 20025 10:00:00 GMT")).isNull(); // a five-digit year (found by DatesFuzzTest)
  }

  @Test
  void findsDatelines() {
    assertThat(Dates.dateline("MOSCOW, July 3, 2025 — The two presidents spoke.")).isEqualTo(JULY_3);
    assertThat(Dates.dateline("LONDON (Example Wire), 3 July 2025 - Ministers met.")).isEqualTo(JULY_3);
    assertThat(Dates.dateline("Thursday, July 3, 2025\n\nThe ministers met.")).isEqualTo(JULY_3);
  }

  @Test
  void ignoresDatesInsideTheStory() {
    assertThat(Dates.dateline("The ministers met on July 3, 2025 in Oslo — and agreed.")).isNull();
    assertThat(Dates.dateline("No date here at all.")).isNull();
  }
}
