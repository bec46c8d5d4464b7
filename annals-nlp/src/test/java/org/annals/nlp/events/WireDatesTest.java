package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Dates in wire copy (issue 13, session 27, h136): one act told twice — in the lead without a day and
 * again later by a verb of occurrence with one ("The bombing happened … on Friday"), or first with a
 * day and later named again by a definite noun ("The bombing killed 12 people"); datelines and a
 * weekday after the verb date the lead event. Sentences written for this test.
 */
class WireDatesTest extends CodingTestBase {
  private static final String DAY = "2003-06-14"; // a Saturday

  private static String dateOf(String text, String trigger) {
    return dateOf(text, DAY, trigger);
  }

  @Test
  void aLeadWithoutADayTakesTheDayAVerbOfOccurrenceGivesItLater() {
    assertThat(dateOf("Rebels attacked a military convoy near the border, killing six soldiers.\n\n"
        + "The attack took place on Wednesday morning near the town of Kasese, the army said.", "attacked"))
        .isEqualTo("2003-06-11 time:anchor:told-later:attack");
    assertThat(dateOf("A suicide bombing at a market in Karachi killed 14 people.\n\n"
        + "The bombing happened at about noon on Friday, officials said.", "bombing"))
        .isEqualTo("2003-06-13 time:anchor:told-later:bombing");
  }

  @Test
  void anotherWordOrANewEventOfTheSameKindDoesNotDateTheLead() {
    assertThat(dateOf("Gunmen stormed a police post in the north of the country.\n\n"
        + "The raid occurred late on Tuesday, a spokesman said.", "stormed"))
        .startsWith("before 2003-06-14");
    assertThat(dateOf("Rebels attacked a police station in Aceh on Monday.\n\n"
        + "On Thursday, rebels staged new attacks on two army posts.", "attacks"))
        .startsWith("2003-06-12 ");
  }

  @Test
  void aDefiniteNounNamesAgainTheActAnEarlierSentenceDated() {
    assertThat(dateOf("The FBI opened an inquiry into the June 3 bombing of the embassy in Lome.\n\n"
        + "The bombing killed 12 people.", "bombing"))
        .isEqualTo("2003-06-03 time:anchor:named-again:bombing");
  }

  @Test
  void aWeekdayAfterTheVerbAndADatelineDateTheLeadEvent() {
    assertThat(dateOf("BEIJING, June 13 (Xinhua) --\n\nChina deplored Friday the attacks on its embassy in"
        + " Jakarta, a foreign ministry spokesman said.", "deplored")).isEqualTo("2003-06-13 time:weekday-past");
    assertThat(dateOf("ANKARA, Turkey (AP) _\n\nTurkey accused Friday Syria of sheltering Kurdish rebels.",
        "accused")).isEqualTo("2003-06-13 time:weekday-past");
  }
}
