package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Everyday senses of CAMEO dictionary verbs that code no political event, and the political senses
 * that stay (cameo-curation.tsv, session 25). Sentences written for this test.
 */
class CameoVerbSensesTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  private static List<String> events(String text) {
    return code(text, DAY).events().stream().map(e -> e.event() + "/" + e.mode()).toList();
  }

  private static List<String> dictionaryEvents(String text) {
    return code(text, DAY).events().stream()
        .filter(e -> e.evidence().rule().startsWith("lexicon:cameo-verbs:"))
        .map(e -> e.event() + "/" + e.mode()).toList();
  }

  @Test
  void ringingSurroundingAndStrugglingAreNoAttack() {
    assertThat(events("The Hungarian president rang the Slovak prime minister on Sunday to discuss"
        + " the pipeline.")).doesNotContain("ASSAULT/null");
    assertThat(events("Hundreds of supporters surrounded the Bolivian president's car as it left"
        + " the stadium.")).isEmpty();
    assertThat(events("Small businesses in Lebanon are struggling with the collapse of the currency."))
        .isEmpty();
    assertThat(events("The Nigerian government is grappling with a fuel shortage.")).isEmpty();
  }

  @Test
  void overtakingOrOvercomingARivalIsNoAttack() {
    assertThat(events("China overtook Japan as the world's second-largest economy in 2010.")).isEmpty();
    assertThat(events("India overcame Pakistan in a tense cricket match in Colombo.")).isEmpty();
  }

  @Test
  void preferringContendingFacingAndDealingAreNoEvents() {
    assertThat(events("Many voters in Iowa prefer the incumbent senator, a poll found.")).isEmpty();
    assertThat(events("The defence lawyer contended that the Nigerian businessman had acted in good"
        + " faith.")).isEmpty();
    assertThat(events("The Polish senator faced the Lithuanian champion in a chess match.")).isEmpty();
    assertThat(events("The Danish pension fund dealt with the Chilean regulator over the bond sale."))
        .isEmpty();
    assertThat(events("The Czech firm equipped Polish hospitals with new scanners.")).isEmpty();
  }

  @Test
  void openingABridgeAndRemainingAreNoConcessionOrShowOfForce() {
    assertThat(events("The Norwegian crown prince opened a new bridge linking two islands in the"
        + " north.")).isEmpty();
    assertThat(events("French troops remained in Chad after the handover of the base.")).isEmpty();
  }

  @Test
  void thePoliticalSensesStay() {
    assertThat(dictionaryEvents("Japan approved $50 million in aid for the Philippines after the"
        + " typhoon.")).containsExactly("AID/null");
    // h137: a ratified treaty is SUPPORT 057 (PLOVER), coded by the hand lexicon
    assertThat(types("The Uzbek parliament ratified the agreement with Russia on the"
        + " nuclear plant.", DAY)).containsExactly("SUPPORT");
    assertThat(dictionaryEvents("Protesters disrupted a speech by the Czech prime minister in Brno."))
        .containsExactly("PROTEST/null");
    assertThat(dictionaryEvents("The Ethiopian prime minister lashed out at Egypt over the dam on"
        + " Tuesday.")).containsExactly("ACCUSE/disapprove");
    assertThat(dictionaryEvents("Thai police held the British suspect for questioning in Phuket."))
        .containsExactly("COERCE/arrest");
  }

  @Test
  void aPatternLineOfTheCurationReplacesOnePatternsCode() throws Exception {
    assertThat(CameoVerbs.curation("t", new StringReader("pattern\t797\t-\treason\n")))
        .containsEntry("pattern:797", "-");
    assertThatThrownBy(() -> CameoVerbs.curation("t", new StringReader("pattern\tAPPEAR\t-\tr\n")))
        .isInstanceOf(IllegalStateException.class);
  }
}
