package org.annals.nlp.events;

import org.junit.jupiter.api.Test;

/**
 * Judgements, criticism and stances that had no trigger (session 22, h96): questioning someone's
 * fitness or choice, criticism in words of force, insults and dismissals in a naming or a verdict,
 * and verdicts whose speaker is inverted after the quote or speaks through "adding". Each form has
 * near sentences that must not change. The sentences are written for these tests.
 */
class JudgementFormsTest extends CodingTestBase {
  private static final String DAY = "2024-03-10";

  @Test
  void questioningSomeonesFitnessOrChoiceIsCriticism() {
    assertCodes("The Kenyan opposition leader questioned the eligibility of the president.", DAY,
        "ACCUSE/disapprove 111 KEN:OPP -> KEN:GOV asserted");
    assertCodes("The Ghanaian opposition questioned the integrity of the electoral commission.", DAY,
        "ACCUSE/disapprove 111 GHA:OPP -> GHA:GOV asserted");
    assertCodes("The Nigerian senator raised questions about the governor's citizenship.", DAY,
        "ACCUSE/disapprove 111 NGA:LEG -> NGA:GOV asserted");
    assertCodes("The Zambian president cast doubt on the opposition's account of the riots.", DAY,
        "ACCUSE/disapprove 111 ZMB:GOV -> ZMB:OPP asserted");
  }

  @Test
  void questionsThatJudgeNobodyStayAsTheyWere() {
    // police questioning is an investigation; a question asked is no event
    assertCodes("Kenyan police questioned the suspect for six hours.", DAY,
        "ACCUSE/investigate 091 KEN:COP -> KEN:CRM asserted");
    assertCodes("The Ugandan minister answered questions about the budget.", DAY);
  }

  @Test
  void criticismInWordsOfForceIsNoAssault() {
    assertCodes("The Irish prime minister attacked the Hungarian leader's record on press freedom.",
        DAY, "ACCUSE/disapprove 111 IRL:GOV -> HUN:GOV asserted");
    assertCodes("The Dutch prime minister blasted the Polish government's handling of the crisis.",
        DAY, "ACCUSE/disapprove 111 NLD:GOV -> POL:GOV asserted");
    assertCodes("The Brazilian president attacked the Argentine president during a televised debate.",
        DAY, "ACCUSE/disapprove 111 BRA:GOV -> ARG:GOV asserted");
    assertCodes("The Peruvian president slammed the Chilean leader in an interview on Sunday.",
        DAY, "ACCUSE/disapprove 111 PER:GOV -> CHL:GOV asserted");
  }

  @Test
  void attacksOnPlacesAndForcesStayAssaults() {
    assertCodes("Russian troops attacked Ukrainian positions near the river.", DAY,
        "ASSAULT 190 RUS:MIL -> UKR asserted");
    assertCodes("Gunmen attacked a Nigerian army convoy during the night.", DAY,
        "ASSAULT 190 NGA:UAF -> NGA:MIL asserted");
  }

  @Test
  void insultsAndDismissalsInANamingAreCriticism() {
    assertCodes("The French president called the Russian vote a cynical charade.", DAY,
        "ACCUSE/disapprove 111 FRA:GOV -> RUS asserted");
    assertCodes("The Slovak prime minister called his finance minister an idiot.", DAY,
        "ACCUSE/disapprove 111 SVK:GOV -> SVK:GOV asserted");
    assertCodes("The Serbian president described the Kosovar charges as baseless.", DAY,
        "ACCUSE/disapprove 111 SRB:GOV -> KOS asserted");
    assertCodes("The Czech interior minister called the shooting \"the senseless killing of a brave officer.\"",
        DAY, "ACCUSE/disapprove 111 CZE:GOV asserted");
  }

  @Test
  void aNeutralNamingStaysNothing() {
    assertCodes("The Austrian chancellor described the Swiss report as lengthy.", DAY);
  }

  @Test
  void aVerdictWithTheSpeakerAfterTheQuoteIsTheSpeakers() {
    // (the blockaded place is the blockade's victim, not the one judged: no target; EventNounRolesTest)
    assertCodes("\"The blockade of Gaza is unacceptable\", said the director of Amnesty International.",
        DAY, "ACCUSE/disapprove 111 IGO:NGO asserted");
    assertCodes("\"The Georgian law is a disgrace\", said the Estonian foreign minister.", DAY,
        "ACCUSE/disapprove 111 EST:GOV -> GEO asserted");
  }

  @Test
  void aVerdictAddedToASayingIsTheSayers() {
    assertCodes("The Mexican foreign minister said the talks had gone well, adding, \"For us, this gunman is a terrorist\".",
        DAY, "ACCUSE/disapprove 111 MEX:GOV -> MEX:UAF asserted");
    assertCodes("The Latvian president praised the summit, adding that the Russian referendum was a sham.", DAY,
        "SUPPORT 051 LVA:GOV asserted", "ACCUSE/disapprove 111 LVA:GOV -> RUS asserted");
  }

  @Test
  void aClauseJudgedAsAMistakeIsCriticism() {
    assertCodes("The Canadian prime minister said abandoning the allies is a big mistake.", DAY,
        "ACCUSE/disapprove 111 CAN:GOV asserted");
    assertCodes("The Danish minister said quitting the alliance was a blunder.", DAY,
        "ACCUSE/disapprove 111 DNK:GOV asserted");
  }

  @Test
  void aPlanThatIsNoSolutionIsCriticismOnce() {
    assertCodes("The Spanish prime minister said the British plan is not a solution.", DAY,
        "ACCUSE/disapprove 111 ESP:GOV -> GBR asserted");
    assertCodes("The Italian prime minister said, \"The German plan is not a solution, but rather it is a capitulation.\"",
        DAY, "ACCUSE/disapprove 111 ITA:GOV -> DEU asserted");
  }

  @Test
  void unattributedJudgementsStayTheWriters() {
    assertCodes("Leaving the treaty would be a blunder.", DAY);
    assertCodes("The plan is not a solution.", DAY);
  }

  @Test
  void coordinatedNamedThingsShareOneComplement() {
    assertCodes("The Israeli prime minister named both Hamas and Hezbollah as terrorists.", DAY,
        "ACCUSE/disapprove 111 ISR:GOV -> LBN:REB+PSE:REB asserted");
    assertCodes("The Egyptian government designated the Muslim Brotherhood and its youth wing as terrorist groups.",
        DAY, "ACCUSE/disapprove 111 EGY:GOV -> EGY asserted");
  }

  @Test
  void aNamingWithTheNamedAsIndirectObjectStillNames() {
    assertCodes("The Bulgarian president termed the Macedonian leader a traitor.", DAY,
        "ACCUSE/disapprove 111 BGR:GOV -> MKD:GOV asserted");
    assertCodes("The Romanian opposition leader called the Moldovan president a liar.", DAY,
        "ACCUSE/disapprove 111 ROU:OPP -> MDA:GOV asserted");
  }

  @Test
  void aFailingShownIsCriticismBySomeoneWhoSaysSo() {
    assertCodes("The Algerian foreign minister said the French court had shown a shocking ignorance of the law.",
        DAY, "ACCUSE/disapprove 111 DZA:GOV -> FRA:JUD asserted");
    assertCodes("The Indian foreign ministry said the Canadian government had displayed contempt for the facts.",
        DAY, "ACCUSE/disapprove 111 IND:GOV -> CAN:GOV asserted");
    // said by nobody, it is the writer's
    assertCodes("The French court showed a shocking ignorance of the law.", DAY);
  }

  @Test
  void aRunningMateNamedAfterALongNameIsSupport() {
    assertCodes("Joe Biden named Senator Kamala Harris of California as his running mate.", DAY,
        "SUPPORT 051 USA:GOV -> USA:LEG asserted");
    assertCodes("Donald Trump picked Governor Mike Pence of Indiana as his running mate.", DAY,
        "SUPPORT 051 USA:GOV -> USA:GOV asserted");
  }

  @Test
  void aVerdictOnWeatherOrADisasterJudgesNobody() {
    assertCodes("The Chilean president said the weather was terrible.", DAY);
    assertCodes("The Egyptian president said the flood was a catastrophe.", DAY);
    // a deed judged still is (its victim is not the one judged)
    assertCodes("The Peruvian president said the killing of the journalist was terrible.", DAY,
        "ACCUSE/disapprove 111 PER:GOV asserted");
  }
}
