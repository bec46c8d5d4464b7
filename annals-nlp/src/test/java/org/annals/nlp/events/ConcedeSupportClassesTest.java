package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Concessions, support and agreement that got no trigger or the wrong type on the tune articles
 * (issue 13, helper h62), each class with sentences that must code and near sentences that must
 * not: an announced withdrawal is a CONCEDE (PLOVER manual), not the RETREAT itself, while an
 * ordered or completed one stays a RETREAT, as does a release that happened (an announced
 * one is an intent, AGREE), forces pulled out are no expulsion, and a
 * withdrawal from a treaty a SANCTION; a bill, a law or a policy withdrawn, suspended or scrapped
 * is a CONCEDE, not a military retreat; charges or a demand dropped are a CONCEDE; admissions of
 * guilt, mistakes or responsibility, backing down, acceding to demands and bail granted are a
 * CONCEDE, but not a militant's claim of an attack, a tax backed or demand for power met; a bill
 * or legislation proposed or introduced is an AGREE; common ground sought is an AGREE, not an
 * investigation; crediting someone, choosing a running mate and support voiced "publicly" are
 * SUPPORT. The sentences are written for these tests.
 */
class ConcedeSupportClassesTest extends CodingTestBase {
  private static final String DAY = "2024-03-01";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void anAnnouncedWithdrawalIsAConcession() {
    assertThat(types("Canada announced a full withdrawal of its forces from Latvia on Sunday."))
        .containsExactly("CONCEDE");
    assertThat(types("The Pentagon announced plans to withdraw 2,000 soldiers from Germany."))
        .containsExactly("CONCEDE");
    assertThat(types("On Monday, Japan declared the withdrawal of its engineering unit from South"
        + " Sudan.")).containsExactly("CONCEDE");
  }

  @Test
  void anOrderedOrCompletedWithdrawalStaysARetreat() {
    assertThat(types("The Peruvian president ordered the withdrawal of troops from the capital."))
        .containsExactly("RETREAT");
    assertThat(types("French troops completed their withdrawal from Niger on Friday."))
        .containsExactly("RETREAT");
  }

  @Test
  void aWithdrawalFromATreatyLeavesItAndOneFromARaceIsNoEvent() {
    assertThat(types("Russia announced its withdrawal from the arms control treaty."))
        .containsExactly("SANCTION");
    assertThat(types("The Chilean senator announced her withdrawal from the presidential race."))
        .isEmpty();
  }

  @Test
  void anAnnouncedReleaseStaysAnIntent() {
    // as the PLOVER gold records code it, though the manual's RETREAT section says CONCEDE
    assertThat(types("Iran said it will release the two French hostages."))
        .containsExactly("AGREE");
  }

  @Test
  void aReleaseThatHappenedStaysARetreat() {
    assertThat(types("The rebels freed the captured aid workers on Tuesday."))
        .containsExactly("RETREAT");
  }

  @Test
  void forcesPulledOutAreNoExpulsion() {
    assertThat(types("Russia plans to pull its forces out of the border region next month."))
        .doesNotContain("SANCTION", "THREATEN");
    assertThat(types("The junta forced the French ambassador out of the country on Monday."))
        .containsExactly("SANCTION");
  }

  @Test
  void aBillOrALawWithdrawnOrSuspendedIsAConcession() {
    assertThat(types("The Kenyan government withdrew the controversial finance bill on Tuesday."))
        .containsExactly("CONCEDE");
    assertThat(types("The Georgian parliament withdrew the foreign agents law on Thursday."))
        .containsExactly("CONCEDE");
    assertThat(types("The Indian government suspended the new farm laws in November."))
        .containsExactly("CONCEDE");
    assertThat(types("In Nigeria, the fuel levy was scrapped by the government on Monday."))
        .containsExactly("CONCEDE");
  }

  @Test
  void troopsLeavingUnderALawOrABillAskedToBeDroppedAreNoConcession() {
    assertThat(types("Bolivian troops withdrew from the town under the terms of the new law."))
        .containsExactly("RETREAT");
    assertThat(types("Opposition parties in Kenya have called for the finance bill to be dropped."))
        .containsExactly("REQUEST");
  }

  @Test
  void chargesOrADemandDroppedAreAConcession() {
    assertThat(types("Prosecutors in Brazil dropped the charges against the former minister."))
        .containsExactly("CONCEDE");
    assertThat(types("The charges against the Chilean activist were dropped on Tuesday."))
        .containsExactly("CONCEDE");
    assertThat(types("The opposition in Serbia dropped its demand for early elections."))
        .containsExactly("CONCEDE");
  }

  @Test
  void chargesDismissedByTheAccusedAreNoConcession() {
    assertThat(types("The Russian opposition leader dismissed the charges as absurd."))
        .doesNotContain("CONCEDE");
  }

  @Test
  void backingDownOrAccedingToDemandsGivesWay() {
    assertThat(types("The Thai government backed down on the new fuel tax on Monday."))
        .containsExactly("CONCEDE");
    assertThat(types("Bolivia's president caved to pressure from the unions."))
        .containsExactly("CONCEDE");
    assertThat(types("The Hungarian government agreed to the opposition's demands for a recount."))
        .containsExactly("CONCEDE");
    assertThat(types("Kenya's government met all the demands of the striking doctors."))
        .containsExactly("CONCEDE");
  }

  @Test
  void backingATaxOrAgreeingToDiscussDemandsOrMeetingDemandForPowerIsNoConcession() {
    assertThat(types("The Thai government backed the new fuel tax on Monday."))
        .containsExactly("SUPPORT");
    assertThat(types("The Hungarian government agreed to discuss the opposition's demands."))
        .doesNotContain("CONCEDE");
    assertThat(types("Power plants struggled to meet the growing demand for electricity."))
        .doesNotContain("CONCEDE");
  }

  @Test
  void bailGrantedEasesARestriction() {
    assertThat(types("The Pakistani court granted bail to the former prime minister."))
        .containsExactly("CONCEDE");
    assertThat(types("The former Pakistani prime minister was denied bail."))
        .containsExactly("REJECT");
  }

  @Test
  void anAdmissionOfGuiltMistakesOrResponsibilityIsAConcession() {
    assertThat(types("Former president Zuma admitted his guilt in the corruption case."))
        .containsExactly("CONCEDE");
    assertThat(types("The defence minister of Japan acknowledged mistakes in the handling of the"
        + " crisis.")).containsExactly("CONCEDE");
    assertThat(types("Iran accepted full responsibility for the downing of the airliner."))
        .containsExactly("CONCEDE");
  }

  @Test
  void aSettlementWithoutAdmittingWrongdoingAdmitsNothing() {
    assertThat(types("The Swiss bank settled the case with the Brazilian regulator without admitting"
        + " wrongdoing.")).doesNotContain("CONCEDE");
  }

  @Test
  void aMilitantClaimOfAnAttackIsNoConcession() {
    assertThat(types("The Taliban accepted responsibility for the attack on the base."))
        .containsExactly("ASSAULT");
    assertThat(types("The Islamic State group claimed responsibility for the bombing in Kabul."))
        .containsExactly("ASSAULT");
  }

  @Test
  void legislationProposedOrIntroducedIsAnOffer() {
    assertThat(types("Senator Warren of the United States proposed legislation that would cap drug"
        + " prices.")).containsExactly("AGREE");
    assertThat(types("The Hong Kong government proposed an amendment to the extradition law."))
        .containsExactly("AGREE");
    assertThat(types("The Argentine president introduced a bill on pensions in the senate."))
        .containsExactly("AGREE");
  }

  @Test
  void anAmendmentProposedByNoActorCodesNothing() {
    assertThat(types("The amendment proposed by the committee was rejected.")).isEmpty();
  }

  @Test
  void commonGroundSoughtIsAnOfferNotAnInvestigation() {
    assertThat(types("President Lula said he could find common ground with the opposition on"
        + " pensions.")).containsExactly("AGREE");
  }

  @Test
  void creditingSomeoneWithAnAchievementPraisesThem() {
    assertCodes("Chancellor Scholz credited the French president with keeping the talks alive.",
        DAY, "SUPPORT 051 DEU:GOV -> FRA:GOV asserted");
    assertThat(types("The general is credited with ending the war.")).isEmpty();
  }

  @Test
  void aRunningMateChosenIsEndorsed() {
    assertThat(types("Biden announced Kamala Harris as his choice for running mate."))
        .containsExactly("SUPPORT");
    assertThat(types("In 2008, Sarah Palin was chosen by John McCain as his running mate."))
        .containsExactly("SUPPORT");
  }

  @Test
  void supportVoicedPubliclyIsSupport() {
    assertThat(types("The Kremlin has publicly voiced support for the peace plan."))
        .containsExactly("SUPPORT");
    assertThat(types("Germany has openly expressed support for the Polish proposal."))
        .containsExactly("SUPPORT");
  }
}
