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
}

