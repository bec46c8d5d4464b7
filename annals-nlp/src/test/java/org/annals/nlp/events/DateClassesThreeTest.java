package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * Dates of story details (session 23, h102): "N minutes after the explosion" when the explosion is no
 * coded event but an earlier sentence dated it; a commutation or clemency told after the dated pardons
 * of the lead; a complement without "that" the parser hangs as parataxis of a reporting verb; a
 * perfect in a relative clause, which does not take the date of the same act told before.
 * Sentences written for this test.
 */
class DateClassesThreeTest extends CodingTestBase {
  private static final String DAY = "2024-05-10"; // a Friday

  private static String dateOf(String text, String trigger) {
    return dateOf(text, DAY, trigger);
  }

  @Test
  void aSpanOfHoursAfterAnOccasionAnEarlierSentenceDatedIsOfThatDay() {
    assertThat(dateOf("A bomb explosion hit the market of Velka on Tuesday. Police detained three suspects"
        + " two hours after the explosion.", "detained"))
        .startsWith("2024-05-07 time:anchor:n-after-noun:explosion:antecedent");
    assertThat(dateOf("A gas explosion destroyed a depot in the port of Arland on Sunday, officials said."
        + " Soldiers arrested the depot manager forty minutes after the explosion.", "arrested"))
        .startsWith("2024-05-05 time:anchor:n-after-noun:explosion:antecedent");
  }

  @Test
  void aClemencyToldAfterTheDatedPardonsIsOfTheirDay() {
    assertThat(dateOf("On Monday, Kenyan President William Ruto issued pardons to four journalists. Kenyan"
        + " journalist Peter Otieno was granted clemency after serving six years.", "clemency"))
        .isEqualTo("2024-05-06 time:perfect-same-event");
    assertThat(dateOf("On Wednesday, US President Joe Biden issued pardons to nine prisoners. The sentence of"
        + " Ohio mechanic Dale Morris was commuted after he served twenty years.", "commuted"))
        .isEqualTo("2024-05-08 time:perfect-same-event");
    assertThat(dateOf("On Thursday, Nigerian President Bola Tinubu granted pardons to three soldiers. Nigerian"
        + " soldier Musa Bello was granted clemency after serving ten years.", "clemency"))
        .isEqualTo("2024-05-09 time:perfect-same-event");
  }

  @Test
  void aComplementWithoutThatTakesTheTimeOfItsReportingVerb() {
    assertThat(dateOf("Police in Nairobi also announced on Tuesday morning they were treating the fire as a"
        + " terrorist attack.", "treating")).startsWith("2024-05-07 time:weekday-past");
    assertThat(dateOf("Police also said on Sunday evening they were treating the stabbing in Leeds as a"
        + " terrorist incident.", "treating")).startsWith("2024-05-05 time:weekday-past");
    assertThat(dateOf("The Kenyan army also announced on Monday it was deploying troops to the border.",
        "deploying")).startsWith("2024-05-06 time:weekday-past");
  }

  @Test
  void aPerfectInARelativeClauseIsBackgroundNotTheActDatedBefore() {
    assertThat(lastDate("On Tuesday, Kenyan President William Ruto criticized the Ugandan army. Ugandan officials"
        + " rejected the speech of Ruto, who has criticized the Ugandan army for years."))
        .isEqualTo("before 2024-05-10 time:before-publication:perfect");
    assertThat(lastDate("On Monday, the Kenyan foreign ministry summoned the Ugandan ambassador. Ugandan"
        + " officials mocked the ministry, which has summoned the Ugandan ambassador many times."))
        .isEqualTo("before 2024-05-10 time:before-publication:perfect");
    assertThat(lastDate("On Wednesday, Germany expelled two Russian diplomats. Moscow condemned the German"
        + " government, which has expelled Russian diplomats before."))
        .isEqualTo("before 2024-05-10 time:before-publication:perfect");
    assertThat(lastDate("On Thursday, the Chinese navy seized a Philippine fishing boat. Manila protested to"
        + " Beijing, whose navy has seized Philippine fishing boats before."))
        .isEqualTo("before 2024-05-10 time:before-publication:perfect");
  }

  private static String lastDate(String text) {
    java.util.List<CodedEvent> events = code(text, DAY).events();
    CodedEvent e = events.get(events.size() - 1);
    return e.date().value() + " " + e.date().rule();
  }
}
