package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events that did not happen and wrong types on real articles (issue 13, precision, helper h56):
 * everyday senses of dictionary verbs, light verbs and idioms, coded as no event by the {@code none.*}
 * block of {@code events.tsv} marked h56 and two lines of the CAMEO curation; and two type
 * confusions by lexicon entry. Each class has a sentence that must code nothing (or another type)
 * and a near sentence that must still code. The sentences are written for these tests.
 */
class PrecisionClassesTwoTest extends CodingTestBase {
  private static final String DAY = "2024-03-10";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void bloodDonatedIsNoAid() {
    assertCodes("Hundreds of Kenyan students donated blood in Nairobi on Tuesday.", DAY);
    assertThat(types("Kenya gave Somalia food aid on Tuesday.")).containsExactly("AID");
  }

  @Test
  void metWithApplauseIsNoMeeting() {
    assertCodes("The Kenyan health minister was met with a standing ovation in Mombasa.", DAY);
    assertThat(types("The Kenyan health minister was met with applause at the rally in Mombasa."))
        .doesNotContain("CONSULT");
    assertThat(types("The Kenyan president met with the Ugandan president in Kampala.")).containsExactly("CONSULT");
  }

  @Test
  void theScopeOfANameIsNoRestriction() {
    assertCodes("The Kenyan suspect's identity is restricted to his initials under Kenyan law.", DAY);
    assertThat(types("Kenyan police restricted access to the parliament on Tuesday.")).containsExactly("COERCE");
  }

  @Test
  void anOathOfOfficeAndAnOathOfEmphasisAreNoEvent() {
    assertCodes("The new Kenyan interior minister was sworn in on Monday.", DAY);
    assertCodes("\"I swear to you, I did not know,\" the Kenyan senator said.", DAY);
    assertThat(types("The Kenyan president swore revenge against the militants.")).containsExactly("THREATEN");
  }

  @Test
  void goingForItIsNoVisit() {
    assertCodes("\"I felt strong, so I went for it,\" the Kenyan runner said.", DAY);
    assertThat(types("The Kenyan president went to Uganda for talks.")).contains("CONSULT");
  }

  @Test
  void aWeatherWarningThreatensNobody() {
    assertCodes("Yellow warnings were issued by the Kenyan weather service for the coast.", DAY);
    assertThat(types("Kenyan soldiers fired warning shots at the protesters.")).containsExactly("ASSAULT");
  }

  @Test
  void credenceAndLettersGivenOrSentAreNoAid() {
    assertCodes("The Kenyan judge did not give the report any credence.", DAY);
    assertCodes("The Kenyan health minister sent a letter to the Ugandan health minister.", DAY);
    assertThat(types("Kenya sent troops to Somalia on Tuesday.")).containsExactly("AID");
  }

  @Test
  void servicesOfferedToCustomersAreNoOffer() {
    assertCodes("Kenya Airways offered flights to Ugandan cities.", DAY);
    assertCodes("The Kenyan ministry offered the Ugandan visitors a tour of the palace.", DAY);
    assertThat(types("Kenya offered to mediate between Ethiopia and Eritrea.")).containsExactly("AGREE");
  }

  @Test
  void policyPapersReleasedAreNoReleaseOfCaptives() {
    assertCodes("The Kenyan opposition party had released more than 40 policy papers.", DAY);
    assertThat(types("Hamas released two Israeli hostages, the report said.")).containsExactly("RETREAT");
  }

  @Test
  void aCrimeCommittedIsNoVow() {
    assertThat(types("Kenyan investigators said the rebels committed the murder alone.")).doesNotContain("AGREE");
    assertThat(types("Kenya committed to sending more troops to Somalia.")).contains("AGREE");
  }

  @Test
  void evidenceThatSupportsAClaimIsNoSupport() {
    assertCodes("The Kenyan inquiry found no evidence to support the senator's claims of fraud.", DAY);
    assertThat(types("The Kenyan senator supported the president's claims of fraud.")).containsExactly("SUPPORT");
  }

  @Test
  void shootingAFilmIsNoShooting() {
    assertCodes("The Kenyan director was shooting a film with a small crew in Nairobi.", DAY);
    assertThat(types("Kenyan police were shooting at protesters in Nairobi.")).containsExactly("ASSAULT");
  }

  @Test
  void aReporterSpeakingWithSomeoneIsNoConsultation() {
    assertCodes("Wikinews spoke with the Kenyan senator after the debate.", DAY);
    assertThat(types("The Kenyan president spoke with the Ugandan president about the border."))
        .containsExactly("CONSULT");
  }

  @Test
  void enteringIntoAnAgreementIsAnAgreement() {
    assertThat(types("The Kenyan rebels entered into an agreement with the government on Sunday."))
        .containsExactly("AGREE");
  }

  @Test
  void aNaturalProcessPreventedRestrictsNobody() {
    assertCodes("The sea walls, Kenya's minister said, can be prevented from collapsing by pumps.", DAY);
    assertThat(types("Kenya's police can in turn prevent protesters from reaching the square."))
        .containsExactly("COERCE");
  }

  @Test
  void theInjuredEvacuatedToHospitalAreNotAided() {
    assertThat(types("Three Kenyan soldiers wounded in the blast were evacuated to a hospital in Nairobi."))
        .containsExactly("ASSAULT");
    assertThat(types("Kenyan troops evacuated civilians from the besieged town on Tuesday.")).containsExactly("AID");
  }

  @Test
  void aResearchInstituteNamedIsNoInvestigation() {
    assertCodes("\"We are seeing a new pattern,\" said the co-author of the Kenyan Institute for Research in Agriculture.",
        DAY);
    assertThat(types("Kenyan prosecutors opened an investigation into the governor on Monday."))
        .containsExactly("ACCUSE");
  }

  @Test
  void beingAdvisedToExpectSomethingIsNoDemand() {
    assertCodes("Residents of Nairobi were advised to expect power cuts on Tuesday.", DAY);
  }

  @Test
  void aGuiltyPleaIsAConvictionNotAnAppeal() {
    assertCodes("In 2015, the former Kenyan minister pled guilty to fraud charges.", DAY,
        "SANCTION/convict 116 KEN:JUD -> KEN:GOV asserted");
    assertCodes("The former Kenyan minister pleaded not guilty to fraud charges on Monday.", DAY);
    assertThat(types("The Kenyan president pleaded with Uganda to reopen the border.")).containsExactly("REQUEST");
  }

  @Test
  void aCharterInForceCoercesNobody() {
    assertCodes("The African Union's charter bans military coups.", DAY);
    assertThat(types("The African Union banned military coups in 2000.")).containsExactly("COERCE");
  }

  @Test
  void aPrisonTermReceivedIsAnImprisonmentAndAWarrantReceivedNoVisit() {
    assertThat(types("Two Kenyan police officers received ten-year prison terms on Friday."))
        .containsExactly("COERCE");
    assertCodes("The Kenyan embassy received arrest warrants from Uganda last year.", DAY);
    assertThat(types("The Kenyan president received the Ugandan foreign minister in Nairobi."))
        .containsExactly("CONSULT");
  }
}
