package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Matched events of the wrong PLOVER type in wire news (session 27, h145; events.tsv block "h145"):
 * a fight waged in the courts is litigation (ACCUSE), not combat; resisting another's attempts,
 * pressure or demands is a refusal (REJECT) that absorbs what was pressed for; saying someone
 * planned or masterminded the attacks accuses them; a reward offered for information or a capture
 * asks for it (REQUEST), not an offer to cooperate. Sentences written for this test.
 */
class TypeConfusionClassesTwoTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  @Test
  void aFightInTheCourtsIsLitigation() {
    assertThat(types("The family of the detained activist fought in court to block his deportation to Egypt.", DAY))
        .contains("ACCUSE").doesNotContain("ASSAULT");
    assertThat(types("The union is fighting in the high court to stop the privatisation of the railway.", DAY))
        .contains("ACCUSE").doesNotContain("ASSAULT");
    // combat near a court building stays combat
    assertThat(types("Rebels fought government troops in the streets outside the court building in Mogadishu.", DAY))
        .containsExactly("ASSAULT");
  }

  @Test
  void resistingPressureOrDemandsIsARefusal() {
    assertThat(types("The Serbian government resisted Western pressure to hand over the suspects.", DAY))
        .containsExactly("REJECT");
    assertThat(types("North Korea resisted efforts by the IAEA to inspect the reactor at Yongbyon.", DAY))
        .containsExactly("REJECT");
    assertThat(types("Hungary has resisted demands from the European Commission to change its asylum law.", DAY))
        .containsExactly("REJECT");
    // no attempt, pressure or demand resisted: no refusal
    assertThat(types("The metal resisted corrosion for decades.", DAY)).isEmpty();
    assertThat(types("Investors resisted the temptation to sell their shares.", DAY)).isEmpty();
  }

  @Test
  void plannedTheAttacksIsAnAccusation() {
    assertThat(types("A Kenyan police official said a Somali militant cell planned the attacks on the hotels.", DAY))
        .containsExactly("ACCUSE");
    // attacks planned for the future stay a threat; other plans code nothing
    assertThat(types("The rebel commander said his fighters planned attacks on government bases next month.", DAY))
        .containsExactly("THREATEN");
    assertThat(types("The architect planned the renovation of the old parliament building.", DAY)).isEmpty();
  }

  @Test
  void aRewardForInformationIsARequest() {
    assertThat(types("The FBI offered a $5 million reward for the arrest of the hacker.", DAY))
        .contains("REQUEST").doesNotContain("AGREE");
    assertThat(types("Thai police announced a reward for information about the bombing of the shrine.", DAY))
        .containsExactly("REQUEST");
    assertThat(types("Germany offered Poland help with the refugees.", DAY)).containsExactly("AGREE");
    assertThat(types("The airline offered a reward to passengers who volunteered to take a later flight.", DAY))
        .isEmpty();
  }
}
