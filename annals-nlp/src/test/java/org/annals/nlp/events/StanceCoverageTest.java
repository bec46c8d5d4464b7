package org.annals.nlp.events;

import org.junit.jupiter.api.Test;

/**
 * Stance events (SUPPORT, AGREE, CONCEDE, REJECT) that got no trigger or the wrong type, found by
 * probing with written sentences (session 24, h107): idioms ("spoke highly of", "came to terms over",
 * "walked back", "owned up to", "said no to", "threw out the conviction"), nouns ("rejection of",
 * "acquittal of", "apology to", "endorsement of"), denials of an act, talks called off, cancelled or
 * walked out of, claims disputed, deadlines extended, truces and peace plans proposed, votes in
 * favour, admiration expressed, siding with someone, being open to talks, laws repealed. Each
 * class has near texts that must code nothing. Sentences written for this test.
 */
class StanceCoverageTest extends CodingTestBase {
  private static final String DAY = "2022-03-10";

  @Test
  void idiomsOfPraiseAndSettlementAreSupportAndAgreement() {
    assertCodes("Japan's foreign minister spoke highly of the Indian prime minister on Monday.", DAY,
        "SUPPORT 051 JPN:GOV -> IND:GOV asserted");
    assertCodes("South Korea and Japan came to terms over compensation for wartime labour.", DAY,
        "AGREE 057 JPN:GOV+KOR:GOV symmetric asserted");
    assertCodes("The Kenyan parliament voted in favour of the Ugandan proposal for a joint border force.",
        DAY, "SUPPORT 051 KEN:LEG -> UGA asserted");
  }

  @Test
  void idiomsOfGivingWayAreConcessions() {
    assertCodes("The Nicaraguan government walked back its decision to expel the Red Cross.", DAY,
        "CONCEDE 080 NIC:GOV asserted");
    assertCodes("The British defence secretary owned up to mistakes in the evacuation from Kabul.", DAY,
        "CONCEDE 055 GBR:GOV asserted");
    assertCodes("The Kenyan Supreme Court threw out the conviction of the former governor of Nairobi.", DAY,
        "CONCEDE 081 KEN:JUD -> KEN:GOV asserted");
    assertCodes("The European Union extended the Brexit deadline for the United Kingdom to January.", DAY,
        "CONCEDE 080 IGO:IGO -> GBR:GOV asserted");
  }

  @Test
  void gamesAndForecastsGiveNothingUp() {
    assertCodes("The Ghanaian football team conceded two goals in the first half against Nigeria.", DAY);
    assertCodes("The Swiss bank walked back its forecast for the year.", DAY);
  }

  @Test
  void nounsOfTheClassAreTheirEvents() {
    assertCodes("The acquittal of the former Kenyan governor by the high court angered activists.", DAY,
        "CONCEDE 081 KEN:JUD asserted");
    assertCodes("The endorsement of the Greens by the German chancellor surprised many observers.", DAY,
        "SUPPORT 051 DEU:GOV -> DEU:PTY asserted");
    assertCodes("Turkey's rejection of the Swedish peace plan drew criticism from the Kurdish parties.", DAY,
        "REJECT 120 TUR:GOV -> SWE asserted", "ACCUSE/disapprove 111 SWE:PTY -> TUR:GOV asserted");
  }

  @Test
  void refusalsInWordsAreRejections() {
    assertCodes("Argentina's president said no to the International Monetary Fund's new loan conditions.",
        DAY, "REJECT 120 ARG:GOV -> IGO:IGO asserted");
    assertCodes("The Chinese foreign ministry disputed the American claim that the virus came from a"
        + " laboratory.", DAY, "REJECT 120 CHN:GOV -> USA asserted");
    assertCodes("The Iranian foreign minister denied that his country had supplied weapons to the Houthis.",
        DAY, "REJECT/assist 122 IRN:GOV asserted");
  }

  @Test
  void aDeniedRumourIsNoRejection() {
    assertCodes("The Peruvian minister denied the rumours of his resignation on Friday.", DAY);
  }

  @Test
  void talksCalledOffPostponedOrWalkedOutOfAreRefusedMeetings() {
    assertCodes("China called off trade talks with the United States on Friday.", DAY,
        "REJECT/meet 125 CHN:GOV -> USA:GOV asserted");
    assertCodes("The Russian foreign minister postponed the talks with Ukraine indefinitely.", DAY,
        "REJECT/meet 125 RUS:GOV -> UKR:GOV asserted");
    assertCodes("The Iranian delegation walked out of the talks with the European Union in Vienna.", DAY,
        "REJECT/meet 125 IRN:GOV -> IGO:IGO asserted");
  }

  @Test
  void aConcertCancelledIsNoRefusedMeeting() {
    assertCodes("The Nigerian singer cancelled her concert in Lagos because of the rain.", DAY);
  }

  @Test
  void aTruceOrAPeacePlanProposedIsAnOffer() {
    assertCodes("Egypt proposed a three-day truce between Israel and Hamas.", DAY,
        "AGREE 030 EGY:GOV -> ISR:GOV+PSE:REB asserted");
    assertCodes("Italy unveiled a peace plan for Libya at the Rome conference.", DAY,
        "AGREE 030 ITA:GOV -> LBY:GOV asserted");
  }

  @Test
  void admirationSidingReadinessAndRepealsAreTheirStances() {
    assertCodes("The Brazilian president expressed admiration for the Chilean president during his visit to"
        + " Santiago.", DAY, "SUPPORT 051 BRA:GOV -> CHL:GOV asserted",
        "CONSULT/visit 042 BRA:GOV -> CHL:GOV asserted");
    assertCodes("Several Hungarian ministers sided with the Polish government in the dispute over the"
        + " courts.", DAY, "SUPPORT 051 HUN:GOV -> POL:GOV asserted");
    assertCodes("Pakistan's prime minister said he was open to talks with India over the water dispute.", DAY,
        "AGREE 036 PAK:GOV -> IND:GOV asserted");
    assertCodes("The Indian government repealed the three farm laws in November.", DAY,
        "CONCEDE 0832 IND:GOV asserted");
  }
}
