package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of events that got no trigger (issue 12, recall), each with a sentence that must code
 * and a near sentence that must not: refusals of a request, funding or entry; vehicle bombs driven
 * or rammed into a target; weapons found or recovered (a seizure; bodies recovered are none); an
 * agreement with a partner to build something (cooperation); co-sponsoring; joining a coalition;
 * a judgement passed in a participle opener. The sentences are written for these tests.
 */
class TriggerClassesTest extends CodingTestBase {
  private static final String DAY = "2024-03-10";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void refusingVisasFundingOrARequestIsARejection() {
    assertCodes("The Croatian interior ministry denied visas to two Serbian journalists.", DAY,
        "REJECT 120 HRV:GOV -> SRB:JRN asserted");
    // the request's author is the one refused (the troops it asked for are not a party of their own)
    assertThat(code("The Kenyan government turned down a request from Somalia for more troops.", DAY).events())
        .singleElement().satisfies(e -> {
          assertThat(e.event() + " " + e.cameo()).isEqualTo("REJECT 120");
          assertThat(e.recipients()).extracting(r -> r.country()).containsOnly("SOM");
        });
    assertThat(types("The Hungarian government denied funding for the opposition radio station."))
        .containsExactly("REJECT");
  }

  @Test
  void denyingAReportRejectsItAndAbsorbsWhatItSays() {
    // as denying that it happened (reject.deny-that): the denial is coded, the crossing is not
    assertCodes("Peru denied the reports that its troops had crossed the border.", DAY,
        "REJECT 120 PER:GOV asserted");
  }

  @Test
  void aVehicleBombRammedIntoATargetIsACarBombing() {
    assertCodes("Militants rammed an explosives-laden truck into a police station in Quetta, Pakistan.",
        DAY, "ASSAULT/explosives 1832 PAK:REB -> PAK:COP asserted");
    assertCodes("A truck bomb was rammed into a police station in Quetta, Pakistan, on Monday.", DAY,
        "ASSAULT/explosives 1832 - -> PAK:COP asserted");
    assertThat(types("A suicide bomber drove a car packed with explosives into an army checkpoint"
        + " in Mogadishu, Somalia.")).as("one attack, not two").containsExactly("ASSAULT");
  }

  @Test
  void aCarDrivenIntoAShopIsNoAttack() {
    assertCodes("A driver crashed his truck into a shop in Nairobi, Kenya, on Monday.", DAY);
  }

  @Test
  void weaponsFoundOrRecoveredBySearchersAreSeized() {
    assertCodes("Afghan police recovered a cache of rifles and grenades in a search of a compound"
        + " in Kabul.", DAY, "COERCE/seize 1711 AFG:COP asserted");
    assertThat(types("Police in Manila found two grenades and a pistol in a search of the senator's"
        + " house on Friday.")).containsExactly("COERCE");
  }

  @Test
  void bodiesRecoveredOrADrugFoundAreNoSeizure() {
    assertCodes("The Greek coast guard recovered three bodies from the sea near Lesbos.", DAY);
    assertCodes("Iraqi police found the bodies of three men in a field near Mosul.", DAY);
    assertCodes("Researchers found a new drug against malaria in Kenya.", DAY);
  }

  @Test
  void agreeingWithAPartnerToBuildIsCooperation() {
    assertCodes("Nepal agreed with India to build a new hydropower plant on the Kosi river.", DAY,
        "COOPERATE 061 IND:GOV+NPL:GOV symmetric asserted");
  }

  @Test
  void agreeingToPayStaysAPromise() {
    assertCodes("Indonesia agreed to pay the fine.", DAY, "AGREE 030 IDN:GOV asserted");
  }

  @Test
  void coSponsoringABillBacksIt() {
    assertCodes("Two Republican senators co-sponsored the bill on term limits.", DAY,
        "SUPPORT 051 USA:LEG asserted");
  }

  @Test
  void joiningACoalitionIsCooperationJoiningAFirmIsNot() {
    assertThat(types("Bahrain and Kuwait joined the naval coalition led by the United States."))
        .containsExactly("COOPERATE");
    assertCodes("The former Chilean minister joined a law firm in 2019.", DAY);
  }

  @Test
  void aJudgementInAParticipleOpenerIsTheSpeakersDisapproval() {
    assertThat(types("Calling the vote a farce, the Belarusian opposition leader Sviatlana"
        + " Tsikhanouskaya told reporters in Vilnius that Lukashenko had lost."))
        .containsExactly("ACCUSE");
    assertThat(types("Calling the bridge a feat of engineering, the Chilean minister told reporters"
        + " that it would open in May.")).doesNotContain("ACCUSE", "SUPPORT");
  }

  @Test
  void aPersonUnderInvestigationUndergoesIt() {
    assertCodes("The mayor of Lima is under investigation by prosecutors for corruption.", DAY,
        "ACCUSE/investigate 090 PER:JUD -> PER:GOV asserted");
    assertCodes("The package was under investigation by customs officers.", DAY);
  }

  @Test
  void aJudgementAfterALongObjectOrInAVerdictIsDisapproval() {
    assertCodes("The Thai foreign minister considered the visit of the Cambodian delegation"
        + " inappropriate.", DAY, "ACCUSE/disapprove 111 THA:GOV -> KHM:GOV asserted");
    assertThat(types("The Hungarian president called the inquiry by the European parliament a witch"
        + " hunt.")).containsExactly("ACCUSE");
    assertThat(types("The Kenyan opposition leader said the new law was undemocratic and oppressive."))
        .containsExactly("ACCUSE");
    assertCodes("The Kenyan opposition leader said the new law was democratic and fair.", DAY);
  }
}
