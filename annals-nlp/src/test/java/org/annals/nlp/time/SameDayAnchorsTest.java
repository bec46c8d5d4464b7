package org.annals.nlp.time;

import static org.annals.nlp.time.HandCodedEvents.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.Modality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "The same day", "later that day", "that evening" (time-words list {@code same-day}) name the day
 * of an event told before, not the publication day SUTime gives them. An article written for this test (facts invented), published
 * Thursday 2021-03-11.
 */
class SameDayAnchorsTest {
  private static final String TEXT = String.join("\n\n",
      "On Monday, the parliament of Sylvania voted to impeach the president.",
      "On the same day, the interior minister of Sylvania resigned.",
      "Later that day, the army of Sylvania arrested two opposition deputies.",
      "That evening, the Freedonian ambassador condemned the arrests.",
      "The prime minister of Sylvania thanked the parliament on Wednesday.");
  private static HandCodedEvents.Dated coded;

  @BeforeAll
  static void annotate() {
    LocalDate published = LocalDate.of(2021, 3, 11);
    coded = HandCodedEvents.code(TEXT, published, d -> List.of(
        on(d, "ACCUSE", "impeach", Modality.ASSERTED), on(d, "RETREAT", "resigned", Modality.ASSERTED),
        on(d, "COERCE", "arrested", Modality.ASSERTED), on(d, "ACCUSE", "condemned", Modality.ASSERTED),
        on(d, "SUPPORT", "thanked", Modality.ASSERTED)));
  }

  @Test
  void theSameDayIsTheDayOfTheEventToldBefore() {
    assertThat(coded.date("impeach").value()).isEqualTo("2021-03-08");
    assertThat(coded.date("resigned").value()).isEqualTo("2021-03-08");
    assertThat(coded.date("resigned").rule()).isEqualTo("time:anchor:same-day");
  }

  @Test
  void laterThatDayAndThatEveningToo() {
    assertThat(coded.date("arrested").value()).isEqualTo("2021-03-08");
    assertThat(coded.date("condemned").value()).isEqualTo("2021-03-08");
  }

  @Test
  void anEventWithItsOwnDayKeepsIt() {
    assertThat(coded.date("thanked").value()).isEqualTo("2021-03-10");
  }
}
