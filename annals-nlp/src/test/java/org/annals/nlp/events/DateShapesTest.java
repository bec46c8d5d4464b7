package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * Dates of common news shapes (session 24, h111): a lowercase "march" is a demonstration, not the
 * month; a month without a year in a present-perfect clause ("Since March, … have held") is the
 * latest such month, and "has promised to restore" is no future; an occasion whose participle is
 * dated dates the act; a perfect over a span of weeks is a series; a time inside a relative clause
 * dates that clause only.
 * Sentences written for this test.
 */
class DateShapesTest extends CodingTestBase {
  private static final String DAY = "2024-05-10"; // a Friday
  private static final String NOVEMBER = "2023-11-17"; // a Friday

  private static String lastDateOf(String text, String published, String trigger) {
    return code(text, published).events().stream()
        .filter(e -> e.evidence().trigger().text().contains(trigger)).map(CodedEvent::date)
        .map(d -> d.value() + " " + d.rule()).reduce((a, b) -> b).orElse("no event");
  }

  @Test
  void aLowercaseMarchIsNoMonth() {
    assertThat(dateOf("Ghanaian police arrested 20 students during a march against tuition fees.", DAY, "arrested"))
        .doesNotStartWith("2024-03").doesNotStartWith("2025-03");
    assertThat(dateOf("Nepalese police detained a union leader at the march on parliament.", DAY, "detained"))
        .doesNotStartWith("2024-03");
    assertThat(dateOf("Thousands of farmers marched in Lagos on Wednesday. Nigerian police detained 12 farmers"
        + " during the march.", DAY, "detained")).startsWith("2024-05-08");
    assertThat(dateOf("Bolivian soldiers fired tear gas at a march of miners in La Paz.", DAY, "tear gas"))
        .doesNotStartWith("2024-03");
  }

  @Test
  void aMonthInAPresentPerfectClauseIsTheLatestSuchMonth() {
    assertThat(dateOf("In 2019, Peru accused Ecuador of smuggling. Since March, the navies of Peru and Ecuador"
        + " have held joint patrols.", NOVEMBER, "patrols")).startsWith("2023-03");
    assertThat(dateOf("Since April, Turkish troops have shelled Kurdish villages in Syria.", NOVEMBER, "shelled"))
        .doesNotStartWith("2024");
    assertThat(dateOf("The Malian junta, which seized power in August, has promised to hold elections.",
        NOVEMBER, "promised")).doesNotStartWith("2024");
    assertThat(dateOf("Since February, Venezuelan police have detained dozens of opposition activists.",
        NOVEMBER, "detained")).doesNotStartWith("2024");
  }

  @Test
  void anOccasionWhoseParticipleIsDatedDatesTheAct() {
    assertThat(dateOf("In a speech broadcast on Monday, Romanian President Ion Dragan accused Hungary of"
        + " meddling.", DAY, "accused")).startsWith("2024-05-06");
    assertThat(dateOf("In an interview published on Tuesday, the Czech prime minister criticised the Slovak"
        + " government.", DAY, "criticised")).startsWith("2024-05-07");
    assertThat(dateOf("At a briefing held on Wednesday, the Ukrainian foreign ministry accused Belarus of"
        + " hosting Russian missiles.", DAY, "accused")).startsWith("2024-05-08");
    assertThat(dateOf("In a statement released on Thursday, Armenia condemned the Azerbaijani shelling of"
        + " border villages.", DAY, "condemned")).startsWith("2024-05-09");
  }

  @Test
  void aPerfectOverASpanOfWeeksIsASeriesNotTheActDatedBefore() {
    assertThat(lastDateOf("Iranian police arrested two French tourists in Tehran on Tuesday. In recent weeks,"
        + " dozens of students have been arrested by Iranian police.", DAY, "arrested"))
        .startsWith("before 2024-05-10");
    assertThat(lastDateOf("Ugandan police detained the singer Moses Kato in Kampala on Monday. Ugandan police"
        + " have detained his supporters for months.", DAY, "detained")).startsWith("before 2024-05-10");
  }

  @Test
  void aTimeInARelativeClauseDatesNotTheMainClause() {
    assertThat(dateOf("The Malian junta, which seized power in August, has promised to hold elections.",
        NOVEMBER, "promised")).startsWith("before 2023-11-17");
    assertThat(dateOf("The Guinean army, which took power in September, promised to hand over power to"
        + " civilians.", NOVEMBER, "promised")).startsWith("before 2023-11-17");
    assertThat(dateOf("The Chadian council, which was formed in April, vowed to hold elections.", NOVEMBER,
        "vowed")).doesNotStartWith("2023-04");
    assertThat(dateOf("The Gabonese junta, which took power in August, pledged to free political prisoners.",
        NOVEMBER, "pledged")).doesNotStartWith("2023-08");
  }
}
