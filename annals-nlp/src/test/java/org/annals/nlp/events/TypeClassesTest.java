package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedEvent;
import org.annals.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * Type confusions on real articles (issue 13, precision, helper h44): a phrase whose words belong
 * to one event type but whose sense is another. Each class has a sentence of the confused sense and
 * a near sentence that keeps its old type. The sentences are written for these tests.
 */
class TypeClassesTest extends CodingTestBase {
  private static final String DAY = "2024-03-10";

  private static List<CodedEvent> events(String text) {
    return code(text, DAY).events();
  }

  private static List<String> types(String text) {
    return events(text).stream().map(CodedEvent::event).toList();
  }

  @Test
  void comingToSomeonesDefenceIsSupportNotAVisit() {
    assertCodes("The Hungarian government has come to Poland's defense.", DAY,
        "SUPPORT 052 HUN:GOV -> POL:GOV asserted");
    assertThat(types("The Polish prime minister came to Vilnius for talks with Lithuanian leaders."))
        .doesNotContain("SUPPORT");
  }

  @Test
  void aRulingAgainstAMeasureRejectsItAndARulingAgainstAPersonStaysAJudgement() {
    assertThat(types("The Kenyan Supreme Court ruled against the governor's extension of the curfew."))
        .containsExactly("REJECT");
    assertThat(types("The Kenyan Supreme Court ruled against the former finance minister."))
        .containsExactly("SANCTION");
  }

  @Test
  void increasedCooperationIsCooperationBetweenBothSides() {
    assertCodes("Mexico has deepened cooperation with Guatemala on border security.", DAY,
        "COOPERATE 060 GTM:GOV+MEX:GOV symmetric asserted");
    assertThat(types("Mexico praised Guatemala for its cooperation on border security."))
        .containsExactly("SUPPORT");
  }

  @Test
  void aSpeakerWhoSaysOthersAreLyingAccusesThem() {
    assertThat(types("The Venezuelan foreign minister said the Colombians were lying about the raid."))
        .containsExactly("ACCUSE");
    assertCodes("The injured Colombian soldiers were lying on the road near the border.", DAY);
  }

  @Test
  void warningThatSomethingWillNotBeToleratedIsAThreatMadeNow() {
    List<CodedEvent> coded = events("The Georgian interior minister said Georgia would not tolerate attacks on its police.");
    assertThat(coded).extracting(CodedEvent::event).contains("THREATEN");
    assertThat(coded.stream().filter(e -> e.event().equals("THREATEN")).findFirst().orElseThrow().modality())
        .isEqualTo(Modality.ASSERTED);
    // a past refusal to put up with something is no warning
    assertThat(types("Georgia's government did not tolerate the strike for long.")).doesNotContain("THREATEN");
  }

  @Test
  void anIntentionIsNoAgreementButAnIntendedMeetingStaysAnIntent() {
    assertThat(types("The Chilean government intends to appeal the decision of the court."))
        .doesNotContain("AGREE");
    assertThat(types("The Chilean president intends to meet the Bolivian president next month."))
        .containsExactly("AGREE");
  }

  @Test
  void organisingARescueIsAidAndOrganisingAVoteIsNothing() {
    assertCodes("The French navy organized the evacuation of 300 Lebanese civilians.", DAY,
        "AID 073 FRA:MIL -> LBN:CVL asserted");
    assertCodes("The Kenyan electoral board organized the referendum in two weeks.", DAY);
    assertThat(types("Kenyan students organized a protest against the fee increase.")).containsExactly("PROTEST");
  }

  @Test
  void bombsListedWithWeaponsSuppliedAreGoodsNotABombing() {
    assertCodes("Russia supplied weapons, ammunition and bombs to the Syrian army.", DAY,
        "AID 072 RUS:GOV -> SYR:MIL asserted");
    assertThat(types("Syrian jets dropped bombs on Idlib on Monday.")).containsExactly("ASSAULT");
  }

  @Test
  void idiomsOfCriticismAndRefusalAreWordsNotForce() {
    assertThat(types("The Kenyan senator took aim at the Ugandan president's tax plan.")).containsExactly("ACCUSE");
    assertThat(types("The Kenyan opposition launched an attack on the Ugandan government's record."))
        .containsExactly("ACCUSE");
    assertThat(types("Somali militants launched an attack on a Kenyan army base.")).containsExactly("ASSAULT");
    assertThat(types("The Kenyan finance minister slammed the door on new Chinese loans.")).containsExactly("REJECT");
  }
}
