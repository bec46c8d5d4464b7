package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * ACCUSE events that had no trigger (session 24, helper h106): blame for a named act, being
 * responsible for or behind a harmful act, lying or crimes said of another, trials gone on or
 * stood, the dock, a referral to a court, a case or proceedings against someone, charges brought,
 * a rival taken to court, disapproval expressed or voiced, and an accuser's own police or army as
 * the accused. Near senses that must code no accusation: a disease investigated, a charge into a
 * building, a storm blamed, an institution holding itself accountable. Sentences and names written
 * for these tests.
 */
class AccuseNoTriggerTest extends CodingTestBase {

  private static final String DATE = "2024-05-10";

  @Test
  void blameForANamedActIsNoStrike() {
    assertCodes("Ukraine held Russia responsible for the strike on the Kharkiv hospital.", DATE,
        "ACCUSE/allege 112 UKR:GOV -> RUS:GOV asserted");
  }

  @Test
  void misconductSaidOfAnotherAccusesIt() {
    assertCodes("The Kenyan opposition leader said the Tanzanian president had lied about the border deal.", DATE,
        "ACCUSE/allege 112 KEN:OPP -> TZA:GOV asserted");
    assertCodes("Lithuania said Belarus was behind the wave of migrants crossing its border.", DATE,
        "ACCUSE/allege 112 LTU:GOV -> BLR:GOV asserted");
    assertCodes("Kyiv said Moscow had committed war crimes in Bucha.", DATE,
        "ACCUSE/allege 112 UKR:GOV -> RUS:GOV asserted");
    assertCodes("Czech police said Russian agents were responsible for the 2014 ammunition depot blasts.", DATE,
        "ACCUSE/allege 112 CZE:COP -> RUS asserted");
  }

  @Test
  void trialsAndCasesAreLegalAction() {
    assertCodes("Pakistan's former prime minister went on trial in Rawalpindi on Monday.", DATE,
        "ACCUSE/allege 112 PAK:JUD -> PAK:ELI asserted");
    assertCodes("South Korean prosecutors built a case against the former president.", DATE,
        "ACCUSE/allege 112 KOR:JUD -> KOR:ELI asserted");
    assertCodes("A Thai court began hearing the case against the former prime minister.", DATE,
        "ACCUSE/allege 112 THA:JUD -> THA:ELI asserted");
    assertCodes("Polish prosecutors have launched proceedings against the former justice minister.", DATE,
        "ACCUSE/allege 112 POL:JUD -> POL:GOV asserted");
    assertCodes("Ireland took Britain to court over its law on Troubles-era killings.", DATE,
        "ACCUSE/allege 115 IRL:GOV -> GBR:GOV asserted");
    assertCodes("The Chilean senator was tried for fraud in 2019.", DATE,
        "ACCUSE/allege 112 CHL:JUD -> CHL:LEG asserted");
  }

  @Test
  void disapprovalExpressedIsCriticism() {
    assertCodes("Germany voiced strong objections to China's sanctions on its lawmakers.", DATE,
        "ACCUSE/disapprove 111 DEU:GOV -> CHN:GOV asserted");
    assertThat(types("Belgium expressed outrage at the sentencing of its aid worker in Moscow.", DATE))
        .containsExactly("ACCUSE");
  }

  @Test
  void anAccusersOwnPoliceAreAccused() {
    assertCodes("Kenya's human rights commission accused the police of abducting government critics.", DATE,
        "ACCUSE/allege 112 KEN:GOV -> KEN:COP asserted");
  }

  @Test
  void nearSensesAccuseNobody() {
    assertCodes("Farmers blamed the storm for the loss of their harvest.", DATE);
    assertCodes("Doctors are investigating a rare strain of bird flu in Cambodia.", DATE);
    assertCodes("Police charged into the building after hearing gunshots.", DATE);
    assertThat(types("The ministry held itself accountable for the delays.", DATE)).doesNotContain("ACCUSE");
    assertThat(types("The new method has been tried in three Kenyan hospitals.", DATE)).doesNotContain("ACCUSE");
  }
}
