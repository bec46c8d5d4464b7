package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * Modality classes of h131 (ModalityRules): "has yet
 * to", an object that denies the act, "thought to", "unlikely to", a plan reported in the past
 * tense, a relative clause that is no inverted condition, and a failed attempt that was still made.
 * Sentences written for this test.
 */
class ModalityClassesTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  private static List<String> typeAndModality(String text) {
    return code(text, DAY).events().stream().map(e -> e.event() + "/" + e.modality()).toList();
  }

  @Test
  void aClaimedAttackStaysAsserted() {
    assertThat(typeAndModality("Hamas claimed responsibility for the rocket attack on Ashkelon."))
        .containsExactly("ASSAULT/" + Modality.ASSERTED);
    assertThat(typeAndModality("The rebels claimed the attack on the convoy."))
        .containsExactly("ASSAULT/" + Modality.ASSERTED);
  }

  @Test
  void yetToNegatesTheAct() {
    assertThat(typeAndModality("Australia has yet to expel the Iranian ambassador."))
        .containsExactly("SANCTION/" + Modality.NEGATED);
    assertThat(typeAndModality("Australia expelled the Iranian ambassador yet again."))
        .containsExactly("SANCTION/" + Modality.ASSERTED);
  }

  @Test
  void anObjectThatDeniesTheActNegatesIt() {
    assertThat(typeAndModality("Police in Dhaka arrested nobody."))
        .containsExactly("COERCE/" + Modality.NEGATED);
  }

  @Test
  void thoughtToAndUnlikelyToAreSpeculative() {
    assertThat(typeAndModality("The Houthis are thought to have attacked a ship in the Red Sea."))
        .containsExactly("ASSAULT/" + Modality.SPECULATIVE);
    assertThat(typeAndModality("The court is unlikely to release the opposition leader."))
        .containsExactly("RETREAT/" + Modality.SPECULATIVE);
  }

  @Test
  void aPlanReportedInThePastTenseIsAnIntent() {
    assertThat(code("The Philippine president said he planned to visit Japan in March.", DAY).events())
        .extracting(e -> e.event() + "/" + e.modality() + "/" + e.evidence().rule().contains("+intent:"))
        .containsExactly("AGREE/" + Modality.ASSERTED + "/true");
  }

  @Test
  void aRelativeClauseWithHadIsNoCondition() {
    assertThat(typeAndModality(
        "The senator is the widow of a Colombian governor who had himself been kidnapped by FARC rebels in 2002."))
        .containsExactly("ASSAULT/" + Modality.ASSERTED);
    assertThat(typeAndModality("Had the police stormed the building, dozens would have died."))
        .containsExactly("ASSAULT/" + Modality.HYPOTHETICAL);
  }

  @Test
  void aFailedAttemptWasStillMade() {
    assertThat(typeAndModality("An attempt by Kenyan police to arrest the opposition leader failed on Monday."))
        .containsExactly("COERCE/" + Modality.ASSERTED);
    assertThat(typeAndModality("Police failed to arrest the suspect in Lagos."))
        .containsExactly("COERCE/" + Modality.NEGATED);
  }
}
