package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * h143, issue 13 (wire copy): an attack retold later in the article, or its toll told in the same
 * sentence by a participle or a second harm verb, is one event, not another; a new attack stays.
 */
class RetoldEventsTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  /** The ASSAULT events an article evaluation counts (retellings left out). */
  private static List<CodedEvent> attacks(String text) {
    return code(text, DAY).events().stream()
        .filter(e -> e.event().equals("ASSAULT") && e.retells() == null).toList();
  }

  @Test
  void aParticipleTollIsTheBombingItself() {
    assertThat(attacks("Bombs exploded outside the Norwegian embassy in Lusaka on Friday, killing nine people."))
        .hasSize(1);
  }

  @Test
  void aParticipleTollOfACodedBombingVerbIsThatBombing() {
    assertThat(attacks("Kurdish militants bombed a police station in Diyarbakir on Sunday, killing four officers."))
        .hasSize(1);
  }

  @Test
  void aSuspectedRetellingIsNoNewAttack() {
    assertThat(attacks("A bomb exploded at the Italian embassy in Dakar on Friday. "
        + "The suspected car bombing occurred shortly after dawn, police said.")).hasSize(1);
  }

  @Test
  void aRetellingInTheCountryOfTheFirstPlaceIsNoNewAttack() {
    assertThat(attacks("A truck bomb struck the Canadian consulate in Tripoli on Monday, killing six guards. "
        + "The consulate bombing, on Monday morning, killed six people and injured more than 80.")).hasSize(1);
    assertThat(attacks("Bombs hit the Spanish embassies in Accra and Lome on Aug. 9. The bombings at the "
        + "Spanish embassies have killed more than 50 people and wounded over 600.")).hasSize(1);
  }

  @Test
  void aMonthOfAttacksHoldsTheDayOfTheFirst() {
    assertThat(attacks("A suicide bomber attacked a police academy in Quetta on Tuesday. "
        + "The terrorist attacks this month on police in Quetta have killed 40 officers.")).hasSize(1);
  }

  @Test
  void anotherDayOrAnotherPlaceIsAnotherAttack() {
    assertThat(attacks("Gunmen attacked a checkpoint in Sinai on Friday. "
        + "The attacks on Tuesday killed seven policemen in El Arish.")).hasSize(2);
    assertThat(attacks("Rebels attacked an army post in Chad on Aug. 4. "
        + "The Aug. 12 attack on the border town killed nine soldiers.")).hasSize(2);
    assertThat(attacks("A bomb exploded outside the Belgian embassy in Conakry on Monday. "
        + "New attacks on Tuesday killed four soldiers in the north.")).hasSize(2);
  }

  @Test
  void aSecondKillingByOtherTroopsStays() {
    assertThat(attacks("Gunmen killed three policemen in Karachi on Monday. "
        + "Troops killed twelve militants in Waziristan on Wednesday.")).hasSize(2);
  }
}
