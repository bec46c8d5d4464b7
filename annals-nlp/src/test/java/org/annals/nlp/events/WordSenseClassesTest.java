package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * Trigger words used in a sense that is no event (issue 13, word sense and idioms): the lexicon's
 * {@code none.*} phrases of the issue-13 block win their words. Each class has its near sentence
 * that still codes. The sentences are written for these tests.
 */
class WordSenseClassesTest extends CodingTestBase {
  private static final String DAY = "2024-03-10";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void aThingThatOffersARemedyProposesNothing() {
    assertCodes("Higher tariffs on steel imports offer a remedy for the slump in Ohio.", DAY);
  }

  @Test
  void holdingOneselfAccountableAccusesNobody() {
    assertCodes("The Kenyan parliament must hold itself accountable.", DAY);
    assertThat(types("The Kenyan parliament held the finance minister accountable for the losses."))
        .containsExactly("ACCUSE");
  }

  @Test
  void fleeingToAnEmbassyIsNoWithdrawal() {
    assertCodes("Three Ugandan journalists fled to the Swedish embassy in Kampala last week.", DAY);
  }

  @Test
  void aMarchThatMovedAFewBlocksConcedesNothing() {
    assertCodes("The Chilean march later moved a few blocks to the city hall.", DAY);
  }

  @Test
  void pledgedDelegatesAreNoPromise() {
    assertCodes("The Chilean senator has won 312 pledged delegates so far.", DAY);
    assertThat(types("The Chilean senator pledged to cut taxes.")).containsExactly("AGREE");
  }

  @Test
  void aCourtBattleIsNoFight() {
    assertCodes("Ohio voters went to the polls on Tuesday after a court battle over the deadline.", DAY);
    assertThat(types("Sudanese troops fought rebels near Khartoum on Monday.")).containsExactly("ASSAULT");
  }

  @Test
  void aStudyIsNoInvestigation() {
    assertCodes("Two Nigerian officials conducted a traffic study on the bridge last year.", DAY);
    assertThat(types("The Nigerian police conducted an investigation into the governor."))
        .containsExactly("ACCUSE");
  }

  @Test
  void votersRequestingBallotsIsNoPoliticalRequest() {
    assertCodes("Over two thousand Ohio residents requested postal ballots before the deadline.", DAY);
  }

  @Test
  void takingStepsSeizesNothing() {
    assertCodes("The Nigerian army took steps to secure the border.", DAY);
  }

  @Test
  void planningOrDecidingOnesOwnAffairsIsNoIntent() {
    assertCodes("The Liberal Party planned to hold its annual convention online this year.", DAY);
    assertCodes("The Kenyan government decided to build a new airport near Mombasa.", DAY);
    // what was decided is coded by itself
    assertThat(types("In March the Polish government decided to expel two Belarusian diplomats."))
        .containsExactly("SANCTION");
  }

  // issue 13 (h44): charges listed, weapons obtained, private fundraising, being armed, hedged acts

  @Test
  void chargesListedAreNoNewAccusation() {
    assertCodes("The Kenyan senator's charges include bribery and tax fraud.", DAY);
    assertThat(types("Kenyan prosecutors charged the senator with bribery.")).containsExactly("ACCUSE");
  }

  @Test
  void obtainingAWeaponIsNoAid() {
    assertCodes("The Kenyan gunman obtained his pistol from an uncle in Nairobi.", DAY);
    assertCodes("The Kenyan gunman said he got his weapon by having a friend buy it.", DAY);
    assertThat(types("Ukraine obtained weapons from Germany last year.")).containsExactly("AID");
  }

  @Test
  void appealsForHelpPayingABillAreNoPoliticalRequest() {
    assertCodes("The Kenyan activist's mother made appeals for help in paying his legal fees.", DAY);
    assertThat(types("Kenya asked the World Bank for assistance in rebuilding roads.")).containsExactly("REQUEST");
  }

  @Test
  void beingArmedIsNoArming() {
    assertCodes("The Kenyan guard said he would have died had he not been armed.", DAY);
    assertCodes("Kenyan police said the two robbers were armed with knives.", DAY);
  }

  @Test
  void anAllegedActIsSpeculative() {
    List<CodedEvent> coded = code("A Kenyan man who allegedly supplied the gun to the attacker was arrested.", DAY).events();
    assertThat(coded).filteredOn(e -> e.event().equals("AID")).extracting(CodedEvent::modality)
        .containsExactly(org.annals.model.Modality.SPECULATIVE);
    List<CodedEvent> plain = code("A Kenyan man who supplied the gun to the attacker was arrested.", DAY).events();
    assertThat(plain).filteredOn(e -> e.event().equals("AID")).extracting(CodedEvent::modality)
        .containsExactly(org.annals.model.Modality.ASSERTED);
  }

  // issue 13 (h44): idioms of violence that report words, votes or politics

  @Test
  void firingOnesMinisterIsNoShooting() {
    assertCodes("The Kenyan president fired his finance minister on Tuesday.", DAY);
    assertCodes("The Kenyan president sacked the army chief after the raid.", DAY);
    assertThat(types("Somali militants fired rockets at the Kenyan army base on Tuesday.")).containsExactly("ASSAULT");
  }

  @Test
  void aDealStruckIsAnAgreementNoBlow() {
    assertThat(types("Kenya and Uganda struck a deal on electricity exports.")).containsExactly("AGREE");
    assertThat(types("Ugandan rebels struck a Kenyan border post on Monday.")).containsExactly("ASSAULT");
  }

  @Test
  void shootingDownAProposalRejectsIt() {
    assertThat(types("The Kenyan opposition shot down the Ugandan proposal.")).containsExactly("REJECT");
    assertThat(types("Syrian forces shot down a Turkish drone on Monday.")).containsExactly("ASSAULT");
  }

  @Test
  void votesCapturedAndRemarksSeizedOnAreNoCaptureOrSeizure() {
    assertCodes("The Kenyan ruling party captured 60 percent of the vote.", DAY);
    assertCodes("The Kenyan opposition seized on the minister's remarks.", DAY);
    assertThat(types("Kenyan police seized two tons of cocaine in Mombasa.")).containsExactly("COERCE");
  }

  @Test
  void questionsFiredAndPoliticalFightsAreNoViolence() {
    assertCodes("The Kenyan president was bombarded with questions about the deal.", DAY);
    assertCodes("The Kenyan finance minister fought for a higher budget.", DAY);
    assertCodes("The Kenyan government ran into opposition in parliament.", DAY);
    assertThat(types("Russian jets bombarded the Syrian town on Monday.")).containsExactly("ASSAULT");
  }

  @Test
  void gamesWonManhuntsAndRoadProjectsBlockedAreNoEvents() {
    assertCodes("The Kenyan national team beat Uganda 2-0 on Saturday.", DAY);
    assertCodes("Kenya beat Uganda in the final on Saturday.", DAY);
    assertCodes("Kenyan police are hunting for the suspect.", DAY);
    assertCodes("The Kenyan governor blocked the road project.", DAY);
    assertThat(types("Kenyan police beat protesters in Nairobi on Monday.")).containsExactly("ASSAULT");
  }
}
