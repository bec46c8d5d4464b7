package org.annals.nlp.events;

import org.junit.jupiter.api.Test;

/**
 * Whom a domestic act is done to (issue 13, "missing target", h54): a body or a person the
 * knowledge base does not know, in an article about one country, is of that country
 * ({@link DomesticRecipients}, {@code recipient:domestic}); a protest at home that names nothing it
 * is against is against the own government ({@code protest:own-government}); a common noun no
 * actor was resolved for (a law, a tax, a decision) is a matter of that country. Each class has near
 * sentences that must keep no recipient: another country's place, no country the article is about,
 * a pronoun, a protest that says what it protests or is held in support of someone, a protest by a
 * government. The sentences are written for these tests.
 */
class TargetClassesTest extends CodingTestBase {
  private static final String DAY = "2024-03-10";
  /** Two sentences that make Chile the article's one country and code nothing. */
  private static final String CHILE = "Chile's economy grew by two percent in March. "
      + "Chilean exports of copper rose again. ";

  @Test
  void aBodyTheKnowledgeBaseDoesNotKnowIsOfTheArticlesCountry() {
    assertCodes(CHILE + "The Chilean president accused the network of spreading lies on Monday.", DAY,
        "ACCUSE/allege 112 CHL:GOV -> CHL asserted");
    assertCodes(CHILE + "The Chilean president threatened the network's licence on Monday.", DAY,
        "THREATEN 130 CHL:GOV -> CHL asserted"); // the possessor of the object
    assertCodes(CHILE + "Chilean senators condemned the conduct of the network on Monday.", DAY,
        "ACCUSE/disapprove 111 CHL:LEG -> CHL asserted"); // the "of" phrase of the object
  }

  @Test
  void aPersonOrColleaguesTheKnowledgeBaseDoesNotKnowAreOfTheArticlesCountry() {
    assertCodes(CHILE + "The Chilean president thanked Marta for her service on Monday.", DAY,
        "SUPPORT 051 CHL:GOV -> CHL asserted");
    assertCodes(CHILE + "The Chilean senator urged his colleagues to pass the bill on Monday.", DAY,
        "REQUEST 100 CHL:LEG -> CHL asserted");
  }

  /** A law, a tax or a plan of the country's own is the country's matter (session 19; X -> X). */
  @Test
  void aMatterOfTheArticlesCountryIsOfThatCountry() {
    assertCodes(CHILE + "Chilean senators condemned the new pension law on Monday.", DAY,
        "ACCUSE/disapprove 111 CHL:LEG -> CHL asserted");
    assertCodes(CHILE + "The Chilean president praised the decision on Monday.", DAY,
        "SUPPORT 051 CHL:GOV -> CHL asserted");
    assertCodes(CHILE + "Chilean truckers rejected the fuel tax on Monday.", DAY,
        "REJECT 120 CHL -> CHL asserted");
  }

  @Test
  void anAttackOrAMatterWithNoCountryOfTheArticleGivesNoRecipient() {
    assertCodes(CHILE + "The Chilean president condemned the attack on Monday.", DAY,
        "ACCUSE/disapprove 111 CHL:GOV asserted"); // whose attack the sentences do not say
    assertCodes("Chilean senators condemned the new pension law on Monday.", DAY,
        "ACCUSE/disapprove 111 CHL:LEG asserted");
  }

  @Test
  void anotherCountrysPlaceOrNoCountryOfTheArticleOrAPronounGivesNoRecipient() {
    assertCodes(CHILE + "The Chilean president accused the network of spreading lies in Lima on Monday.", DAY,
        "ACCUSE/allege 112 CHL:GOV asserted");
    assertCodes("The Chilean president accused the network of spreading lies on Monday.", DAY,
        "ACCUSE/allege 112 CHL:GOV asserted");
    assertCodes(CHILE + "The Chilean president accused them of spreading lies on Monday.", DAY,
        "ACCUSE/allege 112 CHL:GOV asserted");
  }

  @Test
  void aProtestAtHomeThatNamesNothingItIsAgainstIsAgainstTheOwnGovernment() {
    assertCodes(CHILE + "Thousands of Chileans marched in Santiago on Saturday.", DAY,
        "PROTEST/demo 141 CHL:CVL -> CHL:GOV asserted");
    assertCodes(CHILE + "Opposition lawmakers in Chile boycotted the vote on Tuesday.", DAY,
        "PROTEST/boycott 143 CHL:LEG -> CHL:GOV asserted");
  }

  @Test
  void aProtestThatSaysWhatItProtestsOrSupportsSomeoneOrIsAbroadOrByAGovernmentKeepsNoRecipient() {
    assertCodes(CHILE + "Thousands of Chileans marched in Santiago on Saturday to protest the result of the match.",
        DAY, "PROTEST/demo 141 CHL:CVL asserted");
    assertCodes(CHILE + "Thousands of Chileans rallied in Santiago on Saturday in support of the president.",
        DAY, "PROTEST/demo 141 CHL:CVL asserted");
    assertCodes("Thousands of Chileans marched in Lima on Saturday.", DAY,
        "PROTEST/demo 141 CHL:CVL asserted");
    assertCodes(CHILE + "The Chilean government protested on Saturday.", DAY,
        "PROTEST/demo 141 CHL:GOV asserted");
  }
}
