package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Dates of events told with an ordinal count of days (session 26, h126): "for a third day on
 * Thursday" is of Thursday, not of the day SUTime counts "third day" forward to from the publication
 * date; with no day of its own the count dates nothing. Sentences written for this test.
 */
class DateClassesFourTest extends CodingTestBase {
  private static final String DAY = "2024-05-10"; // a Friday

  private static String dateOf(String text, String trigger) {
    return dateOf(text, DAY, trigger);
  }

  @Test
  void anOrdinalCountOfDaysIsNoDateTheWeekdayBesideItIs() {
    assertThat(dateOf("Thousands of workers protested in Sylvania's capital for a third day on Thursday.",
        "protested")).isEqualTo("2024-05-09 time:weekday-past");
    assertThat(dateOf("Teachers in Lusitania went on strike for a second day on Wednesday.", "strike"))
        .startsWith("2024-05-08 ");
    assertThat(dateOf("Farmers blocked roads around Paris for the third straight day on Thursday.", "blocked"))
        .startsWith("2024-05-09 ");
    assertThat(dateOf("Opposition supporters rallied in Tbilisi for a fifth consecutive night on Tuesday.",
        "rallied")).startsWith("2024-05-07 ");
  }

  @Test
  void anOrdinalCountWithoutADayDatesNothingAfterPublication() {
    assertThat(dateOf("Dockworkers in Rotterdam protested for a fourth day against the port reform.", "protested"))
        .doesNotStartWith("2024-05-1").doesNotStartWith("2024-05-2");
    assertThat(dateOf("On the second day of his visit to Beijing, the Russian foreign minister met the Chinese"
        + " president.", "met")).isEqualTo("before 2024-05-10 time:before-publication:past-tense");
  }
}
