package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Events with no time phrase of their own dated by a phrase that counts from the story (session 25,
 * h119): "Two days later", "A week earlier", "Hours later" (which SUTime tags with their
 * later/earlier and counts from the publication date), and "the next day" read by a by-gerund, a later
 * conjunct or a sentence opener beside the event anchored by it. Sentences written for this test.
 */
class StoryShiftsTest extends CodingTestBase {
  private static final String DAY = "2025-03-14"; // a Friday

  private static String dateOf(String text, String trigger) {
    return dateOf(text, DAY, trigger);
  }

  @Test
  void aCountedSpanLaterOrEarlierCountsFromTheStory() {
    assertThat(dateOf("Indonesian troops clashed with separatists in Papua on Saturday. Two days later, the"
        + " separatists released a New Zealand pilot.", "released")).startsWith("2025-03-10 time:anchor:n-later");
    assertThat(dateOf("Ethiopian forces shelled a town in Tigray on Monday. Three days later, Eritrea closed its"
        + " border with Ethiopia.", "closed")).startsWith("2025-03-13");
    assertThat(dateOf("Moldova's parliament voted on Monday to expel three Russian diplomats. A day later, Moscow"
        + " summoned the Moldovan ambassador.", "summoned")).startsWith("2025-03-11");
    assertThat(dateOf("Senegal's president pardoned more than 300 prisoners on Tuesday. A week earlier, students"
        + " had protested in Dakar against the arrest of an opposition leader.", "protested"))
        .startsWith("2025-03-04 time:anchor:n-earlier");
  }

  @Test
  void yearsOrMonthsLaterCountFromTheLatestDatedEvent() {
    assertThat(dateOf("A Honduran court convicted a former army colonel of bribery in 2015. Three years later, the"
        + " supreme court acquitted him.", "acquitted")).startsWith("2018 time:anchor:n-later");
    assertThat(dateOf("Sudanese and South Sudanese troops clashed at the border on January 20. A month later, Sudan"
        + " and South Sudan agreed to a ceasefire.", "agreed")).startsWith("2025-02 time:anchor:n-later");
  }

  @Test
  void hoursLaterIsTheSameDay() {
    assertThat(dateOf("Turkish warplanes struck Kurdish positions in northern Iraq on Saturday. Iraq condemned"
        + " the strikes hours later and summoned the Turkish charge d'affaires.", "condemned"))
        .startsWith("2025-03-08");
  }

  @Test
  void aPhraseBesideAnAnchoredEventGivesTheSameDay() {
    assertThat(dateOf("Kenya expelled two Ugandan diplomats on Monday. Uganda retaliated the next day by"
        + " expelling a Kenyan envoy.", "expelling")).startsWith("2025-03-11 time:anchor:next-day");
    assertThat(dateOf("The Colombian army bombed a rebel camp on Wednesday. The next day, Venezuela accused"
        + " Colombia of violating its airspace and recalled its ambassador.", "recalled"))
        .startsWith("2025-03-13 time:anchor:next-day");
  }

  @Test
  void aShiftWithNothingToCountFromIsNoPublicationDay() {
    assertThat(dateOf("Armenia accused Azerbaijan of shelling a border village. Hours later, Azerbaijan denied"
        + " the accusation.", "denied")).startsWith("before 2025-03-14");
  }
}
