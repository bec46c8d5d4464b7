package org.annals.nlp.time;

import static org.annals.nlp.time.HandCodedEvents.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dates that depend on the clause around the event or on the article around its sentence (issue 13):
 * a close before/after clause with a day, a sequenced after-clause that does not take its main
 * clause's day, a trailing participle of a speaker, "Saturday morning", a weekday in apposition, a
 * year named earlier in the sentence or paragraph, and a year that modifies a noun. An article
 * written for this test (facts invented), published Thursday 2016-03-10.
 */
class ClauseContextDatesTest {
  private static final String TEXT = String.join(" ",
      "A few hours before the talks collapsed on Tuesday, rebels shelled the airport of Sylvania.",
      "Shortly after the envoy arrived on Monday, the government of Sylvania expelled two journalists.",
      "Two days after the president returned on Monday, the army seized the port.",
      "After the president fired his deputy, the army moved on May 4, 2009.",
      "On Saturday morning, officials of Freedonia admitted their army had \"mistakenly\" shot down a passenger"
          + " plane, blaming a radar failure.",
      "Tuesday, the same day that he left the race, the senator endorsed his former rival.",
      "In the 2012 election, the senator did not endorse the governor until August.",
      "The senator accused the governor of fraud in the 2014 election.\n\n"
          + "The army of Freedonia seized power on March 3, 2014. The generals freed the prime minister on June 9."
          + "\n\nThe generals released two journalists on June 1. The two leaders will meet in June.\n\n"
          + "Last week a truck bomb killed nine soldiers in Sylvania, another attack blamed on the rebels.\n\n"
          + "Leaders of Economic Community (ECO) member states met in Bamako, Mali's capital, for a summit.");
  private static final LocalDate THURSDAY = LocalDate.of(2016, 3, 10);
  private static HandCodedEvents.Dated coded;

  @BeforeAll
  static void annotate() {
    coded = HandCodedEvents.code(TEXT, THURSDAY, d -> List.of(
        on(d, "ASSAULT", "shelled", Modality.ASSERTED), on(d, "SANCTION", "expelled", Modality.ASSERTED),
        on(d, "COERCE", "seized the port", Modality.ASSERTED), on(d, "SANCTION", "fired", Modality.ASSERTED),
        on(d, "MOBILIZE", "moved", Modality.ASSERTED), on(d, "ASSAULT", "shot", Modality.ASSERTED),
        on(d, "ACCUSE", "blaming", Modality.ASSERTED), on(d, "SUPPORT", "endorsed", Modality.ASSERTED),
        on(d, "SUPPORT", "endorse the governor", Modality.NEGATED), on(d, "ACCUSE", "accused", Modality.ASSERTED),
        on(d, "CONCEDE", "freed", Modality.ASSERTED), on(d, "CONCEDE", "released", Modality.ASSERTED),
        on(d, "CONSULT", "meet", Modality.FUTURE), on(d, "ASSAULT", "killed nine", Modality.ASSERTED),
        on(d, "ASSAULT", "attack blamed", Modality.ASSERTED), on(d, "CONSULT", "met in Bamako", Modality.ASSERTED)));
  }

  private static EventDate date(String trigger) {
    return coded.date(trigger);
  }

  @Test
  void aCloseBeforeOrAfterClauseGivesItsDay() {
    assertThat(date("shelled").value()).isEqualTo("2016-03-08");
    assertThat(date("shelled").rule()).isEqualTo(NearClauses.NEAR_RULE);
    assertThat(date("expelled").value()).isEqualTo("2016-03-07");
    // "two days after … on Monday": two days later
    assertThat(date("seized the port").value()).isEqualTo("2016-03-09");
  }

  @Test
  void anAfterClauseDoesNotTakeItsMainClausesDay() {
    assertThat(date("moved").value()).isEqualTo("2009-05-04");
    assertThat(date("fired").value()).isEqualTo("before 2016-03-10");
    assertThat(date("fired").rule()).isEqualTo(NearClauses.SEQUENCED_RULE);
  }

  @Test
  void aSpeakersTrailingParticipleIsOfTheSpeakingDay() {
    // "Saturday morning" is one day, the Saturday before publication, whatever SUTime counted
    assertThat(date("blaming").value()).isEqualTo("2016-03-05");
    // what was admitted happened before: the pluperfect keeps "before D"
    assertThat(date("shot").value()).isEqualTo("before 2016-03-10");
  }

  @Test
  void aWeekdayInAppositionIsThatWeekday() {
    assertThat(date("endorsed").value()).isEqualTo("2016-03-08");
    assertThat(date("endorsed").rule()).isEqualTo("time:sentence-opener");
  }

  @Test
  void aYearNamedBeforeInTheSentenceOrParagraphDatesAMonthWithoutOne() {
    assertThat(date("endorse the governor").value()).isEqualTo("2012-08");
    assertThat(date("endorse the governor").rule()).isEqualTo("time:year-from-context");
    assertThat(date("freed").value()).isEqualTo("2014-06-09");
    // a new paragraph, and a future clause, read the month from the publication date
    assertThat(date("released").value()).isEqualTo("2015-06-01");
    assertThat(date("meet").value()).isEqualTo("2016-06");
  }

  @Test
  void anOpeningPhraseOfTheMainVerbDatesTheSentenceWithoutAComma() {
    // published in ISO week 2016-W10: last week is W09
    assertThat(date("killed nine").value()).isEqualTo("2016-W09");
    assertThat(date("attack blamed").value()).isEqualTo("2016-W09");
    assertThat(date("attack blamed").rule()).isEqualTo("time:sentence-opener");
  }

  @Test
  void aNounTaggedAsAnAuxiliaryLeavesThePastTense() {
    // "member states met": "states" read as the auxiliary of "met"; the meeting is still told in the past
    assertThat(date("met in Bamako").value()).isEqualTo("before 2016-03-10");
    assertThat(date("met in Bamako").rule()).isEqualTo(Narrative.PAST_RULE);
  }

  @Test
  void aYearThatModifiesANounDoesNotDateTheClause() {
    assertThat(date("accused").value()).isEqualTo("before 2016-03-10");
  }
}
