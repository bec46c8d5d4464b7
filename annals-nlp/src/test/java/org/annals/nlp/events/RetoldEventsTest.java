package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * Attacks and protests told again in a later sentence of the same article (issue 13, helper h78):
 * a definite noun that a retelling verb takes ("carried out the strike", {@link RetoldEvents}),
 * an attack another act came after ("after the shooting"), an attack on the same named person, a
 * definite noun on the same target, the same side's attack on the same day ({@link RetoldSameDay}),
 * and a protest that is the manner of another act ("in protest", {@link MannerProtests}). Each class
 * has a near article where a second, different event must still be coded. The sentences are
 * written for these tests (invented facts).
 */
class RetoldEventsTest extends CodingTestBase {
  private static final String DAY = "2024-03-08";

  private static List<String> triggers(String text) {
    return code(text, DAY).events().stream()
        .map(e -> e.event() + " " + e.evidence().trigger().text()).toList();
  }

  @Test
  void aDefiniteNounALightVerbTakesIsTheAttackAlreadyCoded() {
    assertThat(triggers("Ethiopian jets bombed a market in Togoga on Tuesday. "
        + "Witnesses said the air force carried out the strike around noon."))
        .containsExactly("ASSAULT bombed");
    // an indefinite noun is another attack
    assertThat(triggers("Ethiopian jets bombed a market in Togoga on Tuesday. "
        + "Eritrean troops carried out an attack on a border post in Zalambessa."))
        .hasSize(2);
  }

  @Test
  void whoConductedTheAttackIsItsDoer() {
    List<CodedEvent> events = code("Four Pakistani police officers were killed in a bombing in Quetta on Monday. "
        + "Officials said Baloch separatists conducted the bombing.", DAY).events();
    assertThat(events).hasSize(1);
    assertThat(events.get(0).actors()).extracting(a -> a.sector()).containsExactly("REB");
    assertThat(events.get(0).evidence().rule()).endsWith("+doer-from-retelling");
  }

  @Test
  void anAttackAnotherActCameAfterIsToldAgain() {
    assertThat(triggers("Sudanese soldiers fired on protesters in Omdurman on Thursday. "
        + "Doctors treated dozens of people after the shooting."))
        .containsExactly("ASSAULT fired");
    // the act in the main clause is a new attack and stays
    assertThat(triggers("Sudanese soldiers fired on protesters in Omdurman on Thursday. "
        + "Rebels ambushed an army convoy in Darfur after the shooting."))
        .containsExactly("ASSAULT fired", "ASSAULT ambushed an army convoy");
  }

  @Test
  void anAttackOnTheSameNamedPersonIsToldAgain() {
    assertThat(triggers("Gunmen shot the Mexican reporter Luis Ortega in Culiacan on Friday. "
        + "Police said the gunmen escaped in a truck after killing Ortega."))
        .containsExactly("ASSAULT shot");
    // another victim: another attack
    assertThat(triggers("Gunmen shot the Mexican reporter Luis Ortega in Culiacan on Friday. "
        + "Police said the gunmen later killed a Guatemalan driver."))
        .containsExactly("ASSAULT shot", "ASSAULT killed");
  }

  @Test
  void aDefiniteNounOnTheSameTargetIsToldAgain() {
    assertThat(triggers("Houthi rebels fired missiles at Saudi oil facilities on Saturday. "
        + "Saudi Arabia's energy minister said the attacks on the Saudi facilities caused no casualties."))
        .containsExactly("ASSAULT fired missiles");
  }

  @Test
  void theSameSidesAttackOnTheSameDayIsToldAgain() {
    assertThat(triggers("Turkey launched air strikes against Kurdish militants in northern Iraq on Thursday. "
        + "Iraq condemned the strikes. On Thursday, Turkish jets bombed militant positions near the Qandil mountains."))
        .containsExactly("ASSAULT launched air strikes", "ACCUSE condemned");
    // "also" and another country: another attack
    assertThat(triggers("Turkey launched air strikes against Kurdish militants in northern Iraq on Thursday. "
        + "Iraq condemned the strikes. On Thursday, Turkish jets also bombed militant positions in Syria."))
        .containsExactly("ASSAULT launched air strikes", "ACCUSE condemned", "ASSAULT bombed");
    // another day: another attack
    assertThat(triggers("Turkey launched air strikes against Kurdish militants in northern Iraq on Thursday. "
        + "Iraq condemned the strikes. On Friday, Turkish jets bombed militant positions near the Qandil mountains."))
        .containsExactly("ASSAULT launched air strikes", "ACCUSE condemned", "ASSAULT bombed");
  }

  @Test
  void inProtestIsTheMannerOfAnotherAct() {
    assertThat(triggers("Lithuania recalled its ambassador from Minsk in protest on Monday."))
        .containsExactly("SANCTION recalled its ambassador");
    // no other act: the gathering is the protest
    assertThat(triggers("Thousands of Lithuanians gathered in Vilnius in protest on Monday."))
        .containsExactly("PROTEST protest");
  }
}
