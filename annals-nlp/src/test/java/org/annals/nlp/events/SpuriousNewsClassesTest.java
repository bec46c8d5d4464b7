package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spurious events in political news (session 26, helper h127, precision): a protest's demands are
 * its message, not a request of their own ({@link SpuriousGuards}); a position held by a share of a
 * people or a group, told in the simple present, is no act ({@link GenericStatements}, word list
 * {@code generic-quantifier}); a value or a livelihood threatened is no threat (lexicon
 * {@code none.threaten-value}). Each class has near sentences
 * that must keep their event. The sentences are written for these tests.
 */
class SpuriousNewsClassesTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void aProtestersDemandIsTheProtest() {
    assertThat(types("Thousands of nurses marched in Accra on Tuesday, demanding better pay."))
        .containsExactly("PROTEST");
    assertThat(types("Farmers blocked roads across Spain on Monday to demand cheaper diesel."))
        .containsExactly("PROTEST");
    assertThat(types("Hundreds of Serbians protested in Belgrade on Saturday against the mine and demanded its closure."))
        .containsExactly("PROTEST");
    assertThat(types("Dock workers went on strike in Rotterdam on Friday, demanding higher wages."))
        .containsExactly("PROTEST");
  }

  @Test
  void aDemandBesideNoProtestStillCodes() {
    assertThat(types("The nurses' union demanded better pay on Tuesday and threatened a national strike."))
        .containsExactly("REQUEST", "THREATEN");
    assertThat(types("The Chilean president on Monday demanded that the rebels free the kidnapped engineers."))
        .containsExactly("REQUEST");
    assertThat(types("Hundreds of Serbians protested in Belgrade on Saturday.")).containsExactly("PROTEST");
  }

  @Test
  void aPositionOfManyIsNoAct() {
    assertThat(types("Many fishermen oppose the new quotas, which would halve their catch.")).isEmpty();
    assertThat(types("Most Italians blame Brussels for the slow recovery.")).isEmpty();
    assertThat(types("Many villagers in the valley distrust the army.")).isEmpty();
  }

  @Test
  void anActOfManyStillCodes() {
    assertThat(types("Many fishermen protested in Lisbon on Monday against the new quotas."))
        .containsExactly("PROTEST");
    assertThat(types("Many Labour lawmakers voted against the budget on Tuesday.")).containsExactly("REJECT");
  }

  @Test
  void aValueThreatenedIsNoThreat() {
    assertThat(types("Soaring fuel prices threaten the livelihoods of Kenyan farmers.")).isEmpty();
    assertThat(types("Hamas threatened on Monday to quit the peace talks.")).containsExactly("THREATEN");
    assertThat(types("French troops left Niger on Friday.")).containsExactly("RETREAT");
  }
}
