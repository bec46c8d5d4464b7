package org.annals.nlp.events;

import org.junit.jupiter.api.Test;

/**
 * Targets the trigger's own words name (issue 13, "missing target" and "target wrong", h79;
 * {@link TriggerTargets}): the phrase the trigger's preposition governs or its to/for phrase
 * ("paid tribute to", "congratulations to", "support for X's bid to join"), before the trigger's
 * own noun is read as a matter at home; and "the accused" as the person an earlier act of the
 * article charged or arrested. Each class has near sentences that must not change. The sentences
 * are written for these tests.
 */
class TargetClassesThreeTest extends CodingTestBase {
  private static final String DAY = "2024-03-06";

  @Test
  void theActorOfASupportedBidIsTheRecipient() {
    assertCodes("The Austrian chancellor expressed support for Serbia's bid to join the union.", DAY,
        "SUPPORT 051 AUT:GOV -> SRB:GOV asserted");
    assertCodes("Germany expressed support for Ukraine's bid to join the bloc.", DAY,
        "SUPPORT 051 DEU:GOV -> UKR:GOV asserted");
  }

  @Test
  void aSupportedThingOfANamedCountryKeepsItsRecipient() {
    assertCodes("The Peruvian minister voiced support for the Bolivian proposal.", DAY,
        "SUPPORT 051 PER:GOV -> BOL asserted");
    assertCodes("The Peruvian minister paid tribute to Bolivia's president.", DAY,
        "SUPPORT 051 PER:GOV -> BOL:GOV asserted");
  }

  @Test
  void aQuotedCongratulationIsAddressedToThePersonItsPrepositionNames() {
    assertCodes("In a message, the Kenyan president wrote \"congratulations to [Amina Odhiambo] on her "
        + "election as speaker.\"", DAY,
        "SUPPORT 051 KEN:GOV -> KEN asserted");
  }

  @Test
  void aQuotedCongratulationSentFromAbroadGetsNoDomesticRecipient() {
    assertCodes("In Nairobi, the Ugandan president wrote \"congratulations to [Amina Odhiambo] on her "
        + "election as speaker.\"", DAY,
        "SUPPORT 051 UGA:GOV asserted");
  }

  @Test
  void theReasonForThanksAndWhatANamedInsultOffendsAreNoRecipients() {
    assertCodes("The Bolivian president thanked them for their patience.", DAY,
        "SUPPORT 051 BOL:GOV asserted");
    assertCodes("Ecuador's foreign ministry described the ban as an insult to the Ecuadorian people.", DAY,
        "ACCUSE/disapprove 111 ECU:GOV asserted");
  }

  @Test
  void theAccusedIsThePersonTheArticleChargedBefore() {
    assertCodes("Peruvian prosecutors charged Carlos Mamani, a Bolivian citizen, with murder on Monday. "
        + "Peruvian officers arrested the accused near the station.", DAY,
        "ACCUSE/allege 112 PER:JUD -> BOL:CVL asserted",
        "COERCE/arrest 173 PER:COP -> BOL:CVL asserted");
    assertCodes("Peruvian prosecutors charged Carlos Mamani, a Bolivian citizen, with murder on Monday. "
        + "A Peruvian judge later released the defendant on bail.", DAY,
        "ACCUSE/allege 112 PER:JUD -> BOL:CVL asserted",
        "RETREAT/release 0841 PER:JUD -> BOL:CVL asserted");
  }

  @Test
  void aSuspectNoOneWasChargedWithBeforeOrSeveralAccusedStayAsTheyWere() {
    assertCodes("Officers arrested the suspect near the station on Monday.", DAY,
        "COERCE/arrest 173 ---:COP -> ---:CRM asserted");
    assertCodes("Peruvian prosecutors charged Carlos Mamani, a Bolivian citizen, with murder on Monday. "
        + "Peruvian police arrested the accused gunmen near the station.", DAY,
        "ACCUSE/allege 112 PER:JUD -> BOL:CVL asserted",
        "COERCE/arrest 173 PER:COP -> PER:UAF asserted");
  }
}
