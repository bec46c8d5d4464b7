package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * An event that is only asked about or waited for is not told (ModalityRules): a clause opened by
 * "whether", or a sentence that ends in a question mark, makes what it names speculative
 * ({@code open-question}); a present-tense clause opened by "until", "once" or "before" names what
 * has not happened yet, hypothetical ({@code pending-mark}); the same acts told plainly, or in the
 * past tense, stay asserted. Sentences written for this test.
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
  void whatAnUntilClauseWaitsForHasNotHappened() {
    assertThat(typeAndModality("Seoul will keep its tariffs until Tokyo apologizes for the remarks."))
        .contains("CONCEDE/" + Modality.HYPOTHETICAL);
    assertThat(typeAndModality("The talks will resume once the army withdraws from the valley."))
        .contains("RETREAT/" + Modality.HYPOTHETICAL);
  }

  @Test
  void aPastUntilClauseHappened() {
    assertThat(typeAndModality("The siege went on until the garrison surrendered on Sunday."))
        .contains("RETREAT/" + Modality.ASSERTED);
  }

  @Test
  void theSameActsToldPlainlyAreAsserted() {
    assertThat(typeAndModality("The rebels kidnapped the aid workers on Monday."))
        .containsExactly("ASSAULT/" + Modality.ASSERTED);
    assertThat(typeAndModality("China imposed sanctions on Lithuania."))
        .containsExactly("SANCTION/" + Modality.ASSERTED);
  }
}
