package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * Word senses that gave the wrong type or a spurious event (issue 13, session 23, helper h101):
 * decisions "it was agreed", self-justification, a candidate's withdrawal, delegates, calls for
 * calm, remorse denied, content removed, money earned, courts asked to act and resignations
 * announced. Sentences written for this test.
 */
class WordSenseTypesTest extends CodingTestBase {
  private static final String DAY = "2021-05-19";

  private static List<CodedEvent> events(String text) {
    return code(text, DAY).events();
  }

  @Test
  void aDecisionTakenByNoOneNamedIsNoAgreement() {
    assertThat(types("At the cabinet meeting in Oslo it was agreed that the schools would stay shut"
        + " until June.", DAY)).doesNotContain("AGREE");
    assertThat(types("The Norwegian government agreed to send two frigates to the mission.", DAY))
        .containsExactly("AGREE");
  }

  @Test
  void defendingOnesOwnDecisionOrRemarksSupportsNoOne() {
    assertThat(types("The governor of Bavaria defended his decision to shut the beer halls.", DAY))
        .doesNotContain("SUPPORT");
    assertThat(types("The Austrian chancellor defended her remarks about the migrants on Tuesday.", DAY))
        .doesNotContain("SUPPORT");
    assertThat(types("The Dutch foreign minister defended the Belgian government in parliament.", DAY))
        .containsExactly("SUPPORT");
  }

  @Test
  void aPersonsWithdrawalIsNoMilitaryRetreat() {
    assertThat(types("The senator from Maine led the polls in Iowa until her withdrawal.", DAY))
        .doesNotContain("RETREAT");
    assertThat(types("Turkey completed the withdrawal of its troops from the Libyan port on Monday.", DAY))
        .containsExactly("RETREAT");
  }

  @Test
  void delegatesPledgedOrReleasedAreAnElectionCount() {
    assertThat(types("The former mayor kept the 60 delegates pledged to him and would not release his"
        + " delegates before the convention.", DAY)).isEmpty();
  }

  @Test
  void aCallForCalmIsNoRequestButACallForAReleaseIs() {
    assertThat(types("The Ghanaian president urged the party's supporters to remain calm.", DAY))
        .doesNotContain("REQUEST");
    assertThat(types("The Nigerian leader asked the voters to be \"patient and hopeful.\"", DAY))
        .doesNotContain("REQUEST");
    assertThat(types("The Ghanaian president urged Togo to release the detained fishermen.", DAY))
        .containsExactly("REQUEST");
  }

  @Test
  void remorseDeniedIsNoApology() {
    assertThat(types("The Serbian gunman expressed no remorse for the shooting at the cafe.", DAY))
        .doesNotContain("CONCEDE");
  }

  @Test
  void contentRemovedIsNoDeportation() {
    assertThat(types("A court in Vienna told the platform to remove the video from its servers.", DAY))
        .doesNotContain("COERCE");
  }

  @Test
  void moneyEarnedIsNoAidReceived() {
    assertThat(types("The Italian agent kept the money that the singer had earned from her tour.", DAY))
        .doesNotContain("AID");
  }

  @Test
  void askingACourtToActIsLegalAction() {
    List<CodedEvent> coded = events("The Kenyan opposition asked the Supreme Court to annul the"
        + " presidential election.");
    assertThat(coded).extracting(CodedEvent::event).containsExactly("ACCUSE");
    assertThat(coded.get(0).cameo()).isEqualTo("115");
    assertThat(coded.get(0).evidence().rule()).isEqualTo("lexicon:accuse.ask-court");
  }

  @Test
  void aResignationAnnouncedIsAConcessionOneTenderedIsTheRetreat() {
    List<CodedEvent> announced = events("The Peruvian prime minister announced his resignation on"
        + " Friday.");
    assertThat(announced).extracting(CodedEvent::event).containsExactly("CONCEDE");
    assertThat(announced.get(0).cameo()).isEqualTo("0831");
    assertThat(types("The Peruvian prime minister tendered his resignation on Friday.", DAY))
        .containsExactly("RETREAT");
  }

  @Test
  void troopsToBeRemovedAnnouncedAreAnAnnouncedWithdrawal() {
    assertThat(types("Canada announced plans to remove its troops from Latvia by the end of the year.",
        DAY)).containsExactly("CONCEDE");
  }
}
