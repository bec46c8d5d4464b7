package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CONCEDE, RETREAT and REJECT wordings that coded nothing (session 26, helper h134, recall):
 * captives, soldiers or bodies returned or handed back (lexicon {@code retreat.return-captives},
 * {@code retreat.hand-back}, {@code retreat.hand-back-split}); assets unfrozen
 * ({@code retreat.unfreeze-assets}); visa or entry rules and lockdowns relaxed
 * ({@code concede.relax-rules}, {@code concede.relax-lockdown}); arrest warrants suspended
 * ({@code concede.suspend-warrant}); a claim retracted ({@code concede.retract-claim}); talks walked
 * away from ({@code reject.walk-away-from-talks}); a package or a budget blocked
 * ({@code reject.block-package}). Near sentences must code nothing. The sentences are written for
 * these tests. Also: an offer to step down, a bid dropped ({@code concede.drop-bid}) and a
 * delisting ({@code retreat.delist}).
 */
class ConcedeRejectCoverageTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void captivesAndBodiesReturnedAreReleases() {
    assertThat(types("Russia handed back the bodies of 50 Ukrainian soldiers on Friday."))
        .containsExactly("RETREAT");
    assertThat(types("Azerbaijan returned the captured Armenian soldiers on Friday."))
        .containsExactly("RETREAT");
    assertThat(types("The rebels handed the three hostages back to the Red Cross on Monday."))
        .containsExactly("RETREAT");
  }

  @Test
  void restrictionsEasedAreConcessions() {
    assertThat(types("Britain relaxed visa rules for Indian students on Monday."))
        .containsExactly("CONCEDE");
    assertThat(types("The Colombian government suspended the arrest warrants for the rebel commanders on Monday."))
        .containsExactly("CONCEDE");
    assertThat(types("The Hungarian government retracted its claim about the Ukrainian minority on Thursday."))
        .containsExactly("CONCEDE");
    assertThat(types("The South Korean government unfroze Iranian assets on Monday."))
        .containsExactly("RETREAT");
  }

  @Test
  void talksAbandonedAndPackagesBlockedAreRejections() {
    assertThat(types("The Greek Cypriot leader walked away from the reunification talks on Saturday."))
        .containsExactly("REJECT");
    assertThat(types("The Hungarian government blocked the EU aid package for Ukraine on Thursday."))
        .containsExactly("REJECT");
  }

  @Test
  void bidsDroppedAndDelistingsAreConcessions() {
    assertThat(types("The minister dismissed the charges as politically motivated on Monday."))
        .containsExactly("REJECT");
    assertThat(types("Iraq's prime minister offered to step down on Friday.")).containsExactly("CONCEDE");
    assertThat(types("The Spanish prime minister abandoned his reform bid on Monday."))
        .containsExactly("CONCEDE");
    assertThat(types("The US Treasury removed the Russian tycoon from its sanctions list on Friday."))
        .containsExactly("RETREAT");
    assertThat(types("The company dropped its bid for the rival firm on Monday.")).isEmpty();
  }

  @Test
  void nearMissesCodeNothing() {
    assertThat(types("The storm eased on Tuesday and the ferries resumed their crossings.")).isEmpty();
    assertThat(types("The striker returned to training on Monday after his knee injury.")).isEmpty();
    assertThat(types("The museum returned the painting to its gallery after restoration.")).isEmpty();
    assertThat(types("The coach turned down the heating in the dressing room.")).isEmpty();
    assertThat(types("Oil prices eased on Thursday after the inventory data.")).isEmpty();
  }
}
