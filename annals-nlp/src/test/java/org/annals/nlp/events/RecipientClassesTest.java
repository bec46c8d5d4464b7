package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Recipients (targets) of issue 13's classes: who undergoes an event when the text names them
 * inside a phrase that is not itself a participant, as a person the actor resolver leaves out, or
 * in a clause whose grammar hides them. Each class has a near sentence that must not get the
 * recipient. The sentences are written for these tests.
 */
class RecipientClassesTest extends CodingTestBase {

  @Test
  void aPronounOrAPersonNounArrestedIsACivilianOfTheScene() {
    assertCodes("Kenyan police detained him in Nairobi on Friday.", "2024-03-10",
        "COERCE/arrest 173 KEN:COP -> KEN:CVL asserted"); // the place's country
    assertCodes("Security forces in Iran detained a poet on Saturday.", "2024-03-10",
        "COERCE/arrest 173 IRN:COP -> IRN:CVL asserted"); // the scene the resolver gave the sentence
    assertCodes("Mexican police arrested a man on Tuesday.", "2024-03-10",
        "COERCE/arrest 173 MEX:COP -> MEX:CVL asserted"); // the captor's country
  }

  @Test
  void aPersonOfNoKnownCountryStaysOut() {
    assertCodes("Police arrested a man on Friday.", "2024-03-10", "COERCE/arrest 173 ---:COP asserted");
  }

  @Test
  void theSubjectOfAPassiveConjunctUndergoesItAndDoesNotDoIt() {
    assertCodes("The Chilean senator founded a new party in 1990 but was arrested in 1993.", "2024-03-10",
        "COERCE/arrest 173 CHL:COP -> CHL:LEG asserted");
  }

  @Test
  void theSubjectOfTheClauseAReducedPassiveHangsFromUndergoesIt() {
    assertCodes("If convicted, the former Peruvian president could face twenty years in prison.",
        "2024-03-10", "SANCTION/convict 116 PER:JUD -> PER:GOV hypothetical");
  }

  @Test
  void whoIsPlacedUnderArrestIsItsRecipient() {
    assertCodes("The Egyptian army placed the former Egyptian president under house arrest on Wednesday.",
        "2024-03-10", "COERCE/arrest 173 EGY:MIL -> EGY:GOV asserted");
  }

  @Test
  void whatWeaponsOrAnOffensiveAreAimedAtIsTheRecipient() {
    assertCodes("Iran fired missiles targeting American troops in Iraq on Tuesday.", "2024-03-10",
        "ASSAULT/heavy-weapons 194 IRN:GOV -> USA:MIL asserted");
    assertCodes("The Pakistani army launched an offensive aimed at Taliban fighters on Monday.", "2024-03-10",
        "ASSAULT 190 PAK:MIL -> AFG:REB asserted");
  }

  @Test
  void theVictimsOfAnAttackCondemnedAreNoRecipientsOfTheCondemnation() {
    assertCodes("The Argentine president condemned the attack that killed three civilians.", "2024-03-10",
        "ACCUSE/disapprove 111 ARG:GOV asserted");
  }

  @Test
  void theGoodsAMeasureIsOnComeFromOrGoToItsRecipient() {
    // a ban on a country's goods is an embargo (CAMEO 163, sanction.ban-imports, session 24)
    assertCodes("The Kenyan government imposed a ban on imports from Uganda on Monday.", "2024-03-10",
        "SANCTION/discontinue 163 KEN:GOV -> UGA:GOV asserted");
    assertCodes("The United States announced new restrictions on flights to Venezuela on Friday.", "2024-03-10",
        "SANCTION 160 USA:GOV -> VEN:GOV asserted");
    assertCodes("The Kenyan government imposed a ban on plastic bags on Monday.", "2024-03-10",
        "COERCE/restrict 172 KEN:GOV asserted");
  }

  @Test
  void theAuthorOfAnActCriticisedIsTheRecipient() {
    assertCodes("The Russian foreign minister condemned the killing of protesters by Georgian police.",
        "2024-03-10", "ACCUSE/disapprove 111 RUS:GOV -> GEO:COP asserted");
    assertCodes("The Algerian president criticized the decision the French parliament had adopted in May.",
        "2024-03-10", "ACCUSE/disapprove 111 DZA:GOV -> FRA:LEG asserted");
    assertCodes("The Nigerian army rejected the offer the Boko Haram militants had made on Sunday.",
        "2024-03-10", "REJECT/meet 125 NGA:MIL -> NGA:REB asserted");
  }

  @Test
  void aRelativePronounIsNoAuthor() {
    assertCodes("The Algerian president criticized the decision that angered the French parliament.",
        "2024-03-10", "ACCUSE/disapprove 111 DZA:GOV asserted");
  }

  @Test
  void groupsAndProtestsAgainstSomeonesMeasureHaveTheirRecipients() {
    assertCodes("The Venezuelan government condemned the opposition on Monday.", "2024-03-10",
        "ACCUSE/disapprove 111 VEN:GOV -> VEN:OPP asserted");
    assertCodes("Angry crowds protested on Friday against the Chilean president's pension reform.", "2024-03-10",
        "PROTEST/demo 141 CHL:CVL -> CHL:GOV asserted");
  }

  @Test
  void aThingAttackedInACountryIsThatCountrys() {
    assertCodes("Yemeni rebels launched an attack on oil facilities in Kuwait on Saturday.", "2024-03-10",
        "ASSAULT 190 YEM:REB -> KWT:GOV asserted");
    assertCodes("Yemeni rebels launched an attack on oil facilities near the coast on Saturday.", "2024-03-10",
        "ASSAULT 190 YEM:REB asserted");
  }

  @Test
  void aDemandThatAMeasureBeDroppedIsAddressedToTheGovernment() {
    // the repeal asked for is what is demanded (@embed REQUEST CONCEDE: 105), not a second event
    assertCodes("Opposition parties in Georgia have called for the law to be repealed.", "2024-03-10",
        "REQUEST/change 105 GEO:OPP -> GEO:GOV asserted");
    assertCodes("Kenyan students called for the exam to be postponed.", "2024-03-10",
        "REQUEST 100 KEN:EDU asserted"); // an exam is no measure of a government
    assertCodes("The Georgian government called for the law to be repealed.", "2024-03-10",
        "REQUEST/change 105 GEO:GOV asserted"); // a government does not ask itself
  }

  @Test
  void theAuthorOfAnActJustReportedIsTheRecipientOfItsJudgement() {
    assertCodes("Kenya closed its border with Somalia on Monday. The Somali government condemned the move on Tuesday.",
        "2024-03-10", "SANCTION/withdraw 160 KEN:GOV -> SOM:GOV asserted",
        "ACCUSE/disapprove 111 SOM:GOV -> KEN:GOV asserted");
    assertCodes("Turkey expelled the Dutch ambassador on Monday. The decision was criticized by the Dutch government.",
        "2024-03-10", "SANCTION/expel 166 TUR:GOV -> NLD:GOV asserted",
        "ACCUSE/disapprove 111 NLD:GOV -> TUR:GOV asserted");
    assertCodes("Egyptian jets launched an attack on a militant camp in Libya on Sunday. The Libyan government spoke "
        + "out against the attack.", "2024-03-10", "ASSAULT 190 EGY:MIL -> LBY:GOV+LBY:REB asserted",
        "ACCUSE/disapprove 111 LBY:GOV -> EGY:MIL asserted");
  }

  @Test
  void praiseIsNoActAPlanCanName() {
    assertCodes("The Kenyan president praised the Ugandan president on Monday. The Tanzanian government rejected "
        + "the plan on Tuesday.", "2024-03-10", "SUPPORT 051 KEN:GOV -> UGA:GOV asserted",
        "REJECT/meet 127 TZA:GOV asserted");
    assertCodes("The Somali government condemned the move on Tuesday.", "2024-03-10",
        "ACCUSE/disapprove 111 SOM:GOV asserted");
  }

  @Test
  void aProtestOutsideAForeignEmbassyIsAgainstThatState() {
    assertCodes("Hundreds of Georgians protested outside the Russian embassy in Tbilisi on Sunday.", "2024-05-10",
        "PROTEST/demo 141 GEO:CVL -> RUS:GOV asserted");
    // one's own embassy abroad is no target
    assertCodes("Hundreds of Georgians rallied outside the Georgian embassy in Paris on Sunday.", "2024-05-10",
        "PROTEST/demo 141 GEO:CVL asserted");
  }

  @Test
  void aProtestAtTheSeatOfAnAuthorityIsAgainstThatAuthority() {
    assertCodes("Hundreds of students protested outside the police headquarters in Dhaka on Monday.", "2024-03-10",
        "PROTEST/demo 141 BGD:EDU -> BGD:COP asserted");
    assertCodes("Farmers rallied in front of the parliament building in Warsaw on Tuesday.", "2024-03-10",
        "PROTEST/demo 141 POL:AGR -> POL:LEG asserted");
    // the site on the verb the trigger's clause hangs from; a ministry of any sector
    assertCodes("Thousands of nurses gathered outside the health ministry in Accra on Wednesday and chanted slogans.",
        "2024-03-10", "PROTEST/demo 141 GHA:MED -> GHA:MED asserted");
    // a site that is no authority's seat gives no target
    assertCodes("Hundreds of students protested outside the national museum in Dhaka on Monday.", "2024-03-10",
        "PROTEST/demo 141 BGD:EDU asserted");
  }

  @Test
  void anActJudgedNamesItsAuthorInItsByPhrase() {
    assertThat(recipients("The Iraqi prime minister spoke out against the attack by American drones on Sunday.",
        "ACCUSE")).containsExactly("USA");
    assertThat(recipients("Sudan spoke out against the killing of protesters by Chadian soldiers.", "ACCUSE"))
        .containsExactly("TCD");
    // with no "by" phrase and no act just reported, nobody
    assertThat(recipients("The Iraqi prime minister spoke out against the attack on Sunday.", "ACCUSE"))
        .isEmpty();
  }

  private static java.util.List<String> recipients(String text, String type) {
    return code(text, "2024-03-10").events().stream().filter(e -> e.event().equals(type))
        .flatMap(e -> e.recipients().stream()).map(r -> String.valueOf(r.country())).toList();
  }
}
