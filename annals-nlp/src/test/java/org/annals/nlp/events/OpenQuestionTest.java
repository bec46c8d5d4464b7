package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * An event that is only asked about is not told (ModalityRules, word list {@code open-question}):
 * a clause opened by "whether", or a sentence that ends in a question mark, makes what it names
 * speculative; the same acts told plainly stay asserted. Sentences written for this test.
 */
class OpenQuestionTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  private static List<String> typeAndModality(String text) {
    return code(text, DAY).events().stream().map(e -> e.event() + "/" + e.modality()).toList();
  }

  @Test
  void aWhetherClauseIsAsked() {
    assertThat(typeAndModality("Nobody knows whether the rebels kidnapped the aid workers."))
        .containsExactly("ASSAULT/" + Modality.SPECULATIVE);
    assertThat(typeAndModality("Whether Turkey will veto the bid is still an open question."))
        .containsExactly("REJECT/" + Modality.SPECULATIVE);
  }

  @Test
  void aQuestionIsAsked() {
    assertThat(typeAndModality("Did China impose sanctions on Lithuania?"))
        .containsExactly("SANCTION/" + Modality.SPECULATIVE);
  }

  @Test
  void theSameActsToldPlainlyAreAsserted() {
    assertThat(typeAndModality("The rebels kidnapped the aid workers on Monday."))
        .containsExactly("ASSAULT/" + Modality.ASSERTED);
    assertThat(typeAndModality("China imposed sanctions on Lithuania."))
        .containsExactly("SANCTION/" + Modality.ASSERTED);
  }
}
