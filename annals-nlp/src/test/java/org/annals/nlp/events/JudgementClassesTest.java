package org.annals.nlp.events;

import org.junit.jupiter.api.Test;

/**
 * Judgements passed on others: naming ("called the raid an act of terror") and copular verdicts
 * that someone says ("the strike was illegal, the ministry said"). The sentences are written for
 * these tests.
 */
class JudgementClassesTest extends CodingTestBase {

  @Test
  void namingSomethingWithANegativeWordIsCriticism() {
    assertCodes("The Greek foreign minister called the Turkish survey a dangerous provocation.",
        "2024-03-10", "ACCUSE/disapprove 111 GRC:GOV -> TUR asserted");
    assertCodes("The Chilean president called Argentina's decision a grave mistake.", "2024-03-10",
        "ACCUSE/disapprove 111 CHL:GOV -> ARG:GOV asserted");
  }

  @Test
  void namingWithAPositiveWordIsPraise() {
    assertCodes("The Dutch prime minister described the new trade deal with Japan as historic.",
        "2024-03-10", "SUPPORT 051 NLD:GOV asserted");
  }

  @Test
  void callingSomeoneOnADayIsStillACall() {
    assertCodes("The Iraqi prime minister called the Iranian president on Sunday.", "2024-03-10",
        "CONSULT/phone 041 IRN:GOV+IRQ:GOV symmetric asserted");
  }

  @Test
  void aNameWithoutJudgementCodesNothing() {
    assertCodes("The Irish president called the new bridge a feat of engineering.", "2024-03-10");
  }

  @Test
  void aSaidVerdictIsCriticismByTheSpeaker() {
    assertCodes("The Jordanian king said Israel's decision was a dangerous provocation.",
        "2024-03-10", "ACCUSE/disapprove 111 JOR:GOV -> ISR:GOV asserted");
  }

  @Test
  void anUnattributedVerdictIsTheWritersNotAnEvent() {
    assertCodes("The decision was a mistake.", "2024-03-10");
  }

  @Test
  void aDeniedVerdictIsNoCriticism() {
    assertCodes("The Swedish foreign minister said the Finnish plan was not illegal.", "2024-03-10");
  }

  @Test
  void aSwipeAtSomeoneIsCriticism() {
    assertCodes("The Slovak president took a swipe at the Hungarian prime minister over the budget.",
        "2024-03-10", "ACCUSE/disapprove 111 SVK:GOV -> HUN:GOV asserted");
  }

  @Test
  void aQuotedNameIsAJudgementToo() {
    assertCodes("The Czech interior minister called the shooting \"an act of senseless barbarity.\"",
        "2024-03-10", "ACCUSE/disapprove 111 CZE:GOV asserted");
  }

  @Test
  void aSecondNounHungOffTheObjectStillNames() {
    // the parser attaches "an insult" to the object ("dep"): still the naming complement
    assertCodes("The Ecuadorian president called the Peruvian decision an insult to his country.",
        "2024-03-10", "ACCUSE/disapprove 111 ECU:GOV -> PER asserted");
  }

  @Test
  void adjectivesAfterTheObjectName() {
    assertCodes("The Ghanaian president called the new accord fair and historic.", "2024-03-10",
        "SUPPORT 051 GHA:GOV asserted");
  }

  @Test
  void anApprovingWordDeniedIsCriticism() {
    assertCodes("The Lithuanian prime minister said the Belarusian response was nowhere near enough.",
        "2024-03-10", "ACCUSE/disapprove 111 LTU:GOV -> BLR asserted");
  }

  @Test
  void aNegatedJudgementOfAnOfferLeavesTheOfferStanding() {
    // the "not" judges the offer; the offer itself was made
    assertCodes("The Maltese prime minister said the Libyan offer was not acceptable.", "2024-03-10",
        "AGREE 030 LBY asserted", "ACCUSE/disapprove 111 MLT:GOV -> LBY asserted");
  }

  @Test
  void aCourtRulingSomethingUnlawfulConvicts() {
    assertCodes("A court in Lisbon ruled that the government's decree was unconstitutional.",
        "2024-03-10", "SANCTION/convict 116 PRT:JUD -> PRT:GOV asserted");
    assertCodes("The constitutional court of Romania ruled the new electoral law unconstitutional.",
        "2024-03-10", "SANCTION/convict 116 ROU:JUD asserted");
  }

  @Test
  void aRulingThatSomethingIsLawfulConvictsNobody() {
    assertCodes("A court in Oslo ruled on Friday that the new tax was lawful.", "2024-03-10");
  }

  @Test
  void aNameWithoutJudgementIsNoPhoneCallEither() {
    assertCodes("The Polish bishop called the letter just another apology.", "2024-03-10");
    // a name after the person called is an apposition, not a naming
    assertCodes("Putin called French President Emmanuel Macron on Friday.", "2024-03-10",
        "CONSULT/phone 041 FRA:GOV+RUS:GOV symmetric asserted");
  }

  @Test
  void aRulingReportedWithoutThatConvictsToo() {
    assertCodes("The High Court in Dublin ruled on May 3 the eviction was unlawful.", "2024-03-10",
        "SANCTION/convict 116 IRL:JUD asserted");
  }
}
