package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedEvent;
import org.annals.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * Spurious events and wrong types on real articles (issue 13, precision, helper h40): for each
 * class a sentence that must code nothing (or another type) and a near sentence that must still
 * code as before, so the guard is not too broad. The sentences are written for these tests.
 */
class PrecisionClassesTest extends CodingTestBase {
  private static final String DAY = "2024-03-10";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void electionsHeldAndOfficesSoughtAreNoIntent() {
    assertCodes("Kenya held parliamentary elections in August.", DAY);
    assertCodes("The former Kenyan general is seeking elected office for the first time.", DAY);
    assertThat(types("The Kenyan president held talks with Ugandan leaders ahead of the elections."))
        .containsExactly("CONSULT");
  }

  @Test
  void nominationsAndBallotPlacesGivenAreNoAid() {
    assertCodes("The Green Party of Kenya gave its nomination to a local teacher.", DAY);
    assertCodes("A Kenyan court granted the independent candidate ballot access.", DAY);
    assertCodes("The ruling gives the Kenyan regional council access to new funds.", DAY);
    assertThat(types("Japan gave Ukraine military equipment on Monday.")).containsExactly("AID");
  }

  @Test
  void aCampaignRallyIsNoProtest() {
    assertCodes("The Kenyan president held a campaign rally in Mombasa on Tuesday.", DAY);
    assertThat(types("The Kenyan opposition held a rally in Nairobi against the tax.")).containsExactly("PROTEST");
  }

  @Test
  void careersAndChoicesAreNoRetreat() {
    assertCodes("The Kenyan colonel retired from the army in 2010.", DAY);
    assertCodes("The Kenyan ruling party settled on a new leader after two rounds.", DAY);
    assertCodes("The minister studied law in Paris before entering politics.", DAY);
    assertCodes("The Kenyan senate debated the budget bill for nine hours.", DAY);
  }

  @Test
  void aPublicationReleasedIsNoReleaseOfCaptives() {
    assertCodes("The former Kenyan envoy released a memoir about his years in Moscow.", DAY);
    assertThat(types("Hamas released two Israeli hostages, the report said.")).containsExactly("RETREAT");
  }

  @Test
  void fightingAnIllAndFacingHardshipAreNoCombatOrMeeting() {
    assertCodes("The governor said Kenya was fighting corruption and poverty.", DAY);
    assertCodes("Kenyan farmers are facing severe drought and rising costs, the minister said.", DAY);
    assertThat(types("The Kenyan army fought al-Shabaab militants in the border region.")).containsExactly("ASSAULT");
  }

  @Test
  void misconductAndFraudClaimsAreNoSeizure() {
    assertCodes("The Kenyan senator said the vote had been stolen from his party.", DAY);
    assertCodes("The Kenyan senator said the agency had abused its power.", DAY);
    assertThat(types("The Kenyan senator accused the agency of breaking the law.")).containsExactly("ACCUSE");
  }

  @Test
  void aDeadlineByDateIsNoAidAndClearingACrowdNoExoneration() {
    assertThat(types("The Kenyan ministry gave the companies until Friday to comply.")).doesNotContain("AID");
    assertCodes("Kenyan police cleared demonstrators from the square with tear gas.", DAY);
    assertThat(types("A Kenyan court cleared the former minister of corruption charges.")).containsExactly("CONCEDE");
  }

  @Test
  void pressConferencesAndReportersAreNoConsultation() {
    assertCodes("The Kenyan president held his first press conference since the election.", DAY);
    assertCodes("The Kenyan president spoke to reporters in Nairobi on Monday.", DAY);
    assertThat(types("The Kenyan minister spoke with his Ugandan counterpart about the border."))
        .containsExactly("CONSULT");
  }

  @Test
  void protestNounsAreNoComplaint() {
    assertThat(types("Protests escalated in March with the arrest of two Kenyan students.")).doesNotContain("ACCUSE");
  }

  @Test
  void agreeingWithAViewIsNoAgreement() {
    assertCodes("The Kenyan governor agreed, saying the attack was planned abroad.", DAY);
    assertCodes("A Kenyan judge agreed the report may have contained errors.", DAY);
    assertThat(types("Kenya and Uganda agreed to reopen the border.")).containsExactly("AGREE");
  }

  @Test
  void aStandingLawActsOnNobody() {
    assertCodes("Kenyan law forbids insulting the president.", DAY);
    assertThat(types("Kenya's new law banned street protests last year.")).contains("COERCE");
  }

  @Test
  void theThingANamingVerbJudgesIsNoNewEvent() {
    assertThat(types("The Kenyan president called the protest a \"shameful stunt\".")).containsExactly("ACCUSE");
  }

  @Test
  void aHabitualWouldTellsThePast() {
    CodedEvent e = code("Kenyan militiamen would often kill farmers who resisted them.", DAY).events().get(0);
    assertThat(e.event()).isEqualTo("ASSAULT");
    assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(types("The Kenyan president will visit Uganda next week.")).containsExactly("AGREE");
  }

  @Test
  void theTollOfAnAttackAlreadyToldIsNoNewAttack() {
    assertThat(types("Gunmen attacked a Kenyan police post on Friday. Twelve officers were wounded."))
        .containsExactly("ASSAULT");
    assertThat(types("Gunmen attacked a Kenyan police post on Friday. "
        + "Two days later, three officers were killed by army snipers in Nairobi.")).containsExactly("ASSAULT", "ASSAULT");
  }

  @Test
  void aVerbSaidAgainIsOneAct() {
    assertThat(types("The Kenyan president said: \"I am asking Uganda, I am asking Tanzania, to reopen the border.\""))
        .containsExactly("REQUEST");
  }

  @Test
  void talkingAboutOneselfConsultsNobody() {
    assertCodes("The Kenyan opposition leader discussed why he left the ruling party.", DAY);
    assertThat(types("The Kenyan minister discussed the border with his Ugandan counterpart.")).containsExactly("CONSULT");
  }

  @Test
  void aLabelIsNoAct() {
    assertThat(types("The Kenyan senator called the decree a \"smash and grab\".")).doesNotContain("COERCE");
    assertThat(types("Kenyan police seized the opposition offices on Monday.")).containsExactly("COERCE");
  }

  @Test
  void whatSomeoneLikesDoingIsNoAct() {
    assertCodes("The Kenyan senator said the general likes bombing villages.", DAY);
    assertThat(types("The Kenyan president would like to visit Uganda.")).containsExactly("AGREE");
  }

  @Test
  void aPenaltyUnderTheLawIsNoThreat() {
    assertThat(types("Kenyan doctors face the threat of ten years in jail under the law.")).doesNotContain("THREATEN");
  }
}
