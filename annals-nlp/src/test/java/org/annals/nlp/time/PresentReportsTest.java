package org.annals.nlp.time;

import static org.annals.nlp.time.HandCodedEvents.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.DateBasis;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An asserted event told in the present with no time of its own ("the ministry denies any role")
 * is reported as known on the day of the report, not dated to it: {@code before D}, precision
 * unknown (issue 13), when the story's lead is told in the past; a lead told in the present
 * (broadcast copy) dates the story to the publication day instead (PresentLead, WireDatesTwoTest).
 * Its own time phrase, a future and a past-tense event keep their rules. An article written for
 * this test (facts invented), published Thursday 2016-03-10.
 */
class PresentReportsTest {
  private static final String TEXT = String.join("\n\n",
      "On Tuesday, the foreign ministry of Sylvania rejected the accusation.",
      "The interior ministry of Freedonia denies any role in the bombing of the pipeline.",
      "The former defence minister of Freedonia faces charges of fraud.",
      "The army of Freedonia will withdraw its troops from the border.");
  private static HandCodedEvents.Dated coded;

  @BeforeAll
  static void annotate() {
    coded = HandCodedEvents.code(TEXT, LocalDate.of(2016, 3, 10), d -> List.of(
        on(d, "REJECT", "denies", Modality.ASSERTED), on(d, "ACCUSE", "faces charges", Modality.ASSERTED),
        on(d, "REJECT", "rejected", Modality.ASSERTED), on(d, "RETREAT", "withdraw", Modality.FUTURE)));
  }

  @Test
  void anUndatedPresentReportIsBeforeThePublicationDateNotOnIt() {
    for (String trigger : List.of("denies", "faces charges")) {
      assertThat(coded.date(trigger).value()).isEqualTo("before 2016-03-10");
      assertThat(coded.date(trigger).precision()).isEqualTo(Precision.UNKNOWN);
      assertThat(coded.date(trigger).basis()).isEqualTo(DateBasis.PUBLICATION);
      assertThat(coded.date(trigger).rule()).isEqualTo(Narrative.PRESENT_RULE);
    }
  }

  @Test
  void anOwnTimeAndAProspectKeepTheirRules() {
    assertThat(coded.date("rejected").value()).isEqualTo("2016-03-08");
    assertThat(coded.date("withdraw").rule()).isEqualTo("time:undated-future:said-before-publication");
  }
}
