package org.annals.nlp.events;

import org.junit.jupiter.api.Test;

/**
 * Events told from the side of who undergoes them: passives without a doer, "faced charges",
 * "received a loan from", and event nouns that are the subject of their own occurrence ("a
 * protest took place"). The sentences are written for these tests.
 */
class UndergoneClassesTest extends CodingTestBase {

  @Test
  void aDictionaryVerbInThePassiveCodesWithItsPatientAlone() {
    assertCodes("The French president was assassinated in Lyon on Monday.", "2024-03-10",
        "ASSAULT/targeted 186 - -> FRA:GOV asserted");
  }

  @Test
  void chargesAndCriticismFacedAreAgainstTheSubject() {
    assertCodes("The Bulgarian finance minister faces corruption charges over the sale of the port.",
        "2024-03-10", "ACCUSE/allege 112 BGR:JUD -> BGR:GOV asserted");
    assertCodes("The Croatian prime minister drew sharp criticism from the Serbian government over the remarks.",
        "2024-03-10", "ACCUSE/disapprove 111 SRB:GOV -> HRV:GOV asserted");
  }

  @Test
  void aidReceivedComesFromTheNamedGiver() {
    assertCodes("The Moroccan government received a loan of two billion dollars from Saudi Arabia.",
        "2024-03-10", "AID 070 SAU:GOV -> MAR:GOV asserted");
  }

  @Test
  void anEventNounThatTakesPlaceIsTheEvent() {
    assertCodes("A large protest took place outside the Serbian parliament in Belgrade on Sunday.",
        "2024-03-10", "PROTEST/demo 141 SRB:CVL asserted"); // the crowd, of the place's country
  }

  @Test
  void theCrowdOfAProtestInANamedPlaceIsOfThatPlacesCountry() {
    assertCodes("Demonstrations took place in Quito on Saturday.", "2024-03-10",
        "PROTEST/demo 141 ECU:CVL asserted");
  }

  @Test
  void aCityModifyingTheObjectIsWhereTheCrowdWas() {
    // "Lagos" is a city here, not the surname of a Chilean president the KB knows
    assertCodes("Protests filled the Lagos streets on Friday.", "2024-03-10",
        "PROTEST/demo 141 NGA:CVL asserted");
  }

  @Test
  void aBackgroundEventIsNotTheSpeakersDoing() {
    assertCodes("The Indian foreign minister called for calm after the clashes.", "2024-03-10",
        "REQUEST 100 IND:GOV asserted");
  }

  @Test
  void criticismByUnnamedCriticsIsStillCriticism() {
    assertCodes("The Japanese prime minister drew criticism for his remarks.", "2024-03-10",
        "ACCUSE/disapprove 111 - -> JPN:GOV asserted");
  }

  @Test
  void aMarchByNumbersAloneIsTheCrowds() {
    assertCodes("Tens of thousands marched through the old town on Sunday.", "2024-03-10",
        "PROTEST/demo 141 ---:CVL asserted");
    // a rally verb stays without the crowd: teams and markets rally too
    assertCodes("The home team rallied in the second half.", "2024-03-10");
  }

  @Test
  void theHarmedOfAnAttackThatKilledAreItsTargets() {
    assertCodes("A knife attack killed two people in Lyon on Sunday.", "2024-03-10",
        "ASSAULT 190 - -> FRA:CVL asserted");
    assertCodes("A mass shooting killed five people at a market in Chicago on Sunday.", "2024-03-10",
        "ASSAULT/firearms 193 - -> USA:CVL asserted");
  }

  @Test
  void harmDoneByAWeaponOrAnActIsThatAttack() {
    // the weapon is coded, the soldiers it killed are its targets: one event, not two
    assertCodes("A car bomb killed five soldiers outside a base near Kabul.", "2024-03-10",
        "ASSAULT/explosives 1832 - -> AFG:MIL asserted");
    // the act is no lexicon noun here ("air strike"): the harm verb is the event, done by no one named
    assertCodes("An air strike killed five soldiers near Idlib on Monday.", "2024-03-10",
        "ASSAULT 1823 - -> SYR:MIL asserted");
    assertCodes("A car bomb exploded outside a police station in Kirkuk on Tuesday.", "2024-03-10",
        "ASSAULT/explosives 1832 - asserted");
    // nature is no means of political violence
    assertCodes("An avalanche killed three hikers in the Alps.", "2024-03-10");
  }

  @Test
  void aPlaceThatWasTheTargetOfAnAttackGivesItsCountryAsTheTarget() {
    assertCodes("Last year, Kandahar airport was the target of a Taliban attack.", "2024-03-10",
        "ASSAULT 190 AFG:REB -> AFG:CVL asserted");
    assertCodes("In 2015, the port of Aden was the target of a rocket attack.", "2024-03-10",
        "ASSAULT 190 - -> YEM:CVL asserted");
    // a target of no known place or actor is nobody's
    assertCodes("The stadium was the target of a cyber attack on Monday.", "2024-03-10");
  }
}
