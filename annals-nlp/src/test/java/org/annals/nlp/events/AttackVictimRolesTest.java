package org.annals.nlp.events;

import org.junit.jupiter.api.Test;

/**
 * The victims of an attack are neither its doer nor the target of a judgement of it (issue 13,
 * session 27, helper h135): a country owning an attacked embassy names no scene, so no unnamed
 * attacker takes its country; a participle after a comma hung by the parser from the attacked
 * object is the clause's act; a condemnation of a violent act does not take the act's victims
 * ("the bombing of the French consulates") nor an attacker guessed of the scene's country as its
 * target. Near misses keep a doer the text names ("Iran's attack", "the Saudi bombing", "by the
 * Taliban"). Sentences and names written for these tests.
 */
class AttackVictimRolesTest extends CodingTestBase {

  private static final String DATE = "2024-05-10";

  @Test
  void condemnedAttackVictimsAreNoTarget() {
    assertCodes("The Security Council condemned the bombing of the French consulates.", DATE,
        "ACCUSE/disapprove 111 IGO:IGO asserted");
    assertCodes("The prime minister of Norway condemned the killing of the Canadian aid workers.", DATE,
        "ACCUSE/disapprove 111 NOR:GOV asserted");
    assertCodes("The European Union denounced the massacre of Armenian villagers.", DATE,
        "ACCUSE/disapprove 111 IGO:IGO asserted");
    assertCodes("Spain denounced the murder of two Spanish tourists in Yemen.", DATE,
        "ACCUSE/disapprove 111 ESP:GOV asserted");
    assertCodes("Australia denounced the kidnapping of Australian journalists in Yemen.", DATE,
        "ACCUSE/disapprove 111 AUS:GOV asserted");
    assertCodes("Germany strongly condemned the bombing of the Turkish embassy and called on Afghanistan"
        + " to find those responsible.", DATE,
        "ACCUSE/disapprove 111 DEU:GOV asserted", "REQUEST 100 DEU:GOV -> AFG:GOV asserted");
  }

  @Test
  void aNamedAttackerStaysTheTarget() {
    assertCodes("France condemned Iran's attack on the tanker.", DATE,
        "ACCUSE/disapprove 111 FRA:GOV -> IRN:GOV asserted", "ASSAULT 190 IRN:GOV -> FRA:BUS asserted");
    assertCodes("Norway condemned the Saudi bombing of a Yemeni school.", DATE,
        "ACCUSE/disapprove 111 NOR:GOV -> SAU asserted", "ASSAULT/explosives 183 SAU -> YEM:EDU asserted");
    assertCodes("The United States condemned the attack on the Indian embassy by the Taliban.", DATE,
        "ACCUSE/disapprove 111 USA:GOV -> AFG:REB asserted", "ASSAULT 190 AFG:REB -> IND:GOV asserted");
    assertCodes("Sudan condemned the American missile strike on a factory in Khartoum.", DATE,
        "ACCUSE/disapprove 111 SDN:GOV -> USA asserted", "ASSAULT/aerial 195 USA -> SDN:GOV asserted");
  }

  @Test
  void anEmbassysOwnerIsNoSceneOfItsAttackers() {
    // the toll ("killing six people") is the attack's own (EventCoder.tollOf): one event, with its victims
    assertCodes("A suicide bomber blew himself up outside the Danish embassy in Islamabad, killing six people.",
        DATE, "ASSAULT/suicide-attack 1831 PAK:REB -> PAK:CVL asserted");
    assertCodes("Militants fired mortars at the Egyptian embassy in Gaza, wounding a guard.", DATE,
        "ASSAULT/heavy-weapons 194 PSE:REB -> EGY:GOV asserted");
    assertCodes("Terrorist attacks on two Israeli embassies in South America left 50 people dead.", DATE,
        "ASSAULT 190 ---:UAF -> ISR:GOV asserted");
  }

  @Test
  void aParticipleAfterTheAttackedObjectIsTheClausesAct() {
    assertCodes("A blast damaged the Turkish embassy in Kabul on Monday, killing 12 people.", DATE);
    assertCodes("Gunmen attacked the Indian embassy in Kabul on Wednesday, killing two guards.", DATE,
        "ASSAULT 190 AFG:UAF -> IND:GOV asserted");
  }
}
