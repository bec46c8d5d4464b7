package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cooperative act one says one will not do is a refusal made (ModalityRules.refusal, Codings):
 * REJECT with the code of what is refused, asserted; one side of a refused joint act refuses the
 * other. A cooperative act that did not happen stays itself, negated, and a refusal inside a
 * condition is no refusal made. Sentences written for this test.
 */
class AnnouncedRefusalsTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  private static List<String> coded(String text) {
    return code(text, DAY).events().stream()
        .map(e -> e.event() + " " + e.cameo() + " " + e.modality().label() + " "
            + e.actors().stream().map(a -> a.country()).toList() + "->"
            + e.recipients().stream().map(a -> a.country()).toList())
        .toList();
  }

  @Test
  void willNotReleaseIsARefusalToYield() {
    assertThat(coded("Turkey will not release the Swedish journalist, the justice minister said."))
        .containsExactly("REJECT 1246 asserted [TUR]->[SWE]");
  }

  @Test
  void wouldNotExtraditeIsARefusalToCooperate() {
    assertThat(coded("Ghana said it would not extradite the former minister to Nigeria."))
        .containsExactly("REJECT 121 asserted [GHA]->[NGA]");
  }

  @Test
  void oneSideOfRefusedTalksRefusesTheOther() {
    assertThat(coded("The Serbian government will not hold talks with Kosovo's leaders, a spokesman said."))
        .containsExactly("REJECT 125 asserted [SRB]->[KOS]");
  }

  @Test
  void anActThatDidNotHappenStaysNegated() {
    assertThat(coded("India has not withdrawn its troops from the border."))
        .containsExactly("RETREAT 087 negated [IND]->[]");
  }

  @Test
  void aRefusalInsideAConditionIsNone() {
    assertThat(coded("If the talks fail, Turkey would not release the Swedish journalist."))
        .noneMatch(e -> e.startsWith("REJECT"));
  }
}
