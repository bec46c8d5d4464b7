package org.annals.nlp.time;

import static org.annals.nlp.time.HandCodedEvents.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * "Now", "currently", "at present" (SUTime's PRESENT_REF) tell that a state holds, not the day an
 * act was done: they give no event the publication day, while "today" still does. Sentences
 * written for this test (facts invented), published 2023-09-14.
 */
class PresentStateWordsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 9, 14);

  @Test
  void nowAndCurrentlyDateNoAct() {
    HandCodedEvents.Dated d = HandCodedEvents.code(
        "Sylvanian police now detain protesters without charge. "
            + "The two former ministers, convicted in May, are currently barred from office.",
        PUBLISHED, u -> List.of(on(u, "COERCE", "detain", Modality.ASSERTED),
            on(u, "SANCTION", "barred", Modality.ASSERTED)));
    for (String trigger : List.of("detain", "barred")) {
      assertThat(d.date(trigger).value()).as(trigger).isNotEqualTo(PUBLISHED.toString());
      assertThat(d.date(trigger).rule()).as(trigger).doesNotEndWith(":present-ref");
    }
  }

  @Test
  void todayStillDatesTheAct() {
    HandCodedEvents.Dated d = HandCodedEvents.code("Sylvanian police detained forty protesters today.",
        PUBLISHED, u -> List.of(on(u, "COERCE", "detained", Modality.ASSERTED)));
    assertThat(d.date("detained").value()).isEqualTo(PUBLISHED.toString());
  }
}
