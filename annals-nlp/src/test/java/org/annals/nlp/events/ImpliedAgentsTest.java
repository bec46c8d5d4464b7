package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;

/**
 * The authority of a domestic state act told without its doer ({@link ImpliedAgents}; issue 13,
 * "source wrong"): a penalty or a trial its patient faces, receives or pleads to, a surrender to
 * the police, an agentless passive of a commutation, a dropped or dismissed case, custody, a
 * suspended bill, a subpoena or an impeachment. The authority is of the place, else the
 * patient's country, else (no patient) the article's one country. Near texts that must not change:
 * a private party's allegation, a doer the text names, a violent act, patients of two countries,
 * an article about two countries, a deportation (a foreigner's: {@link ImpliedDoer}'s rule).
 * Sentences and names written for these tests.
 */
class ImpliedAgentsTest extends CodingTestBase {

  private static final String DATE = "2024-03-10";
  private static final String HUNGARY = "Hungary's parliament passed the new election law on Monday. "
      + "Hungarian opposition parties condemned the law. Hungarian Prime Minister Viktor Orban defended the law. ";
  private static final String CONGRESS = "Congress debated the budget on Tuesday. American senators "
      + "criticised the White House over the delay. The US Treasury said the funds were ready. ";

  @Test
  void aPenaltyOrTrialThePatientFacesIsByTheCourtsOfItsCountry() {
    CodedArticle coded = assertCodes("The Kenyan opposition leader faces a life sentence for treason.", DATE,
        "COERCE/arrest 173 KEN:JUD -> KEN:OPP future"); // a sentence still faced (ModalityRules.scheduled)
    assertThat(coded.events().get(0).actors().get(0).rule())
        .isEqualTo("implied-agent:court>lexicon:coerce.receive-sentence+country-of-patient:KEN");
    assertCodes("The Peruvian activist will face trial next month.", DATE,
        "ACCUSE/allege 112 PER:JUD -> PER:OPP future");
    assertCodes("The Egyptian lawyer received a three-year prison term.", DATE,
        "COERCE/arrest 173 EGY:JUD -> EGY:JUD asserted");
    assertCodes("The Brazilian senator pleaded guilty to bribery on Tuesday.", DATE,
        "SANCTION/convict 116 BRA:JUD -> BRA:LEG asserted");
  }

  @Test
  void aTrialOrCustodyAbroadIsByThePlacesAuthorities() {
    assertCodes("The Dutch activist will face trial in Egypt.", DATE,
        "ACCUSE/allege 112 EGY:JUD -> NLD:OPP future");
    CodedArticle coded = assertCodes("The Dutch activist was held in custody in Cairo for a week.", DATE,
        "COERCE/arrest 173 EGY:COP -> NLD:OPP asserted");
    assertThat(coded.events().get(0).actors().get(0).rule()).endsWith("+country-from-place:EGY");
  }

  @Test
  void aSurrenderOrCustodyIsToThePatientsPolice() {
    assertCodes("The Argentine banker turned himself in to authorities on Monday.", DATE,
        "COERCE/arrest 173 ARG:COP -> ARG:GOV asserted");
    assertCodes("The Chilean protester was held in custody for three days.", DATE,
        "COERCE/arrest 173 CHL:COP -> CHL:OPP asserted");
  }

  @Test
  void anAgentlessCommutationDismissalOrImpeachmentIsTheStates() {
    CodedArticle coded = assertCodes("Philippine journalist Maria Santos was convicted of libel in 2020. "
        + "Her jail term was commuted last year.", DATE,
        "SANCTION/convict 116 PHL:JUD -> PHL:JRN asserted", "CONCEDE 081 PHL:GOV -> PHL:JRN asserted");
    assertThat(coded.events().get(1).actors().get(0).rule()).startsWith("implied-agent:state>");
    assertCodes("The charges against the Ghanaian minister were dropped in March.", DATE,
        "CONCEDE 081 GHA:JUD -> GHA:GOV asserted");
    assertCodes("The case against the Indonesian governor was thrown out of court.", DATE,
        "CONCEDE 081 IDN:JUD -> IDN:GOV asserted");
    assertCodes("The Bolivian president was impeached in 2019.", DATE,
        "ACCUSE/allege 112 BOL:LEG -> BOL:GOV asserted");
  }

  @Test
  void anActWithNoPatientIsByTheArticlesOneCountry() {
    CodedArticle coded = assertCodes(HUNGARY + "The reform was suspended after the protests.", DATE,
        "ACCUSE/disapprove 111 HUN:OPP -> HUN asserted", "SUPPORT 052 HUN:GOV -> HUN asserted",
        "CONCEDE 0832 HUN:GOV asserted", "PROTEST/demo 141 HUN:CVL asserted");
    assertThat(coded.events().get(2).actors().get(0).rule()).endsWith("+country-from-article:HUN");
    assertCodes(CONGRESS + "More subpoenas are likely to be issued next week.", DATE,
        "ACCUSE/disapprove 111 USA:LEG -> USA:GOV asserted", "REQUEST 100 USA:JUD speculative");
  }

  @Test
  void nearTextsImplyNoAuthority() {
    // an allegation is anyone's, not a state's
    assertCodes("The Nigerian minister faces allegations of corruption.", DATE,
        "ACCUSE/allege 112 - -> NGA:GOV asserted");
    // the text names the doer
    assertCodes("Prosecutors dropped the charges against the Ghanaian minister in March.", DATE,
        "CONCEDE 081 GHA:JUD -> GHA:GOV asserted");
    // a beating is no state act: its victim's country gives no doer
    assertCodes("A Kenyan journalist was beaten on Friday.", DATE, "ASSAULT/beat 182 - -> KEN:JRN asserted");
    // patients of two countries: whose court is not said
    assertCodes("Dutch and Belgian activists face trial.", DATE,
        "ACCUSE/allege 112 - -> BEL:CVL+NLD:CVL future");
    // a deportation befalls a foreigner: not the deported person's state (ImpliedDoer)
    assertCodes("The Iranian general was deported.", DATE, "COERCE/deport 174 ---:GOV -> IRN:GOV asserted");
  }

  @Test
  void anArticleAboutTwoCountriesImpliesNoGovernment() {
    assertCodes("Kenyan officials met Ugandan officials in Nairobi. Uganda criticised Kenya over the "
        + "border. Uganda accused Kenya of smuggling. The bill was suspended after the protests.", DATE,
        "CONSULT 040 KEN:GOV+UGA:GOV symmetric asserted", "ACCUSE/disapprove 111 UGA:GOV -> KEN:GOV asserted",
        "ACCUSE/allege 112 UGA:GOV -> KEN:GOV asserted", "CONCEDE 0832 - asserted",
        "PROTEST/demo 141 ---:CVL asserted");
  }
}
