package org.annals.nlp.events;

import org.junit.jupiter.api.Test;

/**
 * Accusations with no accusing verb (issue 13, h61): misconduct a speaker says another committed
 * ("said the commission had abused its power", "said Venezuela was violating international law")
 * is ACCUSE/allege (CAMEO 112) by the speaker against the subject of the clause (entries flagged
 * {@code accused-subject}); the same words in a law, a generic statement, a denial or a
 * confession code nothing. Blame by "pointing the finger", and judgements passed by naming
 * someone "as" or referring to something "as" a judging word. The sentences are written for these
 * tests.
 */
class AccuseClassesTest extends CodingTestBase {

  @Test
  void abuseOfPowerSaidOfAnotherIsAnAccusation() {
    assertCodes("The Kenyan opposition leader said the electoral commission had abused its power.",
        "2024-03-10", "ACCUSE/allege 112 KEN:OPP -> KEN:GOV asserted");
    assertCodes("Human rights groups said Egyptian police had abused their powers during the crackdown.",
        "2024-03-10", "ACCUSE/allege 112 EGY:SOC -> EGY:COP asserted");
  }

  @Test
  void breakingTheLawSaidOfAnotherIsAnAccusationNotADefiance() {
    assertCodes("Brazil's foreign minister said Venezuela was violating international law.",
        "2024-03-10", "ACCUSE/allege 112 BRA:GOV -> VEN:GOV asserted");
    assertCodes("A Ghanaian senator said the finance minister had broken the law by hiding the loans.",
        "2024-03-10", "ACCUSE/allege 112 GHA:LEG -> GHA:GOV asserted");
    assertCodes("The Estonian prime minister said Russia had flouted international rules.",
        "2024-03-10", "ACCUSE/allege 112 EST:GOV -> RUS:GOV asserted");
    assertCodes("The Austrian chancellor said the Hungarian government was breaching European Union rules.",
        "2024-03-10", "ACCUSE/allege 112 AUT:GOV -> HUN:GOV asserted");
    assertCodes("The Croatian president said the Serbian government had violated the constitution of Bosnia.",
        "2024-03-10", "ACCUSE/allege 112 HRV:GOV -> SRB:GOV asserted");
  }

  @Test
  void overstepsAndRiggedVotesSaidOfAnotherAreAccusations() {
    assertCodes("The Kenyan president said the judges had overstepped their authority.",
        "2024-03-10", "ACCUSE/allege 112 KEN:GOV -> KEN:JUD asserted");
    assertCodes("The Zimbabwean opposition said the ruling party had rigged the election.",
        "2024-03-10", "ACCUSE/allege 112 ZWE:OPP -> ZWE:PTY asserted");
  }

  @Test
  void theSpeakerAfterTheClauseAccusesToo() {
    assertCodes("\"For years, the ruling party has abused its authority,\" the Zambian opposition leader said.",
        "2024-03-10", "ACCUSE/allege 112 ZMB:OPP -> ZMB:PTY asserted");
    assertCodes("The ruling party has abused its authority, the Zambian opposition leader said on Tuesday.",
        "2024-03-10", "ACCUSE/allege 112 ZMB:OPP -> ZMB:PTY asserted");
  }

  @Test
  void theSourceOfAnAccordingToPhraseAccuses() {
    assertCodes("According to the Kenyan opposition, the electoral commission has abused its power.",
        "2024-03-10", "ACCUSE/allege 112 KEN:OPP -> KEN:GOV asserted");
    assertCodes("According to the report, the Georgian government broke the law.", "2024-03-10");
    assertCodes("According to the new law, officials who abuse their power will lose their jobs.", "2024-03-10");
  }

  @Test
  void aLawOrTheWritersNarrativeAccusesNobody() {
    assertCodes("The new statute makes it a crime for an official to abuse a position of trust.", "2024-03-10");
    assertCodes("The law bans officials from abusing their positions for personal gain.", "2024-03-10");
    assertCodes("Venezuela violated international law.", "2024-03-10");
  }

  @Test
  void aGenericOrUnnamedWrongdoerIsNoAccusation() {
    assertCodes("The Danish minister said that nobody had broken the rules.", "2024-03-10");
    assertCodes("The Finnish president said that no official may abuse public office.", "2024-03-10");
  }

  @Test
  void aDenialOrAConfessionIsNoAccusation() {
    assertCodes("The Nigerian minister said his government had never broken the law.", "2024-03-10");
    assertCodes("The Spanish prime minister said he had not abused his office.", "2024-03-10");
    assertCodes("The Kenyan president admitted that he had abused his power.", "2024-03-10");
  }

  @Test
  void anAbuseChargedIsCodedByTheChargeAlone() {
    assertCodes("Lithuanian prosecutors charged the mayor of Vilnius with abuse of office.", "2024-03-10",
        "ACCUSE/allege 112 LTU:JUD -> LTU:GOV asserted");
  }

  @Test
  void pointingTheFingerBlames() {
    assertCodes("The Indian minister pointed the finger at Pakistan for the attack.", "2024-03-10",
        "ACCUSE/disapprove 112 IND:GOV -> PAK:GOV asserted");
    assertCodes("Afghan officials pointed the finger at the Taliban after the bombing.", "2024-03-10",
        "ACCUSE/disapprove 112 AFG:GOV -> AFG:REB asserted");
  }

  @Test
  void pointingToSomethingBlamesNobody() {
    assertCodes("Residents pointed to the damage caused by the storm.", "2024-03-10");
  }

  @Test
  void namingOrReferringAsAJudgingWordIsCriticism() {
    assertCodes("The Nigerian president referred to the kidnappers as criminals.", "2024-03-10",
        "ACCUSE/disapprove 111 NGA:GOV -> NGA:CRM asserted");
    assertCodes("The United States named Cuba as a state sponsor of terrorism.", "2024-03-10",
        "ACCUSE/disapprove 111 USA:GOV -> CUB:GOV asserted");
  }

  @Test
  void referringOrNamingWithoutJudgementCodesNothing() {
    assertCodes("The Iraqi minister referred to the report in his speech.", "2024-03-10");
    assertCodes("The Thai prime minister referred to the new bridge as a symbol of friendship with Laos.",
        "2024-03-10");
    assertCodes("The French president named Jean Dupont as the new ambassador to Algeria.", "2024-03-10");
  }

  @Test
  void aPartyNamedInsideTheJudgementIsNotTheJudged() {
    // "Iraqi" belongs to what the strike is called; the judged is the strike's author
    assertCodes("The Iraqi foreign ministry characterized the American strike as a serious violation of Iraqi sovereignty.",
        "2024-03-10", "ACCUSE/disapprove 111 IRQ:GOV -> USA asserted");
    // the militia named is the judged (h106: an accusation keeps the accuser's own forces), not the group
    assertCodes("The Turkish president named the militia as a terrorist group.", "2024-03-10",
        "ACCUSE/disapprove 111 TUR:GOV -> TUR:PRM asserted");
  }
}
