package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Refusals named by phrasal verbs (lexicon {@code reject.rule-out}, {@code reject.vote-down},
 * {@code reject.snub}, {@code reject.balk}), and an act named as the content of a trigger noun
 * ("the demand to disarm"), which is that trigger's, not an event of its own. Sentences written
 * for this test.
 */
class RefusalsTest extends CodingTestBase {
  private static final String DAY = "2021-04-12";

  private static List<String> typeAndModality(String text) {
    return code(text, DAY).events().stream().map(e -> e.event() + " " + e.modality().label()).toList();
  }

  @Test
  void talksRuledOutAreRefusedNotHeld() {
    assertThat(typeAndModality("Peru's government ruled out talks with the striking miners."))
        .containsExactly("REJECT asserted");
    assertThat(typeAndModality("Peru's government held talks with the striking miners."))
        .containsExactly("CONSULT asserted");
  }

  @Test
  void ruledOutAndVotedDownAreRefusalsWhileRuledOnAndVotedOnAreNot() {
    assertThat(typeAndModality("The Peruvian president ruled out an early election.")).containsExactly("REJECT asserted");
    assertThat(typeAndModality("Peru's congress voted down the cabinet's pension bill."))
        .containsExactly("REJECT asserted");
    assertThat(typeAndModality("Peru's congress voted on the cabinet's pension bill.")).doesNotContain("REJECT asserted");
  }

  @Test
  void snubbingAnInvitationRefusesIt() {
    assertThat(typeAndModality("Bolivia snubbed Peru's invitation to the regional summit."))
        .containsExactly("REJECT asserted");
  }

  @Test
  void theActADemandNamesIsTheDemandsNotAnEventOfItsOwn() {
    assertThat(typeAndModality("The Peruvian opposition balked at the government's demand to disarm."))
        .containsExactly("REJECT asserted", "REQUEST asserted");
    assertThat(typeAndModality("The Peruvian rebels agreed to disarm.")).hasSize(1).doesNotContain("REQUEST asserted");
  }
}
