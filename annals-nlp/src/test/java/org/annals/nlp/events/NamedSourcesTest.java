package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;

/**
 * Sources the text names that the coder resolved to the wrong country or to none (issue 13,
 * "source wrong"; h72). Each class has a near sentence that must not change. Sentences and names
 * written for these tests.
 */
class NamedSourcesTest extends CodingTestBase {

  private static final String DATE = "2024-03-10";

  /**
   * A person the KB does not know, whose own words name no country, is of the country whose
   * persons and bodies the article has named most, not of a country the sentence only speaks of
   * (a trade partner, a nationality adjective on something else).
   */
  @Test
  void anUnknownPersonIsOfTheArticlesPeopleNotOfACountrySpokenOf() {
    CodedArticle coded = assertCodes("Chile's finance minister announced new tariffs on copper imports on "
        + "Monday. The Chilean foreign ministry defended the plan. Senator Laura Espinoza criticized the "
        + "tariffs during a debate about trade with Argentina.", DATE,
        "SANCTION 163 CHL:GOV asserted", "SUPPORT 052 CHL:GOV asserted", "ACCUSE/disapprove 111 CHL:LEG asserted");
    assertThat(coded.events().get(2).actors().get(0).rule()).contains("+article-main+country-from-context:CHL");
    assertCodes("Brazil's president met the leaders of the opposition in Brasilia on Tuesday. Brazilian "
        + "lawmakers approved the budget. Congresswoman Ana Duarte condemned the Venezuelan elections.", DATE,
        "CONSULT 040 BRA:GOV+BRA:OPP symmetric asserted", "ACCUSE/disapprove 111 BRA:LEG -> VEN asserted");
  }

  /** Bare names of countries count no persons: "flights to Ruritania" are no Ruritanian people. */
  @Test
  void countriesNamedAsPlacesCountNoPeople() {
    assertCodes("On Friday, the Dutch transport ministry banned all flights to Suriname. Flights to "
        + "Suriname and from Suriname will stop on Monday. Senator Anneke Bos criticized the ban.", DATE,
        "COERCE/restrict 172 NLD:GOV -> SUR:GOV asserted", "ACCUSE/disapprove 111 NLD:LEG -> NLD:GOV asserted");
  }

  /** Near sentences that keep their reading. */
  @Test
  void aSceneNamedAsAPlaceOrAFirstSentenceKeepsItsCountry() {
    // the sentence names where the person is: that scene's country, as before
    assertCodes("Chile's finance minister announced new tariffs on copper imports on Monday. The Chilean "
        + "foreign ministry defended the plan. Senator Laura Espinoza criticized the tariffs at a conference "
        + "in Buenos Aires.", DATE,
        "SANCTION 163 CHL:GOV asserted", "SUPPORT 052 CHL:GOV asserted", "ACCUSE/disapprove 111 ARG:LEG asserted");
    // nothing counted yet: the sentence's own country, as before
    assertCodes("Congresswoman Ana Duarte condemned the Venezuelan elections on Tuesday.", DATE,
        "ACCUSE/disapprove 111 VEN:LEG -> VEN asserted");
  }

  /**
   * '"I ...," wrote X': the speaker named after a quotation speaks its first person also when the
   * parser hangs the speech verb from the quoted clause as a modifier ("as did others" before it).
   */
  @Test
  void theSpeakerNamedAfterAQuotationIsItsFirstPerson() {
    assertCodes("\"I opposed the new border fees from the start, as did many traders,\" wrote the Ghanaian "
        + "trade minister on Twitter, \"and I will keep saying so.\"", DATE, "REJECT 120 GHA:GOV asserted");
    assertCodes("\"I rejected many of his proposals, as did others in the cabinet,\" wrote the Kenyan "
        + "president on Facebook.", DATE, "REJECT/meet 127 KEN:GOV asserted");
    // near: the speaker named before the quotation, as before
    assertCodes("The Ghanaian trade minister wrote on Twitter: \"I opposed the new border fees from the "
        + "start, as did many traders.\"", DATE, "REJECT 120 GHA:GOV asserted");
    // near: no quotation, so the "as" clause's writer is not the one who rejected
    assertCodes("I rejected the offer from the Kenyan government, as the minister wrote in her memoir.", DATE,
        "REJECT/meet 125 - -> KEN:GOV asserted");
  }

  /**
   * "If the Senate votes to reject": the tagger takes "votes" for a noun; a noun with a subject of
   * its own and no copula is a verb, whose subject does what its clause says.
   */
  @Test
  void theSubjectOfAVerbTaggedAsANounIsTheDoerOfItsClause() {
    assertCodes("If the Senate of Colombia votes to reject the peace deal, the president would call a new "
        + "referendum.", DATE, "REJECT 120 COL:LEG hypothetical");
    // near: a predicate noun has a subject too ("it is time"), which does nothing
    assertCodes("It is time now for the Kenyan government to protect its farmers.", DATE,
        "AID 074 KEN:GOV -> KEN:AGR asserted");
  }
}
