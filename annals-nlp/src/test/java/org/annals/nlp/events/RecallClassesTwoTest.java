package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of events that got no trigger on the tune articles (issue 13, recall; helper h53), each
 * with sentences that must code and a near sentence that must not: a group designated or listed as
 * terrorist (ACCUSE, naming rule); subpoenas issued or a person subpoenaed (REQUEST); a nomination
 * confirmed or an appointment approved (SUPPORT); officers suspended from duty (SANCTION/expel);
 * an ultimatum, "gave X until Friday to ..." (REQUEST, the asked act absorbed through its
 * infinitive marker); a refusal to act (REJECT); revenge vowed or sought (THREATEN); and what "it
 * is commonplace for" someone to do (no act, {@link BackgroundClauses}). The sentences are written
 * for these tests.
 */
class RecallClassesTwoTest extends CodingTestBase {
  private static final String DAY = "2021-03-12";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void aGroupDesignatedOrListedAsTerroristIsAccused() {
    assertCodes("The Australian government designated the Yemeni rebel movement as a terrorist"
        + " organisation on Monday.", DAY, "ACCUSE/disapprove 111 AUS:GOV -> YEM:REB asserted");
    assertThat(types("Last year the Japanese foreign ministry listed the militia as a terrorist"
        + " group.")).containsExactly("ACCUSE");
  }

  @Test
  void parksDesignatedAreNoAccusation() {
    assertCodes("The Kenyan government designated three new national parks on Thursday.", DAY);
  }

  @Test
  void aSubpoenaIsALegalDemand() {
    assertCodes("The Kenyan senate subpoenaed the health minister on Monday.", DAY,
        "REQUEST 100 KEN:LEG -> KEN:GOV asserted");
    assertThat(types("Last month, the Kenyan senate committee authorized subpoenas for records relating"
        + " to the vaccine contracts.")).containsExactly("REQUEST");
  }

  @Test
  void aSubpoenaIgnoredDemandsNothingItDefiesTheLaw() {
    assertCodes("The Kenyan health minister ignored the subpoena.", DAY, "REJECT 128 KEN:GOV asserted");
  }

  @Test
  void aNominationConfirmedApprovesTheNominee() {
    assertThat(types("The Brazilian Senate confirmed Luiz Fux's nomination to the Supreme Court on"
        + " Tuesday.")).containsExactly("SUPPORT");
    assertThat(types("The Spanish parliament approved the appointment of the new central bank governor"
        + " on Tuesday.")).containsExactly("SUPPORT");
  }

  @Test
  void aReportConfirmedIsNoApproval() {
    assertCodes("The Brazilian ministry confirmed the report on Tuesday.", DAY);
  }

  @Test
  void whatIsCommonplaceForGovernmentsToDoIsNoAct() {
    assertCodes("According to Canadian analysts, it is commonplace for new governments to impose a"
        + " curfew.", DAY);
    assertCodes("It is usual for the Kenyan president to visit Uganda in March.", DAY);
  }

  @Test
  void whatItWasImportantToDoStaysAnAct() {
    assertCodes("It was important for the Kenyan president to visit Uganda in March.", DAY,
        "CONSULT/visit 042 KEN:GOV -> UGA:GOV asserted");
  }

  @Test
  void aMatchSuspendedRestrictsNobody() {
    assertCodes("The Kenyan referee suspended the match for an hour.", DAY);
  }

  @Test
  void officersSuspendedFromDutyAreExpelledForATime() {
    assertCodes("The two Kenyan police officers were suspended from duty after the shooting.", DAY,
        "SANCTION/expel 160 - -> KEN:COP asserted");
  }

  @Test
  void studentsSuspendedFromClassesAreNoEvent() {
    assertCodes("The Kenyan school suspended two students from classes.", DAY);
  }

  @Test
  void anUltimatumDemandsTheActItSetsADateFor() {
    assertCodes("Kenyan opposition groups had given the government until Friday to withdraw the tax.",
        DAY, "REQUEST/change 105 KEN:OPP -> KEN:GOV asserted"); // a tax withdrawn is a concession
  }

  @Test
  void aDateGivenWithNoActDemandsNothing() {
    assertCodes("The teacher gave the students until Friday.", DAY);
  }

  @Test
  void aRefusalToActIsARejection() {
    assertThat(types("The Kenyan senate cited the ministers' refusal to disclose the contracts to"
        + " parliament.")).containsExactly("REJECT");
  }

  @Test
  void regretAtARefusalAddsNoRejection() {
    assertThat(types("The Kenyan minister expressed regret at the refusal."))
        .containsExactly("CONCEDE");
  }

  @Test
  void revengeVowedIsAThreat() {
    assertCodes("Iranian commanders vowed to seek revenge against Israel for the killing.", DAY,
        "THREATEN 138 IRN:MIL -> ISR:GOV asserted");
  }

  @Test
  void revengeInSportIsNoThreat() {
    assertCodes("The boxer sought revenge for his defeat in the last fight.", DAY);
  }
}
