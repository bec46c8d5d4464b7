package org.annals.nlp.time;

import static org.annals.nlp.time.HandCodedEvents.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.CodedEvent;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * Classes of "date off" on the tune articles of session 21 (protests, attacks, requests), on
 * sentences written for this test (facts invented), with events built by hand on their triggers:
 * a by-gerund tells how the act was done, so its time phrase dates the act; a boycott is of the
 * occasion it names, dated earlier in the article; a first-person present inside a quotation tied
 * to the story day (a word of the speaker's day, or "after the speech") is of that day; a year that
 * is part of a name dates neither the clause nor the act. Published Friday 2022-05-13.
 */
class DateClassesTwoTest {
  private static final LocalDate FRIDAY = LocalDate.of(2022, 5, 13);
  private static final String BEFORE = "before 2022-05-13";

  private static CodedEvent boycott(CodedEvent e) {
    return new CodedEvent(e.id(), e.event(), "boycott", e.context(), e.cameo(), e.quadClass(), e.goldstein(),
        e.actors(), e.recipients(), e.symmetric(), e.date(), e.location(), e.attributes(), e.modality(),
        e.attribution(), e.evidence(), e.confidence());
  }

  @Test
  void aByGerundsTimeDatesTheActItDescribes() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join("\n\n",
        "Wheat farmers protested by blocking the main highway with their tractors on Wednesday.",
        "Opposition deputies protested by banging on their desks and waving flags during Tuesday's budget debate.",
        "Medical students demonstrated by occupying the ministry of health on Monday night.",
        "The navy retaliated by shelling the coastal town on Thursday."), FRIDAY, doc -> List.of(
            on(doc, "PROTEST", "farmers protested", Modality.ASSERTED),
            on(doc, "PROTEST", "deputies protested", Modality.ASSERTED),
            on(doc, "PROTEST", "demonstrated", Modality.ASSERTED),
            on(doc, "ASSAULT", "retaliated", Modality.ASSERTED)));
    assertThat(d.date("farmers protested")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2022-05-11", MannerClauses.RULE);
    assertThat(d.date("deputies protested")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2022-05-10", MannerClauses.RULE);
    assertThat(d.date("demonstrated")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2022-05-09", MannerClauses.RULE);
    assertThat(d.date("retaliated")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2022-05-12", MannerClauses.RULE);
  }

  @Test
  void anActWithItsOwnTimeOrASequencedGerundKeepsItsDate() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join("\n\n",
        "Nurses protested on Monday by marching to the ministry of health.",
        "Dockworkers protested after blocking the port on Wednesday.",
        "Teachers protested by marching to the ministry of education."), FRIDAY, doc -> List.of(
            on(doc, "PROTEST", "Nurses protested", Modality.ASSERTED),
            on(doc, "PROTEST", "Dockworkers protested", Modality.ASSERTED),
            on(doc, "PROTEST", "Teachers protested", Modality.ASSERTED)));
    assertThat(d.date("Nurses protested").value()).isEqualTo("2022-05-09");
    assertThat(d.date("Nurses protested").rule()).isNotEqualTo(MannerClauses.RULE);
    assertThat(d.date("Dockworkers protested").value()).isEqualTo(BEFORE);
    assertThat(d.date("Teachers protested").value()).isEqualTo(BEFORE);
  }

  @Test
  void aBoycottIsOfTheOccasionItNames() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join("\n\n",
        "Parliament voted on Tuesday to extend the state of emergency. The vote was boycotted by opposition deputies.",
        "A swearing-in ceremony for the new governor was held on Monday. Three parties boycotted the ceremony.",
        "Union leaders boycotted the meeting. Farmers boycotted the talks."), FRIDAY, doc -> List.of(
            boycott(on(doc, "PROTEST", "was boycotted", Modality.ASSERTED)),
            boycott(on(doc, "PROTEST", "parties boycotted", Modality.ASSERTED)),
            boycott(on(doc, "PROTEST", "leaders boycotted", Modality.ASSERTED)),
            boycott(on(doc, "PROTEST", "Farmers boycotted", Modality.ASSERTED))));
    assertThat(d.date("was boycotted")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2022-05-10", Antecedents.BOYCOTT_RULE + "vote");
    assertThat(d.date("parties boycotted")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2022-05-09", Antecedents.BOYCOTT_RULE + "ceremony");
    // a meeting the article never dated, and a plural series, keep the past tense's date
    assertThat(d.date("leaders boycotted").value()).isEqualTo(BEFORE);
    assertThat(d.date("Farmers boycotted").value()).isEqualTo(BEFORE);
  }

  @Test
  void aQuotedFirstPersonPresentTiedToTheStoryIsOfTheStoryDay() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join("\n\n",
        "On Tuesday, the president of Ruritania dismissed the defence minister.",
        "\"I told him last night that his services were no longer needed. I thank him for his work,\" "
            + "the president wrote.",
        "After the speech, the opposition leader told reporters: \"We urge the president to resign.\"",
        "Following the vote, the envoy said: \"We strongly condemn this decision.\""), FRIDAY, doc -> List.of(
            on(doc, "COERCE", "dismissed", Modality.ASSERTED),
            on(doc, "SUPPORT", "thank", Modality.ASSERTED),
            on(doc, "REQUEST", "urge", Modality.ASSERTED),
            on(doc, "ACCUSE", "condemn", Modality.ASSERTED)));
    assertThat(d.date("dismissed").value()).isEqualTo("2022-05-10");
    assertThat(d.date("thank")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2022-05-10", Performatives.RULE);
    assertThat(d.date("urge")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2022-05-10", Performatives.RULE);
    assertThat(d.date("condemn")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2022-05-10", Performatives.RULE);
  }

  @Test
  void aQuotationTiedToNoDayOrNotInTheFirstPersonPresentKeepsBeforePublication() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join("\n\n",
        "On Tuesday, the president of Ruritania dismissed the defence minister.",
        "In remarks to a radio station, the senator said: \"I urge my colleagues to reject the budget.\"",
        "After the speech, a spokesman said: \"The government urges calm.\""), FRIDAY, doc -> List.of(
            on(doc, "COERCE", "dismissed", Modality.ASSERTED),
            on(doc, "REQUEST", "I urge", Modality.ASSERTED),
            on(doc, "REQUEST", "urges calm", Modality.ASSERTED)));
    assertThat(d.date("I urge").value()).isEqualTo(BEFORE);
    assertThat(d.date("urges calm").value()).isEqualTo(BEFORE);
  }

  @Test
  void aYearThatIsPartOfANameDatesNoAct() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join("\n\n",
        "Violence broke out on Sunday when several thousand people gathered in the capital to protest the "
            + "results of the 2021 Presidential Election.",
        "In 2021, the opposition protested against the Electoral Commission."), FRIDAY, doc -> List.of(
            on(doc, "PROTEST", "protest the", Modality.ASSERTED),
            on(doc, "PROTEST", "opposition protested", Modality.ASSERTED)));
    assertThat(d.date("protest the").value()).isNotEqualTo("2021");
    assertThat(d.date("opposition protested").value()).isEqualTo("2021");
  }
}
