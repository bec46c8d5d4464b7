package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.ActorRef;
import org.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;

/**
 * Actors named without a nationality word that the article's context places (issue 13, "actors
 * by context"): bare national institutions, titled persons the KB does not know, places qualified
 * by their state or country, and the police or court an agentless arrest or charge implies. Each
 * class has a near sentence that must not change: a foreign body named with its country, an
 * untitled unknown name, a place with no qualifier, a doer named with "by". Sentences and names
 * written for these tests.
 */
class ContextActorsTest extends CodingTestBase {

  private static final String DATE = "2024-03-10";

  @Test
  void bareNationalInstitutionsAreOfTheArticlesCountry() {
    assertCodes("Kenya's president signed the finance bill in Nairobi on Monday. Parliament voted to "
        + "reject the new tax on Tuesday. The Supreme Court ruled against the government.", DATE,
        "REJECT 120 KEN:LEG asserted", "SANCTION/convict 116 KEN:JUD -> KEN:GOV asserted");
    // a foreign parliament named with its adjective keeps its own country
    assertCodes("Kenya's president signed the finance bill in Nairobi on Monday. The German parliament "
        + "condemned the new tax on Tuesday.", DATE, "ACCUSE/disapprove 111 DEU:LEG asserted");
  }

  @Test
  void aTitledNameTheKbDoesNotKnowIsOfTheScenesCountry() {
    CodedArticle coded = assertCodes("Tonga's government closed all schools in Nuku'alofa on Monday. When "
        + "announcing the closure, Prime Minister Taufahema urged church leaders to support the campaign.",
        DATE, "COERCE/restrict 1721 TON:GOV -> TON:EDU asserted", "REQUEST 100 TON:GOV asserted");
    ActorRef pm = coded.events().get(1).actors().get(0);
    assertThat(pm.rule()).contains("+country-from-context:TON");
    // the same name with no title names no political actor: the event has none and is dropped
    assertCodes("Tonga's government closed all schools in Nuku'alofa on Monday. When announcing the "
        + "closure, Taufahema urged church leaders to support the campaign.", DATE,
        "COERCE/restrict 1721 TON:GOV -> TON:EDU asserted");
    // a titled name with its country named is of that country, not the article's
    assertCodes("French police arrested three men in Lyon on Tuesday. Prime Minister Volkanos of Greece "
        + "criticized the decision.", DATE, "COERCE/arrest 173 FRA:COP -> FRA:CVL asserted",
        "ACCUSE/disapprove 111 GRC:GOV -> FRA:COP asserted");
  }

  @Test
  void aPlaceFollowedByItsStateOrCountryIsInThatCountry() {
    assertCodes("Protesters marched through Antioch, Illinois, on Saturday against the new tax.", DATE,
        "PROTEST/demo 141 USA:CVL -> USA:GOV asserted");
    assertCodes("Protesters marched through Perth, Scotland, on Saturday against the new tax.", DATE,
        "PROTEST/demo 141 GBR:CVL -> GBR:GOV asserted");
    // with no qualifier, the likeliest reading stays
    assertCodes("Protesters marched through Antioch on Saturday against the new tax.", DATE,
        "PROTEST/demo 141 TUR:CVL -> TUR:GOV asserted");
  }

  @Test
  void aPlaceNameEndingInACountrysNameIsThePlace() {
    assertCodes("The New Jersey Governor criticized the mayor of Newark for refusing to support the budget.",
        DATE, "ACCUSE/disapprove 111 USA:GOV -> USA:GOV asserted");
    // the island itself, named alone, is still the Crown dependency
    assertCodes("The Jersey government criticized France over fishing licences.", DATE,
        "ACCUSE/disapprove 111 GBR:GOV -> FRA:GOV asserted");
  }

  @Test
  void anAgentlessChargeIsByTheProsecutionOfTheChargedPersonsCountry() {
    assertCodes("A woman from Springfield, Illinois, has been charged with assault.", DATE,
        "ACCUSE/allege 112 USA:JUD -> USA:CVL asserted");
    // a named doer is kept
    assertCodes("Prosecutors charged a woman from Springfield, Illinois, with assault.", DATE,
        "ACCUSE/allege 112 USA:JUD -> USA:CVL asserted");
  }

  @Test
  void anAgentlessArrestIsByThePoliceOfThePlaceItHappenedIn() {
    assertCodes("A French tourist was arrested in Bangkok on Monday.", DATE,
        "COERCE/arrest 173 THA:COP -> FRA:CVL asserted");
    // no place, and a patient given a country only from the scene after the doer was found: the
    // police keep an unknown country (the check half's convention disagrees with a guess)
    assertCodes("Ghanaian police have searched for Kofi Mensar since Friday. A man suspected of hiding "
        + "Mensar was arrested on Sunday.", DATE, "COERCE/arrest 173 ---:COP -> GHA:CVL asserted");
    // with no patient of known country and no place, no authority is guessed
    assertCodes("Two former officials were acquitted by a military tribunal last year.", DATE,
        "CONCEDE 081 ---:MIL -> ---:GOV asserted");
  }
}
