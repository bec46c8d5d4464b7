package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Wire news with no trigger, second pass (issue 13, helper h146): a message, telegram or letter of
 * condolence as a noun; becoming a member of an IGO; acting in consultation with another; sites
 * placed or declared off-limits to inspectors; a bomb that ripped or tore through a place; a
 * view called a cliche. Near senses that must code nothing: a
 * telegram to shareholders, condolences to a neighbour, a member of a club or a board, a drug
 * taken in consultation with a doctor, a pool off-limits to children, news or a storm that tore
 * through a town, a victory called a miracle. Sentences written for this test.
 */
class WireCoverageTwoTest extends CodingTestBase {
  private static final String DAY = "1998-03-10";

  @Test
  void aCondolenceMessageAsANounSupportsItsRecipient() {
    assertThat(types("In a message of condolence to the Egyptian president, the Greek prime minister praised the rescue teams.", DAY))
        .contains("SUPPORT");
    assertThat(types("Condolence telegrams were sent by the Turkish government to the presidents of Egypt and Jordan.", DAY))
        .containsExactly("SUPPORT");
  }

  @Test
  void privateMessagesAndCondolencesAreNoEvent() {
    assertCodes("The company sent a telegram to its shareholders on Monday.", DAY);
    assertCodes("She received a message of condolence from her neighbours after her dog died.", DAY);
  }

  @Test
  void becomingAMemberOfAnIgoJoinsIt() {
    assertThat(types("Slovakia became a full member of NATO in 2004.", DAY)).containsExactly("SUPPORT");
    assertThat(types("Estonia, Latvia and Lithuania became full members of the alliance in March.", DAY))
        .containsExactly("SUPPORT");
  }

  @Test
  void aMemberOfAClubOrABoardIsNoEvent() {
    assertCodes("The retired banker became a full member of the golf club in 2010.", DAY);
    assertCodes("She became a member of the board of the bank last year.", DAY);
  }

  @Test
  void inConsultationWithConsults() {
    assertThat(types("UN officials drafted the rules in consultation with Iraqi diplomats.", DAY))
        .containsExactly("CONSULT");
    assertCodes("Patients should take the drug only in consultation with a doctor.", DAY);
  }

  @Test
  void sitesPlacedOffLimitsToInspectorsAreRefused() {
    assertThat(types("Iraq placed eight presidential sites off-limits to UN weapons inspectors.", DAY))
        .containsExactly("REJECT");
    assertCodes("The pool is off-limits to children after dark.", DAY);
  }

  @Test
  void aBombThatRippedThroughABuildingIsABombing() {
    assertThat(types("A bomb ripped through the U.S. embassy in Nairobi.", DAY)).containsExactly("ASSAULT");
    assertCodes("The news ripped through the small village.", DAY);
    assertCodes("A storm tore through the coastal town on Monday.", DAY);
  }

  @Test
  void aCrimeCalledByItsNameIsNoCriticism() {
    // crime words are not naming words: the thing named would be judged ("called the kidnapping a tragedy")
    assertCodes("The police called the kidnapping of the nurse a tragedy.", DAY);
    assertCodes("The coach called the victory a miracle.", DAY);
  }
}
