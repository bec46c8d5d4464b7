package org.annals.nlp.time;

import static org.annals.nlp.time.HandCodedEvents.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Week precision (issue 13): "this week", "earlier this week", "last week", "next week", "the week
 * of …" and weekends date an event to an ISO week. An article written for this test (facts
 * invented), published Friday 2019-06-21, in ISO week 2019-W25 (Monday June 17 to Sunday June 23).
 */
class WeekDatesTest {
  private static final String TEXT = String.join(" ",
      "Earlier this week, the army of Freedonia shelled the border town.",
      "Police arrested ten protesters last week.",
      "The two foreign ministers will meet next week.",
      "The envoys held talks in the week of June 3.",
      "Rebels attacked a convoy over the weekend.",
      "The opposition will hold a rally at the weekend.",
      "The minister resigned this week.");
  private static HandCodedEvents.Dated coded;

  @BeforeAll
  static void annotate() {
    coded = HandCodedEvents.code(TEXT, LocalDate.of(2019, 6, 21), d -> List.of(
        on(d, "ASSAULT", "shelled", Modality.ASSERTED), on(d, "COERCE", "arrested", Modality.ASSERTED),
        on(d, "CONSULT", "meet", Modality.FUTURE), on(d, "CONSULT", "talks", Modality.ASSERTED),
        on(d, "ASSAULT", "attacked", Modality.ASSERTED), on(d, "PROTEST", "rally", Modality.FUTURE),
        on(d, "RETREAT", "resigned", Modality.ASSERTED)));
  }

  private static EventDate date(String trigger) {
    return coded.date(trigger);
  }

  @Test
  void thisLastAndNextWeekAreIsoWeeks() {
    assertThat(date("shelled")).extracting(EventDate::value, EventDate::precision)
        .containsExactly("2019-W25", Precision.WEEK);
    assertThat(date("shelled").expression().of(TEXT)).isEqualToIgnoringCase("Earlier this week");
    assertThat(date("resigned").value()).isEqualTo("2019-W25");
    assertThat(date("arrested").value()).isEqualTo("2019-W24");
    assertThat(date("meet")).extracting(EventDate::value, EventDate::precision)
        .containsExactly("2019-W26", Precision.WEEK);
  }

  @Test
  void theWeekOfADayIsTheWeekThatHoldsIt() {
    // Monday 2019-06-03 opens ISO week 23
    assertThat(date("talks")).extracting(EventDate::value, EventDate::precision)
        .containsExactly("2019-W23", Precision.WEEK);
  }

  @Test
  void aWeekendIsTheLastOneBeforePublicationForAPastEventAndTheNextOneForAFutureEvent() {
    // published on a Friday: the weekend past is June 15-16 (W24), the one ahead June 22-23 (W25)
    assertThat(date("attacked")).extracting(EventDate::value, EventDate::precision)
        .containsExactly("2019-W24", Precision.WEEK);
    assertThat(date("attacked").rule()).endsWith(":weekend-past");
    assertThat(date("rally").value()).isEqualTo("2019-W25");
  }
}
