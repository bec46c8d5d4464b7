package org.annals.nlp.time;

import static org.annals.nlp.time.HandCodedEvents.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.Modality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A message or meeting an act is done in, at or through carries the act's date ("in a January 9
 * letter, the senator asked …"), while a date on any other noun, or on a message the act is done
 * to, dates that noun only (issue 13, time-words list {@code occasion-noun}). An article written for
 * this test (facts invented), published Sunday 2016-07-10, so that a yearless date four months back
 * must not be read as next year's.
 */
class OccasionDatesTest {
  private static final String TEXT = String.join("\n\n",
      "In a January 9 letter, the senator asked the agency to release its files on the contract.",
      "The foreign ministry of Sylvania urged its citizens to leave Freedonia in its March 2 travel advisory.",
      "During his June 3 speech, the president of Freedonia thanked the army for its service.",
      "The opposition leader accused the governor of fraud in the 2014 election.",
      "The ministry of Sylvania rejected the March 2 letter of the opposition.");
  private static HandCodedEvents.Dated coded;

  @BeforeAll
  static void annotate() {
    coded = HandCodedEvents.code(TEXT, LocalDate.of(2016, 7, 10), d -> List.of(
        on(d, "REQUEST", "asked", Modality.ASSERTED), on(d, "REQUEST", "urged", Modality.ASSERTED),
        on(d, "SUPPORT", "thanked", Modality.ASSERTED), on(d, "ACCUSE", "accused", Modality.ASSERTED),
        on(d, "REJECT", "rejected", Modality.ASSERTED)));
  }

  @Test
  void aDatedMessageTheActIsMadeInDatesTheAct() {
    assertThat(coded.date("asked").value()).isEqualTo("2016-01-09");
    assertThat(coded.date("thanked").value()).isEqualTo("2016-06-03");
  }

  @Test
  void aMessageHungFromTheComplementStillDatesTheAct() {
    // the parser hangs "in its March 2 advisory" from "leave"; the advisory is where the urging was
    // done, and a date naming a message already issued is not next year's March 2
    assertThat(coded.date("urged").value()).isEqualTo("2016-03-02");
  }

  @Test
  void aDateOnAnyOtherNounOrOnTheMessageActedOnIsNotTheActs() {
    assertThat(coded.date("accused").value()).isEqualTo("before 2016-07-10");
    assertThat(coded.date("rejected").value()).isEqualTo("before 2016-07-10");
  }
}
