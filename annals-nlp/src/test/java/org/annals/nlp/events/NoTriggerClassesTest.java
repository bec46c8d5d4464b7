package org.annals.nlp.events;

import org.junit.jupiter.api.Test;

/**
 * Events that got no trigger (session 23, h100): condolences and sympathy offered (SUPPORT), legal
 * action named by a lawsuit launched, charges laid or pressed, a trial by a court, legal action or
 * redress sought in the courts (ACCUSE), "assailed" as words (ACCUSE), a meeting or a call named by
 * its noun (CONSULT). Each class has near texts that must code nothing. Sentences written for this
 * test.
 */
class NoTriggerClassesTest extends CodingTestBase {
  private static final String DAY = "2022-03-10";

  @Test
  void condolencesOrSympathyOfferedToAnActorAreSupport() {
    assertCodes("The Kenyan president sent his condolences to the Ugandan president after the floods.", DAY,
        "SUPPORT 051 KEN:GOV -> UGA:GOV asserted");
    assertCodes("Chilean President Gabriel Boric extended his sympathies to Argentina's government on Monday.",
        DAY, "SUPPORT 051 CHL:GOV -> ARG:GOV asserted");
  }

  @Test
  void condolencesToFamiliesAndWishesAreCourtesy() {
    assertCodes("The Brazilian airline extended its condolences to the families of the passengers.", DAY);
    assertCodes("The mayor of Quito sent her best wishes to the national football team.", DAY);
  }

  @Test
  void aLawsuitLaunchedOrChargesLaidAreLegalAction() {
    assertCodes("The Peruvian opposition leader launched a lawsuit against the interior minister on Tuesday.",
        DAY, "ACCUSE/allege 115 PER:OPP -> PER:GOV asserted");
    assertCodes("Bolivian prosecutors laid charges against the Bolivian interior minister on Friday.", DAY,
        "ACCUSE/allege 112 BOL:JUD -> BOL:GOV asserted");
    assertCodes("Charges were pressed against the Nigerian senator last week.", DAY,
        "ACCUSE/allege 112 - -> NGA:LEG asserted");
  }

  @Test
  void chargesOfExplosivesLaidAreNoAccusation() {
    assertCodes("The engineer laid the charges for the fireworks display carefully.", DAY);
  }

  @Test
  void aPersonTriedByACourtOrInAbsentiaFacesATrial() {
    assertCodes("The former Malian prime minister was tried in absentia by a military tribunal.", DAY,
        "ACCUSE/allege 112 MLI:MIL -> MLI:GOV asserted");
    assertCodes("The former Ecuadorian vice president was tried by a court in Quito.", DAY,
        "ACCUSE/allege 112 ECU:JUD -> ECU:GOV asserted");
  }

  @Test
  void tryingADishOrTryingToActIsNoTrial() {
    assertCodes("The Colombian chef tried the new dish in his restaurant.", DAY);
    assertCodes("The Colombian farmers tried in vain to save the harvest.", DAY);
  }

  @Test
  void legalActionTakenOrRedressSoughtInTheCourtsIsLegalAction() {
    assertCodes("Kenya's opposition will take legal action against the electoral commission, its leader said.",
        DAY, "ACCUSE/allege 115 KEN:OPP -> KEN:GOV future");
    assertCodes("Ghana's attorney general will seek redress in the courts against the mining firm.", DAY,
        "ACCUSE/allege 115 GHA:JUD -> GHA:BUS future");
  }

  @Test
  void legalActionThreatenedIsTheThreatOnly() {
    assertCodes("The Chilean foreign minister threatened to take legal action against the Peruvian government.",
        DAY, "THREATEN 130 CHL:GOV -> PER:GOV asserted");
  }

  @Test
  void assailedIsCriticism() {
    assertCodes("The Argentine senator assailed the Chilean government's decision as reckless.", DAY,
        "ACCUSE/disapprove 111 ARG:LEG -> CHL:GOV asserted");
  }

  @Test
  void aMeetingOrACallNamedByItsNounIsAConsultation() {
    assertCodes("Details emerged about the Chilean president's call with the Peruvian president.", DAY,
        "CONSULT/phone 041 CHL:GOV+PER:GOV symmetric asserted");
    assertCodes("A meeting between the Kenyan and Ugandan foreign ministers took place in Kampala.", DAY,
        "CONSULT 040 KEN:GOV+UGA:GOV symmetric asserted");
  }

  @Test
  void aMeetingArrangedOrWantedIsNotHeld() {
    assertCodes("The Peruvian envoy arranged a meeting between the Chilean and Bolivian presidents.", DAY);
    assertCodes("The Kenyan minister wants a meeting with the Ugandan president.", DAY);
  }
}
