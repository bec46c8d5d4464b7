package org.annals.nlp.time;

import static org.annals.nlp.time.HandCodedEvents.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Days told relative to the story's own dated events, not to the publication date (issue 13):
 * "the next day", "the day before", "two days after the attack". An article written for this test
 * (facts invented), published Friday 2019-06-21; events built by hand on their triggers.
 */
class AdjacentDaysTest {
  private static final String TEXT = String.join(" ",
      "On Monday, rebels attacked an army post near the border.",
      "The president condemned the raid the next day.",
      "Two days after the attack, the defence minister visited the post.",
      "On Thursday, the rebels released two soldiers.",
      "Their commander had negotiated with the army the day before.");
  private static HandCodedEvents.Dated coded;

  @BeforeAll
  static void annotate() {
    coded = HandCodedEvents.code(TEXT, LocalDate.of(2019, 6, 21), d -> List.of(
        on(d, "ASSAULT", "attacked", Modality.ASSERTED), on(d, "ACCUSE", "condemned", Modality.ASSERTED),
        on(d, "CONSULT", "visited", Modality.ASSERTED), on(d, "RETREAT", "released", Modality.ASSERTED),
        on(d, "CONSULT", "negotiated", Modality.ASSERTED)));
  }

  private static EventDate date(String trigger) {
    return coded.date(trigger);
  }

  @Test
  void theNextDayAndTheDayBeforeCountFromTheLatestDatedEvent() {
    assertThat(date("attacked").value()).isEqualTo("2019-06-17");
    assertThat(date("condemned")).extracting(EventDate::value, EventDate::basis, EventDate::rule)
        .containsExactly("2019-06-18", DateBasis.ANCHORED_TO_EVENT, "time:anchor:next-day");
    assertThat(date("released").value()).isEqualTo("2019-06-20");
    assertThat(date("negotiated")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2019-06-19", "time:anchor:day-before");
  }

  @Test
  void aDurationAfterAnEventNounCountsFromThatEvent() {
    assertThat(date("visited")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2019-06-19", "time:anchor:n-after-noun:attack");
    assertThat(date("visited").expression().of(TEXT)).isEqualTo("Two days after the attack");
  }
}
