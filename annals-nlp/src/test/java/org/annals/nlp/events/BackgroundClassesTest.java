package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * Events a sentence mentions without reporting them (issue 13: "an event that did not happen is
 * worse than one missed"): what a law would do, what someone is accused of, a participant
 * described in a relative clause, a finding, a vote's head counts, the same act named twice, an
 * event told again by a definite noun. Each class has a sentence that must code nothing of it and
 * a near sentence that must still code. The sentences are written for these tests.
 */
class BackgroundClassesTest extends CodingTestBase {
  private static final String DAY = "2024-03-10";

  private static java.util.List<String> types(String text) {
    return code(text, DAY).events().stream().map(CodedEvent::event).toList();
  }

  @Test
  void whatALawWouldDoIsNoEvent() {
    // only the march is an event, not the deportations the draft law would allow
    assertThat(types("Thousands of Kenyans marched in Nairobi on Saturday against a draft law that would "
        + "allow the police to deport foreigners who have been accused of minor crimes."))
        .containsExactly("PROTEST");
    assertCodes("The decree would let officials detain people living in or visiting the capital.", DAY);
    // a procedural step a treaty would have to pass is no approval
    assertCodes("The treaty would have to be ratified by the parliaments of Chile and Peru.", DAY);
    // near: the police who deport do it
    assertThat(types("The Kenyan police deported two Ghanaian traders on Monday.")).containsExactly("COERCE");
  }

  @Test
  void whatSomeoneIsAccusedOfIsTheAccusationOnly() {
    assertThat(types("A Kenyan suspect has been charged for allegedly supplying rifles to the gang."))
        .doesNotContain("AID");
    assertThat(types("Kenya accused Uganda of shelling two border villages on Monday."))
        .containsExactly("ACCUSE");
    // near: the supply reported as done is an event
    assertThat(types("Kenya supplied rifles to the Ugandan army.")).containsExactly("AID");
    // a coordinated act of the accuser is its own event
    assertThat(types("Mali accused France of spying and expelled the French ambassador."))
        .contains("ACCUSE", "SANCTION");
  }

  @Test
  void aPresentRelativeClauseDescribesAParticipant() {
    assertCodes("The protesters asked the prime minister, who is backed by the army, to resign.", DAY,
        "REQUEST/yield 1056 ---:CVL -> ---:GOV asserted");
    // near: a past relative clause reports an event
    assertThat(types("Ortega, who met the Russian ambassador on Monday, praised Moscow."))
        .containsExactly("CONSULT", "SUPPORT");
  }

  @Test
  void aFindingIsNoIntent() {
    assertCodes("The Peruvian judge decided that the evidence against the mayor was admissible.", DAY);
    assertThat(types("The Peruvian government decided to expel the Chilean ambassador.")).isNotEmpty();
  }

  @Test
  void theHeadCountsOfAVoteAreNoEvents() {
    assertThat(types("The Canadian House of Commons passed the motion on Tuesday, with 180 Liberals "
        + "supporting it and 150 Conservatives opposing it; three Liberals opposed, and two "
        + "independents supported.")).doesNotContain("SUPPORT", "REJECT");
    // near: one counted group that backs a bill is no tally
    assertThat(types("Two Canadian senators supported the bill.")).containsExactly("SUPPORT");
  }

  @Test
  void theSameActNamedTwiceIsOneEvent() {
    assertThat(types("A Malian soldier was killed last week by a French military airstrike near Gao."))
        .containsExactly("ASSAULT");
    assertThat(types("Two hundred Malians joined demonstrations protesting the killing in Bamako."))
        .containsExactly("PROTEST");
  }

  @Test
  void aDefiniteEventNounRefersBackToTheEventAlreadyReported() {
    CodedArticle a = code("A police station in northern Nigeria was attacked on Friday. "
        + "The attack was claimed by Islamic State.", DAY);
    assertThat(a.events()).hasSize(1);
    // who claimed it did the attack reported first
    assertThat(a.events().get(0).actors()).extracting(r -> r.text()).containsExactly("Islamic State");
    assertThat(a.events().get(0).evidence().rule()).endsWith("+doer-from-back-reference");
    // near: an indefinite noun is another attack
    assertThat(types("Gunmen attacked a police post in Niger on Friday. An attack on an army base in "
        + "Mali killed six soldiers on Sunday.").stream().filter("ASSAULT"::equals).count())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void anInvertedHadOpensACondition() {
    CodedEvent e = code("Had the army stormed the building, dozens of Malian civilians would have died.", DAY)
        .events().get(0);
    assertThat(e.event()).isEqualTo("ASSAULT");
    assertThat(e.modality()).isEqualTo(Modality.HYPOTHETICAL);
  }

  @Test
  void whatSomethingCanBeIsNoJudgement() {
    assertCodes("\"Foreign warships can be dangerous for the region,\" the Iranian foreign minister said.", DAY);
    assertThat(types("\"The deployment of foreign warships is dangerous,\" the Iranian foreign minister said."))
        .containsExactly("ACCUSE");
  }
  @Test
  void whatAPhraseMeansExplainsAState() {
    assertCodes("Argentina adopted a new currency board in 1991, meaning the central bank has allowed "
        + "dollars to circulate freely.", DAY);
  }

  @Test
  void anEventNounAfterAsIsALabel() {
    assertThat(types("The leaders of Kenya and Uganda asked the protesters to stop referring to the "
        + "clashes as riots.")).doesNotContain("PROTEST");
  }

  @Test
  void aRestrictionAgainstAnEpidemicIsNoRepression() {
    assertThat(types("The Fijian government closed all schools and banned public gatherings on Monday "
        + "to curb the spread of the disease.")).doesNotContain("COERCE");
    // near: the same ban with no disaster named is a restriction
    assertThat(types("The Fijian government banned public gatherings on Monday ahead of the vote."))
        .containsExactly("COERCE");
  }

  @Test
  void anotherParticipantOfAnEventAlreadyReportedStillCodes() {
    assertThat(types("The presidents of Chile and Peru held a summit in Lima on Monday. The Bolivian "
        + "president also attended the summit.").stream().filter("CONSULT"::equals).count())
        .isEqualTo(2);
  }

  @Test
  void anOfficialProtestIsAComplaintAndAnAssertionIsNoDemand() {
    assertCodes("Japan strongly protested the detention of its citizen to the Chinese embassy in Tokyo.", DAY,
        "ACCUSE/allege 114 JPN:GOV -> CHN:GOV asserted");
    assertThat(types("The Russian minister insisted that the ceasefire was holding."))
        .doesNotContain("REQUEST");
    // near: insisting that something be done, or on an act, is a demand
    assertThat(types("Russia insisted that the talks continue in Geneva.")).contains("REQUEST");
    assertThat(types("Russia insisted on a referendum in the region.")).contains("REQUEST");
  }
}
