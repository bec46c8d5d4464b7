package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;

/**
 * Whoever claims an attack, or takes responsibility for it, did it; the claim itself is no second
 * attack, and a claim after the report names the doer of the reported attack.
 */
class ClaimedActsTest extends CodingTestBase {

  @Test
  void whoTakesResponsibilityForAnAttackDidIt() {
    assertCodes("The Pakistani Taliban took responsibility for the suicide attack on the police station.",
        "2024-05-10", "ASSAULT/suicide-attack 1831 PAK:REB -> PAK:COP asserted");
    assertCodes("Boko Haram claimed responsibility for the bombing of a market in Maiduguri.", "2024-05-10",
        "ASSAULT/explosives 183 NGA:REB asserted");
  }

  @Test
  void aClaimAfterTheReportNamesTheUnidentifiedAttackers() {
    CodedArticle a = code("Gunmen stormed a hotel in Mogadishu on Friday. Al-Shabaab later claimed the attack.",
        "2024-05-10");
    assertThat(a.events()).extracting(CodingTestBase::summary)
        .containsExactly("ASSAULT 190 SOM:REB -> SOM:GOV asserted");
  }

  @Test
  void aNamedAttackerIsNotReplacedAndBlameIsNoClaim() {
    CodedArticle a = code("Turkish jets bombed villages near Qamishli on Monday. "
        + "Kurdish officials blamed Ankara for the attack.", "2024-05-10");
    assertThat(a.events()).extracting(CodingTestBase::summary)
        .contains("ASSAULT/heavy-weapons 195 TUR:MIL -> TUR:CVL asserted")
        .filteredOn(s -> s.startsWith("ASSAULT")).hasSize(1);
  }

  @Test
  void anAttackAttributedByNobodyIsNoAccusation() {
    CodedArticle a = code("The car bombing, blamed on Al-Shabaab, wounded nine soldiers in Mogadishu.",
        "2024-05-10");
    assertThat(a.events()).extracting(CodingTestBase::summary).noneMatch(s -> s.startsWith("ACCUSE"))
        .anyMatch(s -> s.startsWith("ASSAULT") && s.contains("SOM:REB"));
    assertCodes("Nigerian officials attributed the ambush to Boko Haram.", "2024-05-10",
        "ACCUSE/allege 112 NGA:GOV -> NGA:REB asserted");
    // an active verb read as a reduced relative on its speaker still accuses
    assertThat(code("After the raid, Omar Haddad, a spokesman for the Iraqi interior ministry, blamed Iran for the "
        + "violence.", "2024-05-10").events()).extracting(CodingTestBase::summary)
        .anyMatch(s -> s.startsWith("ACCUSE") && s.contains("-> IRN:"));
  }
}
