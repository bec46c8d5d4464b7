package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of events that got no trigger (issue 13, recall; helper h43), each with sentences that
 * must code and a near sentence that must not: a proposal to do something (AGREE); a new
 * initiative announced (AGREE); favourable interest expressed (SUPPORT); a medal or a prize
 * awarded (SUPPORT); a suspect who turns himself in or surrenders to the police (COERCE/arrest, the
 * suspect undergoing it); a court petitioned (ACCUSE 115); hostages taken (ASSAULT/abduct); a
 * directive to the public in the agentless passive ("residents were told to"), a REQUEST by the
 * authorities ({@link PublicDirectives}); the "I" of a quotation that runs on over several
 * sentences, its speaker ({@link QuoteContinuation}); a parting shot (ACCUSE); talks brokered
 * between others (CONSULT/third-party). The sentences are written for these tests.
 */
class RecallClassesTest extends CodingTestBase {
  private static final String DAY = "2021-03-12";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void aProposalToActIsAnOffer() {
    assertThat(types("Kenyan President William Ruto proposed to set up a regional court for East"
        + " Africa.")).containsExactly("AGREE");
  }

  @Test
  void changesProposedToAParliamentOfferNothing() {
    assertCodes("The changes proposed to the Kenyan parliament were modest.", DAY);
  }

  @Test
  void aNewInitiativeAnnouncedIsAnOffer() {
    assertCodes("Indonesian President Joko Widodo announced a new maritime security initiative for"
        + " the Malacca Strait.", DAY, "AGREE 030 IDN:GOV asserted");
  }

  @Test
  void favourableInterestExpressedIsSupport() {
    assertCodes("Chilean senators have expressed favorable interest in the plan for a joint"
        + " fishing zone.", DAY, "SUPPORT 051 CHL:LEG asserted");
  }

  @Test
  void interestInAHistoryIsNoSupport() {
    assertCodes("Chilean senators expressed interest in the history of the region.", DAY);
  }

  @Test
  void aMedalAwardedPraisesItsRecipient() {
    assertCodes("The French general was awarded the Legion of Honour by German Chancellor Angela"
        + " Merkel.", DAY, "SUPPORT 051 DEU:GOV -> FRA:GOV asserted");
  }

  @Test
  void aPrizeReceivedFromAPublisherIsNoAward() {
    assertCodes("Greek Prime Minister Kyriakos Mitsotakis received a prize for the book from a"
        + " publishing house.", DAY);
  }

  @Test
  void aSuspectWhoTurnsHimselfInIsArrested() {
    assertCodes("The Kashmiri suspect turned himself in to Indian authorities on Tuesday.", DAY,
        "COERCE/arrest 173 IND:COP -> IND:CRM asserted");
    assertCodes("The Turkish journalist surrendered to the authorities in Ankara on Friday.", DAY,
        "COERCE/arrest 173 TUR:COP -> TUR:JRN asserted");
  }

  @Test
  void aPerformanceTurnedInIsNoArrest() {
    assertCodes("The Kenyan runner turned in a strong performance in Nairobi.", DAY);
  }

  @Test
  void petitioningACourtBringsACase() {
    assertCodes("Opposition lawmakers petitioned the Brazilian Supreme Court to annul the decree.",
        DAY, "ACCUSE/allege 115 BRA:LEG -> BRA:JUD asserted");
    assertThat(types("The Scottish court was petitioned by Labour MP Ian Murray for a ruling on the"
        + " closure of the Glasgow hospital.")).containsExactly("ACCUSE");
  }

  @Test
  void hostagesTakenAreAnAbduction() {
    assertCodes("Malian rebels took twelve Nigerien soldiers hostage near the border on Monday.", DAY,
        "ASSAULT/abduct 181 MLI:REB -> NER:MIL asserted");
  }

  @Test
  void anEconomyTakenHostageIsNoAbduction() {
    // what critics said is their criticism (the CAMEO dictionary's "CRITICS *" under REPORT, 111),
    // the economy taken hostage no abduction
    assertThat(types("The new tax took the Greek economy hostage, critics in Athens said.", DAY))
        .containsExactly("ACCUSE");
  }

  @Test
  void aDirectiveToThePublicToldInThePassiveIsTheAuthoritiesRequest() {
    assertCodes("Fijian residents were told to stay indoors on Tuesday.", DAY,
        "REQUEST 100 FJI:GOV -> FJI:CVL asserted");
    assertThat(types("Villagers in Nepal were urged to leave their homes."))
        .containsExactly("REQUEST");
  }

  @Test
  void aMinisterAskedToResignOrNewsToldToResidentsImpliesNoAuthority() {
    assertCodes("The Fijian minister was asked to resign.", DAY, "REQUEST/yield 1056 - -> FJI:GOV asserted");
    assertCodes("Fijian residents were told that the water was safe.", DAY);
  }

  @Test
  void aQuotationThatRunsOnKeepsItsSpeaker() {
    assertCodes("Kenyan President William Ruto told reporters in Nairobi, \"The talks have gone on for"
        + " too long. I urge the Somali government to sign the agreement.\"", DAY,
        "REQUEST 100 KEN:GOV -> SOM:GOV asserted");
  }

  @Test
  void aClosedQuotationLendsNoSpeakerToTheNextOne() {
    assertThat(code("Kenyan President William Ruto told reporters in Nairobi, \"The talks have gone on"
        + " for too long.\" A letter read at the meeting said: \"I urge the Somali government to sign"
        + " the agreement.\"", DAY).events()).noneMatch(e -> e.event().equals("REQUEST")
            && e.actors().stream().anyMatch(a -> "KEN".equals(a.country())));
  }

  @Test
  void aPartingShotIsACriticism() {
    assertCodes("Former French President Nicolas Sarkozy fired a parting shot on Twitter: \"The"
        + " reform is a disgrace!\"", DAY, "ACCUSE/disapprove 111 FRA:GOV asserted");
  }

  @Test
  void shotsFiredAtACrowdAreNoCriticism() {
    assertThat(types("Kenyan soldiers fired shots at the crowd in Nairobi.")).doesNotContain("ACCUSE");
  }

  @Test
  void talksBrokeredBetweenOthersAreMediation() {
    assertCodes("Qatar brokered talks between the Afghan government and the Taliban.", DAY,
        "CONSULT/third-party 045 QAT:GOV -> AFG:GOV+AFG:REB asserted");
  }

  @Test
  void tradeFacilitatedIsNoMediation() {
    assertCodes("The new bridge will facilitate trade between the two towns.", DAY);
  }
}
