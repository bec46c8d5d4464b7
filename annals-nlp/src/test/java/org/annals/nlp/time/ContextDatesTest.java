package org.annals.nlp.time;

import static org.annals.nlp.time.HandCodedEvents.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * Dates the text gives only by its context (session 22, h97), on articles written for this test
 * (facts invented), with events built by hand on their triggers: "at the time" is the time the
 * narrative last set; a hedged event with no time of its own is before publication; "years ago" is
 * the indefinite past; "had shipped it by April 19" is April; "a few days later" is the month of the events told before; "the morning after
 * the vote" is not the publication day; "40 minutes after the explosion" is the explosion's day;
 * "the next day" counts from a day given earlier in its own sentence. Published Friday 2022-05-13.
 */
class ContextDatesTest {
  private static final LocalDate FRIDAY = LocalDate.of(2022, 5, 13);
  private static final String BEFORE = "before 2022-05-13";

  @Test
  void atTheTimeIsTheTimeTheNarrativeLastSet() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join("\n\n",
        "The curfew was due to expire on April 20, but on April 18 it was prolonged by a month. "
            + "At the time, the interior minister urged shopkeepers to close early.",
        "The governor resigned in early March after losing the confidence vote of March 2. "
            + "She did not back any successor at the time.",
        "Talks between the two unions collapsed on February 9. The mediator blamed both sides at that time.",
        "The senator criticised the budget at the time of the debate."), FRIDAY, doc -> List.of(
            on(doc, "REQUEST", "urged", Modality.ASSERTED),
            on(doc, "SUPPORT", "back", Modality.NEGATED),
            on(doc, "ACCUSE", "blamed", Modality.ASSERTED),
            on(doc, "ACCUSE", "criticised", Modality.ASSERTED)));
    assertThat(d.date("urged")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2022-04-18", ContextDates.AT_THE_TIME_RULE);
    assertThat(d.date("back")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2022-03", ContextDates.AT_THE_TIME_RULE);
    assertThat(d.date("blamed")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2022-02-09", ContextDates.AT_THE_TIME_RULE);
    // "at the time of the debate" names another occasion, not the narrative's last time
    assertThat(d.date("criticised").rule()).isNotEqualTo(ContextDates.AT_THE_TIME_RULE);
  }

  @Test
  void atTheTimeWithNoTimeSetBeforeKeepsItsDate() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join("\n\n",
        "The opposition boycotted the session. At the time, its leader accused the speaker of bias."),
        FRIDAY, doc -> List.of(on(doc, "ACCUSE", "accused", Modality.ASSERTED)));
    assertThat(d.date("accused").rule()).isNotEqualTo(ContextDates.AT_THE_TIME_RULE);
    assertThat(d.date("accused").value()).isEqualTo(BEFORE);
  }

  @Test
  void aHedgedEventWithNoTimeOfItsOwnIsBeforePublication() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join("\n\n",
        "Witnesses said the guards may have beaten the prisoners.",
        "The ministry would weigh sanctions against the exporters, an adviser said.",
        "Early accounts suggested that soldiers helped villagers to flee.",
        "Officials said the army may have shelled the bridge on Tuesday."), FRIDAY, doc -> List.of(
            on(doc, "ASSAULT", "beaten", Modality.SPECULATIVE),
            on(doc, "SANCTION", "sanctions", Modality.SPECULATIVE),
            on(doc, "AID", "helped", Modality.SPECULATIVE),
            on(doc, "ASSAULT", "shelled", Modality.SPECULATIVE)));
    assertThat(d.date("beaten").value()).isEqualTo(BEFORE);
    assertThat(d.date("sanctions").value()).isEqualTo(BEFORE);
    assertThat(d.date("helped").value()).isEqualTo(BEFORE);
    // a hedged event with its own day keeps it
    assertThat(d.date("shelled").value()).isEqualTo("2022-05-10");
  }

  @Test
  void anUncountedSpanBackIsTheIndefinitePast() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join("\n\n",
        "The editor was jailed for sedition years ago.",
        "The two parties signed a pact a number of months ago.",
        "The colonel was convicted of bribery two years ago."), FRIDAY, doc -> List.of(
            on(doc, "COERCE", "jailed", Modality.ASSERTED),
            on(doc, "AGREE", "signed", Modality.ASSERTED),
            on(doc, "SANCTION", "convicted", Modality.ASSERTED)));
    assertThat(d.date("jailed").value()).isEqualTo(BEFORE);
    assertThat(d.date("signed").value()).isEqualTo(BEFORE);
    // a counted span keeps its year
    assertThat(d.date("convicted").value()).startsWith("2020");
  }

  @Test
  void aFewDaysLaterIsTheMonthOfTheEventsToldBefore() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join("\n\n",
        "On March 28, the council expelled two journalists. A few days later the mayor condemned the decision.",
        "The rebels shelled the airport on January 3. Several weeks later, the army retook the town.",
        "Two days later, the council apologised."), FRIDAY, doc -> List.of(
            on(doc, "COERCE", "expelled", Modality.ASSERTED),
            on(doc, "ACCUSE", "condemned", Modality.ASSERTED),
            on(doc, "ASSAULT", "shelled", Modality.ASSERTED),
            on(doc, "ASSAULT", "retook", Modality.ASSERTED),
            on(doc, "CONCEDE", "apologised", Modality.ASSERTED)));
    assertThat(d.date("condemned")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2022-03", ContextDates.SOME_LATER_RULE);
    assertThat(d.date("retook")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2022-01", ContextDates.SOME_LATER_RULE);
    // a counted span is no uncounted one
    assertThat(d.date("apologised").rule()).isNotEqualTo(ContextDates.SOME_LATER_RULE);
  }

  @Test
  void aDayAfterByInAPastClauseIsTheMonthTheActWasDoneWithin() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join("\n\n",
        "The relief agency had shipped 40 tonnes of flour to the island by April 19.",
        "The donors had pledged two million dollars to the clinic by March 30.",
        "The ministry will decide on the request by May 20.",
        "The army handed over the base on April 19."), FRIDAY, doc -> List.of(
            on(doc, "AID", "shipped", Modality.ASSERTED),
            on(doc, "AID", "pledged", Modality.ASSERTED),
            on(doc, "CONSULT", "decide", Modality.FUTURE),
            on(doc, "CONCEDE", "handed", Modality.ASSERTED)));
    assertThat(d.date("shipped").value()).isEqualTo("2022-04");
    assertThat(d.date("pledged").value()).isEqualTo("2022-03");
    // a future limit, and a day without "by", keep the day
    assertThat(d.date("decide").value()).isEqualTo("2022-05-20");
    assertThat(d.date("handed").value()).isEqualTo("2022-04-19");
  }

  @Test
  void aPartOfTheDayOfAnotherEventIsNotThePublicationDay() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join("\n\n",
        "The suspect surrendered to the police on the morning after the riot.",
        "Troops detained the organisers in the evening following the rally.",
        "This morning, the police detained the mayor."), FRIDAY, doc -> List.of(
            on(doc, "COERCE", "surrendered", Modality.ASSERTED),
            on(doc, "COERCE", "detained the organisers", Modality.ASSERTED),
            on(doc, "COERCE", "detained the mayor", Modality.ASSERTED)));
    assertThat(d.date("surrendered").value()).isEqualTo(BEFORE);
    assertThat(d.date("detained the organisers").value()).isEqualTo(BEFORE);
    assertThat(d.date("detained the mayor").value()).isEqualTo("2022-05-13");
  }

  @Test
  void minutesOrHoursAfterAnEventAreOfItsDay() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join("\n\n",
        "A car bomb attack killed four soldiers on Tuesday.",
        "Police arrested a suspect 40 minutes after the bomb attack.",
        "Students marched to the embassy a few hours before the attack.",
        "Police arrested a second man 40 minutes after a press conference."), FRIDAY, doc -> List.of(
            on(doc, "ASSAULT", "attack killed", Modality.ASSERTED),
            on(doc, "COERCE", "arrested a suspect", Modality.ASSERTED),
            on(doc, "PROTEST", "marched", Modality.ASSERTED),
            on(doc, "COERCE", "arrested a second", Modality.ASSERTED)));
    assertThat(d.date("attack killed").value()).isEqualTo("2022-05-10");
    assertThat(d.date("arrested a suspect").value()).isEqualTo("2022-05-10");
    assertThat(d.date("marched").value()).isEqualTo("2022-05-10");
    // no event of that name was told before: the tense's date
    assertThat(d.date("arrested a second").value()).isEqualTo(BEFORE);
  }

  @Test
  void hoursAfterAnEventNoCodedEventNamesAreOfTheDayTheArticleGaveIt() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join("\n\n",
        "The rebels launched an attack on the northern garrison on Tuesday.",
        "Soldiers detained two suspects three hours after the attack.",
        "Soldiers detained a courier three hours after the parade."), FRIDAY, doc -> List.of(
            on(doc, "COERCE", "detained two", Modality.ASSERTED),
            on(doc, "COERCE", "detained a courier", Modality.ASSERTED)));
    assertThat(d.date("detained two")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2022-05-10", "time:anchor:n-after-noun:attack:antecedent");
    // a noun that names no event keeps the tense's date
    assertThat(d.date("detained a courier").value()).isEqualTo(BEFORE);
  }

  @Test
  void anActFollowingADatedOccasionIsOfItsDay() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join("\n\n",
        "Parliament voted on Tuesday to expel the trade envoy. Following the vote, the neighbouring "
            + "government protested.",
        "The summit of the two leaders took place on Monday. After the summit, the opposition accused the "
            + "premier of weakness.",
        "After the ceremony, the bishop criticised the minister."), FRIDAY, doc -> List.of(
            on(doc, "PROTEST", "protested", Modality.ASSERTED),
            on(doc, "ACCUSE", "accused", Modality.ASSERTED),
            on(doc, "ACCUSE", "criticised", Modality.ASSERTED)));
    assertThat(d.date("protested")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2022-05-10", ContextDates.FOLLOWING_RULE + "vote");
    assertThat(d.date("accused")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2022-05-09", ContextDates.FOLLOWING_RULE + "summit");
    // an occasion the article never dated keeps the tense's date
    assertThat(d.date("criticised").value()).isEqualTo(BEFORE);
  }

  @Test
  void theNextDayCountsFromADayEarlierInItsSentence() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join("\n\n",
        "The court fined the newspaper on April 4.",
        "On May 2, the minister announced her resignation, before withdrawing it the next day.",
        "The union called off the strike the next day."), FRIDAY, doc -> List.of(
            on(doc, "SANCTION", "fined", Modality.ASSERTED),
            on(doc, "CONCEDE", "withdrawing", Modality.ASSERTED),
            on(doc, "CONCEDE", "called off", Modality.ASSERTED)));
    assertThat(d.date("withdrawing").value()).isEqualTo("2022-05-03");
    // with no day in its own sentence, from the latest event dated to the day
    assertThat(d.date("called off").value()).isEqualTo("2022-05-04");
    assertThat(d.date("called off").rule()).isEqualTo("time:anchor:next-day");
  }
}
