package org.annals.nlp.events;

import org.junit.jupiter.api.Test;

/**
 * Recipients of requests, concessions, rejections and support named one step away from the
 * trigger (issue 13, "missing target", h70; {@link IndirectRecipients}, {@link ArgumentFinder}):
 * whom a request asks something "from"; the owner of what a passive concession or rejection is
 * done to ("her sentence was commuted": she undergoes it, she does not do it) and the "of" phrase
 * of a penalty ("the sentence of a journalist"); who made the plan a body rejects ("the plan
 * submitted by"); whom support is "behind"; the provinces a government addresses, or a body asked
 * in the passive ({@link DomesticRecipients}). Each class has near sentences that must not change.
 * The sentences are written for these tests.
 */
class TargetClassesTwoTest extends CodingTestBase {
  private static final String DAY = "2024-03-06";
  /** Two sentences that make Chile the article's one country and code nothing. */
  private static final String CHILE = "Chile's economy grew by two percent in March. "
      + "Chilean exports of copper rose again. ";

  @Test
  void whomARequestAsksSomethingFromIsItsRecipient() {
    assertCodes("The Polish foreign minister asked for an explanation from Belarus about the border incident.",
        DAY, "REQUEST 100 POL:GOV -> BLR:GOV asserted");
    assertCodes("The Nigerian senate issued a subpoena for documents from the Nigerian oil minister.", DAY,
        "REQUEST 100 NGA:LEG -> NGA:GOV asserted");
    assertCodes("The Greek prime minister asked for patience from the Greek people.", DAY,
        "REQUEST 100 GRC:GOV -> GRC:CVL asserted");
  }

  @Test
  void aRequestForAThingOfACountryKeepsItsRecipient() {
    assertCodes("The Chinese ambassador asked for Japanese help with the rescue.", DAY,
        "REQUEST/assist 103 CHN:GOV -> JPN asserted");
  }

  @Test
  void theOwnerOfWhatAPassiveConcessionOrRejectionIsDoneToUndergoesIt() {
    assertCodes("Maria Lopez, a Mexican activist, was jailed in 2010. "
        + "Her sentence was commuted by the governor in May.", DAY,
        "COERCE/arrest 173 MEX:COP -> MEX:OPP asserted",
        "CONCEDE 081 MEX:GOV -> MEX:OPP asserted");
    assertCodes("Oleg Ivanov, a Russian dissident, was jailed in 2015. "
        + "His sentence was reduced by the Russian president in May.", DAY,
        "COERCE/arrest 173 RUS:COP -> RUS:OPP asserted",
        "CONCEDE 081 RUS:GOV -> RUS:OPP asserted");
    assertCodes("Mexico's proposal was rejected by the Guatemalan government.", DAY,
        "REJECT/meet 127 GTM:GOV -> MEX:GOV asserted");
  }

  @Test
  void aDroppedChargeKeepsItsAgainstPhraseAsRecipient() {
    assertCodes("The charges against the Russian journalist were dropped by a Moscow court.", DAY,
        "CONCEDE 081 RUS:JUD -> RUS:JRN asserted");
  }

  @Test
  void whoseSentenceIsCommutedUndergoesTheConcession() {
    assertCodes("The Chilean president commuted the sentence of a Peruvian journalist on Monday.", DAY,
        "CONCEDE 081 CHL:GOV -> PER:JRN asserted");
    assertCodes(CHILE + "The Chilean president commuted the sentences of two Peruvian journalists on Monday.", DAY,
        "CONCEDE 081 CHL:GOV -> PER:JRN asserted");
  }

  @Test
  void aCourtWhoseSentenceIsCriticisedStaysTheTargetOfTheCriticism() {
    assertCodes(CHILE + "The Chilean court's sentence was criticized by the opposition on Monday.", DAY,
        "ACCUSE/disapprove 111 CHL:OPP -> CHL:JUD asserted");
  }

  @Test
  void whoMadeTheRejectedPlanIsTheRecipient() {
    assertCodes("The Chilean senate rejected the proposal drafted by the Argentine government.", DAY,
        "REJECT/meet 127 CHL:LEG -> ARG:GOV asserted");
    assertCodes("The Chilean senate rejected the plan submitted by the Chilean president.", DAY,
        "REJECT/meet 127 CHL:LEG -> CHL:GOV asserted");
  }

  @Test
  void whoPutForwardWhatIsSupportedIsTheRecipient() {
    assertCodes("Vietnam voiced support for a proposal put forward by Laos.", DAY,
        "SUPPORT 051 VNM:GOV -> LAO:GOV asserted");
    assertCodes("The Kenyan senate voiced support for the plan presented by the Ugandan president.", DAY,
        "SUPPORT 051 KEN:LEG -> UGA:GOV asserted");
  }

  @Test
  void aBodyAskedInThePassiveIsOfTheArticlesCountry() {
    assertCodes(CHILE + "The network was asked by the Chilean president to correct the report on Monday.", DAY,
        "REQUEST 100 CHL:GOV -> CHL asserted");
    assertCodes("The network was asked by the Chilean president to correct the report on Monday.", DAY,
        "REQUEST 100 CHL:GOV asserted"); // no country of the article: no guess
  }

  @Test
  void whoWantsOrHoldsTheObjectIsNoRecipient() {
    assertCodes("Police in Spain arrested the man wanted by the Italian police.", DAY,
        "COERCE/arrest 173 ESP:COP asserted");
  }

  @Test
  void whomSupportIsBehindIsItsRecipient() {
    assertCodes("Chancellor Scholz threw his weight behind the Polish president.", DAY,
        "SUPPORT 051 DEU:GOV -> POL:GOV asserted");
    assertCodes("The Hungarian opposition threw its support behind the Czech candidate.", DAY,
        "SUPPORT 051 HUN:OPP -> CZE:GOV asserted");
  }

  @Test
  void standingBehindSomeoneOnAStageIsNoSupport() {
    assertCodes("The German chancellor stood behind the Polish president at the news conference.", DAY);
  }

  @Test
  void theProvincesAGovernmentAddressesAreOfItsCountry() {
    assertCodes(CHILE + "The Chilean president urged the provinces to lift the restrictions on Monday.", DAY,
        "REQUEST/change 105 CHL:GOV -> CHL asserted");
  }
}
