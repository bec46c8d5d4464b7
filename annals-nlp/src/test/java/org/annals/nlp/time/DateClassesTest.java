package org.annals.nlp.time;

import static org.annals.nlp.time.HandCodedEvents.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * Classes of "date off" on the tune articles of session 16 (issue 13), on articles written for this
 * test (facts invented), with events built by hand on their triggers: a date line at the head of
 * the text is no event's date; a judgement whose grounds run on to a time phrase next to a court
 * is of that time; a past-tense act takes the date of a dated act of the same type between the
 * same countries only when the article tells both by the same word; "during the hearing" takes the
 * day the article gave the hearing before; an act told in a relative clause is background and takes
 * no neighbour's date.
 */
class DateClassesTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2021, 3, 10);

  @Test
  void aDateLineRunIntoTheFirstSentenceIsNoEventsDate() {
    HandCodedEvents.Dated d = HandCodedEvents.code("Wednesday, March 10, 2021\u00A0\n"
        + "On Sunday, the opposition leader held a rally in the port city. The police detained two organisers.\n\n"
        + "The mayor praised the organisers.", WEDNESDAY, doc -> List.of(
            on(doc, "PROTEST", "held a rally", Modality.ASSERTED),
            on(doc, "COERCE", "detained", Modality.ASSERTED),
            on(doc, "SUPPORT", "praised", Modality.ASSERTED)));
    assertThat(d.date("held a rally")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2021-03-07", "time:weekday-past");
    assertThat(d.date("detained")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("before 2021-03-10", "time:before-publication:past-tense");
    assertThat(d.date("praised").value()).isEqualTo("before 2021-03-10");
  }

  @Test
  void aDateLineOnItsOwnParagraphAndADateInTheTextStay() {
    HandCodedEvents.Dated d = HandCodedEvents.code("Wednesday, March 10, 2021\n\n"
        + "The council voted on March 8, 2021 to expel the envoy.", WEDNESDAY, doc -> List.of(
            on(doc, "SANCTION", "expel", Modality.ASSERTED)));
    assertThat(d.date("expel").value()).isEqualTo("2021-03-08");
  }

  @Test
  void aJudgementIsOfTheTimeNextToItsCourt() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join(" ",
        "Marta Ilves was convicted of conspiring to export stolen tractors to a buyer abroad in 2011 in the "
            + "Northern District of Ohio, and was sentenced to serve nine years in prison.",
        "Jonas Berg was fined for failing to declare his income from three companies in 2015 at a court in Lyon.",
        "Paul Okafor was convicted of fraud.",
        "Lena Dorn was charged with attacking a courier in 2016 in a village near the border."),
        WEDNESDAY, doc -> List.of(
            on(doc, "SANCTION", "convicted of conspiring", Modality.ASSERTED),
            on(doc, "SANCTION", "sentenced", Modality.ASSERTED),
            on(doc, "SANCTION", "fined", Modality.ASSERTED),
            on(doc, "SANCTION", "convicted of fraud", Modality.ASSERTED),
            on(doc, "ACCUSE", "charged", Modality.ASSERTED)));
    assertThat(d.date("convicted of conspiring")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2011", CourtDates.RULE);
    assertThat(d.date("sentenced").value()).isEqualTo("2011");
    assertThat(d.date("fined")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2015", CourtDates.RULE);
    assertThat(d.date("convicted of fraud").value()).isEqualTo("before 2021-03-10");
    // a time next to a place that is no court stays the attack's, not the charge's
    assertThat(d.date("charged").rule()).isNotEqualTo(CourtDates.RULE);
  }

  private static ActorRef government(String country) {
    return new ActorRef(country, null, country, "GOV", country + "GOV", null, 0, 0, "test");
  }

  private static CodedEvent between(CodedEvent e, String source, String target) {
    return e.withParticipants(List.of(government(source)), List.of(government(target)));
  }

  @Test
  void aPastActTakesTheDateOfTheSameActToldByTheSameWordOnly() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join(" ",
        "On Tuesday, the president pardoned four prison guards.",
        "Drivers were told to stay off the main roads.",
        "On Monday, the health ministry called on all families to keep their children at home.",
        "Schools closed for a week.",
        "The president also pardoned a former mayor."), WEDNESDAY, doc -> List.of(
            between(on(doc, "CONCEDE", "president pardoned", Modality.ASSERTED), "FJI", "FJI"),
            between(on(doc, "REQUEST", "told", Modality.ASSERTED), "NZL", "NZL"),
            between(on(doc, "REQUEST", "called on", Modality.ASSERTED), "NZL", "NZL"),
            between(on(doc, "CONCEDE", "also pardoned", Modality.ASSERTED), "FJI", "FJI")));
    assertThat(d.date("president pardoned").value()).isEqualTo("2021-03-09");
    assertThat(d.date("called on").value()).isEqualTo("2021-03-08");
    assertThat(d.date("told")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("before 2021-03-10", Narrative.PAST_RULE);
    assertThat(d.date("also pardoned")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2021-03-09", SameEvent.RULE);
  }

  private static CodedEvent byPerson(CodedEvent e, String name, String country) {
    ActorRef person = new ActorRef(name, name, country, "GOV", country + "GOV", null, 0, 0, "ner:person");
    return e.withParticipants(List.of(person), List.of(government(country)));
  }

  @Test
  void anotherPersonsActOfTheSameWordLendsNoDate() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join(" ",
        "The president, Ana Silva, accused the broadcaster of lying to its viewers.",
        "On Monday, the attorney general, Jose Ramos, filed a petition, accusing the broadcaster of fraud.",
        "Ramos had accused the broadcaster of tax evasion in a letter."), WEDNESDAY, doc -> List.of(
            byPerson(on(doc, "ACCUSE", "accused the broadcaster of lying", Modality.ASSERTED), "Ana Silva", "PHL"),
            byPerson(on(doc, "ACCUSE", "accusing", Modality.ASSERTED), "Jose Ramos", "PHL"),
            byPerson(on(doc, "ACCUSE", "accused the broadcaster of tax", Modality.ASSERTED), "Jose Ramos", "PHL")));
    assertThat(d.date("accusing").value()).isEqualTo("2021-03-08");
    assertThat(d.date("accused the broadcaster of lying").value()).isEqualTo("before 2021-03-10");
    // the same person's act of the same word still takes the date
    assertThat(d.date("accused the broadcaster of tax")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2021-03-08", SameEvent.RULE);
  }

  @Test
  void duringTheOccasionTakesTheDayTheArticleGaveItBefore() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join(" ",
        "A parliamentary hearing on the port contract was held on March 2.",
        "The hearing started at 18:00 in the old chamber.",
        "Its director apologised to the committee during the hearing.",
        "Police detained a reporter during the protests."), WEDNESDAY, doc -> List.of(
            on(doc, "CONCEDE", "apologised", Modality.ASSERTED),
            on(doc, "COERCE", "detained", Modality.ASSERTED)));
    assertThat(d.date("apologised")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2021-03-02", Antecedents.RULE + "hearing");
    assertThat(d.date("detained").value()).isEqualTo("before 2021-03-10");
  }

  @Test
  void anActInARelativeClauseTakesNoNeighboursDate() {
    HandCodedEvents.Dated d = HandCodedEvents.code(String.join(" ",
        "On Sunday, police detained the opposition leader in the capital.",
        "Her brother, who was arrested and banned from the race, has left the country.",
        "Police also searched her office."), WEDNESDAY, doc -> List.of(
            between(on(doc, "COERCE", "detained", Modality.ASSERTED), "NIC", "NIC"),
            between(on(doc, "COERCE", "arrested", Modality.ASSERTED), "NIC", "NIC"),
            between(on(doc, "COERCE", "banned", Modality.ASSERTED), "NIC", "NIC"),
            between(on(doc, "COERCE", "searched", Modality.ASSERTED), "NIC", "NIC")));
    assertThat(d.date("detained").value()).isEqualTo("2021-03-07");
    assertThat(d.date("arrested")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("before 2021-03-10", Narrative.PAST_RULE);
    assertThat(d.date("banned").value()).isEqualTo("before 2021-03-10");
    // a detail told in a later sentence does not take the dated event's day
    assertThat(d.date("searched")).extracting(EventDate::value, EventDate::rule)
        .containsExactly("before 2021-03-10", Narrative.PAST_RULE);
  }
}
