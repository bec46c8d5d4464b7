package org.annals.nlp.time;

import static org.annals.nlp.time.HandCodedEvents.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prospects with no time of their own (placed in the publication year, quoted or not) and the past-tense events of a same-day story (issue 13). Articles written for
 * this test (facts invented), published Wednesday 2021-03-10; events built by hand on their
 * triggers, annotated by the shared CoreNLP pipeline.
 */
class ProspectsAndLeadDatesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 10);
  private static final String BEFORE = "before 2021-03-10";
  private static final String SAME_DAY = "Wednesday, March 10, 2021\n\n"
      + "Today, the president of Freedonia opened the new session of parliament. "
      + "Opposition deputies heckled her from the benches.\n\n"
      + "Two deputies were expelled from the chamber. The speaker had suspended them once before.\n\n"
      + "\"We will impose new fines on anyone who disrupts this house,\" the president said.\n\n"
      + "If the opposition boycotts the vote, the budget could fail.\n\n"
      + "Police detained three protesters outside the building.";
  private static final String EARLIER_STORY = "Wednesday, March 10, 2021\n\n"
      + "On Monday, the supreme court of Freedonia annulled the election. Two judges resigned in protest.";
  private static HandCodedEvents.Dated sameDay;

  @BeforeAll
  static void annotate() {
    sameDay = HandCodedEvents.code(SAME_DAY, PUBLISHED, d -> List.of(on(d, "COERCE", "expelled", Modality.ASSERTED),
        on(d, "COERCE", "suspended", Modality.ASSERTED), on(d, "SANCTION", "impose", Modality.FUTURE),
        on(d, "PROTEST", "boycotts", Modality.HYPOTHETICAL), on(d, "COERCE", "detained", Modality.ASSERTED)));
  }

  private static EventDate date(String trigger) {
    return sameDay.date(trigger);
  }

  @Test
  void anUndatedHypotheticalIsPlacedInThePublicationYearAndSaysSo() {
    assertThat(date("boycotts")).extracting(EventDate::value, EventDate::precision, EventDate::basis,
        EventDate::rule).containsExactly("2021", Precision.YEAR, DateBasis.PUBLICATION,
            "time:undated-hypothetical:publication-year");
  }

  @Test
  void aQuotedPlanIsAProspectLikeAnyOtherDatedByItsStatement() {
    assertThat(date("impose")).extracting(EventDate::value, EventDate::precision, EventDate::rule)
        .containsExactly("before " + PUBLISHED, Precision.UNKNOWN, "time:undated-future:said-before-publication");
  }

  @Test
  void withoutAPublicationDateAProspectStaysUndated() {
    EventDate d = HandCodedEvents.code("If the opposition boycotts the vote, the budget could fail.", null,
        u -> List.of(on(u, "PROTEST", "boycotts", Modality.HYPOTHETICAL))).date("boycotts");
    assertThat(d).extracting(EventDate::value, EventDate::basis).containsExactly(null, DateBasis.UNKNOWN);
  }

  /**
   * Indirect speech under a past verb is of the statement's time; under a present verb a plan keeps
   * the prospect's own rule.
   */
  @Test
  void whatAPastStatementReportsIsOfTheStatementsTime() {
    String text = "A government spokesman said the ministry intends to challenge the ruling. "
        + "The minister announced that Freedonia will expel two diplomats. "
        + "Officials say the army will withdraw from the border.";
    HandCodedEvents.Dated d = HandCodedEvents.code(text, PUBLISHED, u -> List.of(
        on(u, "AGREE", "intends", Modality.ASSERTED), on(u, "COERCE", "expel", Modality.FUTURE),
        on(u, "RETREAT", "withdraw", Modality.FUTURE)));
    for (String trigger : List.of("intends", "expel")) {
      assertThat(d.date(trigger)).as(trigger).extracting(EventDate::value, EventDate::rule)
          .containsExactly(BEFORE, ReportedSpeech.RULE);
    }
    assertThat(d.date("withdraw").rule()).isEqualTo("time:undated-future:said-before-publication");
  }

  @Test
  void theSimplePastRightAfterATodayLeadIsOfTheStoryDay() {
    assertThat(date("expelled")).extracting(EventDate::value, EventDate::precision, EventDate::rule)
        .containsExactly("2021-03-10", Precision.DAY, SameDayLead.RULE);
    assertThat(date("expelled").expression().of(SAME_DAY)).isEqualTo("Today");
  }

  @Test
  void aPluperfectOrAnEventFarFromTheLeadStaysBeforePublication() {
    assertThat(date("suspended").value()).isEqualTo(BEFORE);
    assertThat(date("detained").value()).isEqualTo(BEFORE);
  }

  @Test
  void aStoryOfAnEarlierDayLeavesItsPastTenseEventsBeforePublication() {
    EventDate d = HandCodedEvents.code(EARLIER_STORY, PUBLISHED,
        u -> List.of(on(u, "RETREAT", "resigned", Modality.ASSERTED))).date("resigned");
    assertThat(d).extracting(EventDate::value, EventDate::rule)
        .containsExactly(BEFORE, Narrative.PAST_RULE);
  }
}
