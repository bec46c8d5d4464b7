package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * More classes of events that got no trigger on the tune articles (issue 13, recall; helper h57),
 * each with sentences that must code and a near sentence that must not: a prison term received,
 * faced or served (COERCE/arrest, undergone by the subject); an appeal against a ruling, lodged or
 * announced (ACCUSE 115), but not an appeal for calm; a conviction vacated (CONCEDE); an offer to
 * resign (CONCEDE, not the resignation); the assassination of a person as a noun (ASSAULT), but not
 * an assassination in a film's story nor a killing by an animal; fraud claimed (ACCUSE/allege), but not
 * a record claimed; a legal challenge made (ACCUSE 115), but not challenges a project faces; a case
 * thrown out (CONCEDE), but not stones thrown at a court. The sentences are written for these tests.
 */
class RecallClassesThreeTest extends CodingTestBase {
  private static final String DAY = "2021-03-12";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void aPrisonTermReceivedIsAnImprisonmentOfItsReceivers() {
    assertCodes("The two Chilean officers received ten-year prison terms on Tuesday.", DAY,
        "COERCE/arrest 173 CHL:JUD -> CHL:COP asserted");
    assertThat(types("The Peruvian governor served eight years of a prison sentence."))
        .containsExactly("COERCE");
  }

  @Test
  void aTermOfOfficeServedIsNoPrisonTerm() {
    assertCodes("The Kenyan senator served a four-year term in the senate.", DAY);
    assertCodes("The Kenyan governor served two terms as mayor before he was elected.", DAY);
  }

  @Test
  void anAppealAgainstARulingIsLegalAction() {
    assertCodes("An appeal by Peruvian prosecutors reopened the case.", DAY,
        "ACCUSE/allege 115 PER:JUD asserted");
    assertThat(types("The Chilean prime minister's office intends to appeal the ruling."))
        .containsExactly("ACCUSE");
  }

  @Test
  void anAppealForCalmIsNoLegalAction() {
    assertCodes("The Kenyan police appealed for calm after the floods.", DAY);
  }

  @Test
  void aConvictionVacatedIsEased() {
    assertCodes("The Kenyan court vacated his conviction last year.", DAY,
        "CONCEDE 081 KEN:JUD asserted");
  }

  @Test
  void anOfferToResignIsAConcessionNotAResignation() {
    assertCodes("The Kenyan finance minister offered to resign on Monday.", DAY,
        "CONCEDE 0831 KEN:GOV asserted");
  }

  @Test
  void theAssassinationOfAPersonByAStateIsAnAttack() {
    assertThat(types("The protests followed the Israeli assassination of an Iranian scientist near"
        + " Tehran.")).containsExactlyInAnyOrder("PROTEST", "ASSAULT");
  }

  @Test
  void anAssassinationInAFilmOrAKillingByAnAnimalIsNoAttack() {
    assertCodes("The new film tells the story of the assassination of Abraham Lincoln.", DAY);
    assertCodes("Police said the killing of the tourist by a shark was the first in a decade.", DAY);
  }

  @Test
  void fraudClaimedIsAnAllegation() {
    assertCodes("The Kenyan opposition leader claimed widespread fraud in the election.", DAY,
        "ACCUSE/allege 112 KEN:OPP asserted");
  }

  @Test
  void aRecordClaimedAllegesNothing() {
    assertCodes("The Kenyan runner claimed a new national record in the race.", DAY);
  }

  @Test
  void aLegalChallengeMadeIsLegalAction() {
    assertThat(types("The Kenyan opposition has claimed fraud in the vote and made several legal"
        + " challenges.")).containsExactly("ACCUSE", "ACCUSE");
  }

  @Test
  void challengesAProjectFacesAreNoLegalAction() {
    assertCodes("The new Kenyan stadium faces legal and financial challenges.", DAY);
  }

  @Test
  void aCaseThrownOutIsDropped() {
    assertCodes("The case against the two Chilean officers was thrown out by the court in 2017.", DAY,
        "CONCEDE 081 CHL:JUD -> CHL:COP asserted");
  }

  @Test
  void stonesThrownAtACourtAreNoDroppedCase() {
    assertThat(types("The Chilean protesters threw stones at the court building."))
        .containsExactly("PROTEST");
  }
}
