package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * Modality of shapes beyond the auxiliaries (ModalityRules): a "no" on the trigger's noun, "no
 * longer", and the hedging governors "believe", "appear", "seem", "unclear". Sentences written
 * for this test.
 */
class ModalityShapesTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  private static List<String> typeAndModality(String text) {
    return code(text, DAY).events().stream().map(e -> e.event() + "/" + e.modality()).toList();
  }

  @Test
  void aNoOnTheTriggersNounDeniesTheAct() {
    assertThat(typeAndModality("No agreement was reached between Egypt and Ethiopia on the dam."))
        .containsExactly("AGREE/" + Modality.NEGATED);
  }

  @Test
  void noLongerNegatesTheAct() {
    assertThat(typeAndModality("Brazil no longer supports the Venezuelan opposition."))
        .containsExactly("SUPPORT/" + Modality.NEGATED);
  }

  @Test
  void aBeliefOrAnAppearanceMakesTheActSpeculative() {
    assertThat(typeAndModality("Officials believe Iranian agents attacked the tanker."))
        .containsExactly("ASSAULT/" + Modality.SPECULATIVE);
    assertThat(typeAndModality("The ambassador appears to have met Hamas leaders in Qatar."))
        .containsExactly("CONSULT/" + Modality.SPECULATIVE);
    assertThat(typeAndModality("Uzbek police are believed to have detained the journalist."))
        .containsExactly("COERCE/" + Modality.SPECULATIVE);
  }

  @Test
  void plainActsStayAsserted() {
    assertThat(typeAndModality("The Czech president met the Slovak prime minister in Prague."))
        .containsExactly("CONSULT/" + Modality.ASSERTED);
    assertThat(typeAndModality("The Philippine coast guard seized a Chinese fishing boat."))
        .extracting(s -> s.endsWith("/" + Modality.ASSERTED)).containsOnly(true);
  }
}
