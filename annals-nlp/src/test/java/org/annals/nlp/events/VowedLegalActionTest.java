package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * A promise of legal action, told by a verb or by its noun object ("promised a full inquiry"),
 * is that action announced (ACCUSE, future), not an AGREE; a promise of anything else stays an
 * AGREE. "Bring ... to justice" is a prosecution. Sentences written for this test (h121).
 */
class VowedLegalActionTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  private static List<String> typeAndModality(String text) {
    return code(text, DAY).events().stream().map(e -> e.event() + "/" + e.modality()).toList();
  }

  @Test
  void aPromisedInquiryNamedByItsNounIsTheInquiryAnnounced() {
    List<CodedEvent> events = code("The Philippine justice secretary promised a full inquiry"
        + " into the shooting.", DAY).events();
    assertThat(events).extracting(e -> e.event() + "/" + e.modality()).containsExactly("ACCUSE/FUTURE");
    assertThat(events.get(0).evidence().rule()).contains("+legal-action:");
    assertThat(typeAndModality("Peru's interior minister pledged an investigation into the"
        + " deaths of the miners.")).containsExactly("ACCUSE/FUTURE");
  }

  @Test
  void bringingSomeoneToJusticeIsAProsecution() {
    assertThat(typeAndModality("Ghana said it would bring the smugglers to justice."))
        .containsExactly("ACCUSE/FUTURE");
  }

  @Test
  void aPromiseOfSomethingOtherThanLegalActionStaysAnAgreement() {
    assertThat(typeAndModality("Vietnam's prime minister promised new local elections before the"
        + " end of the year.")).containsExactly("AGREE/ASSERTED");
    assertThat(typeAndModality("Norway pledged 40 million dollars to the reconstruction fund."))
        .containsExactly("AGREE/ASSERTED");
  }
}
