package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;

/**
 * Doers the text implies or names elsewhere (issue 13, "source wrong"): the government an
 * agentless state act implies ("was banned from the election", "was held in contempt", "was
 * sanctioned") is of the article's one country ({@link ArticleCountry}, rule
 * {@code +country-from-article:}) when the place gives none; the "I" of a quotation reopened
 * after its speaker ('"…," wrote Ruto, "and therefore I asked …') is the speaker's. Each class has
 * a near text that must not change: an implied court guesses no country from the article, a thing
 * that was banned is no act, a sanction's foreign patient does not give the sanctioning state, a
 * later quotation keeps its own speaker. Sentences and names written for these tests.
 */
class ActorsByContextTest extends CodingTestBase {

  private static final String DATE = "2024-03-10";
  private static final String CHILE = "Chile's Congress opened an inquiry into the lithium contracts on "
      + "Monday. Chilean prosecutors questioned two former ministers about the contracts. Chilean "
      + "President Gabriel Boric defended the deal. ";
  private static final String HUNGARY = "Hungary's parliament passed the new election law on Monday. "
      + "Hungarian opposition parties condemned the law. Hungarian Prime Minister Viktor Orban defended the law. ";
  private static final String CONGRESS = "The United States Congress debated the budget on Tuesday. "
      + "American senators criticised the White House over the delay. The US Treasury said the funds "
      + "were ready. ";

  @Test
  void anAgentlessAcquittalGuessesNoCourtFromTheArticle() {
    // measured: the check half's convention gives no country to an implied court of no stated
    // place or patient, even in an article about one country
    assertCodes(CHILE + "All were acquitted last week.", DATE,
        "ACCUSE/investigate 090 CHL:LEG -> CHL asserted",
        "ACCUSE/investigate 091 CHL:JUD -> CHL:GOV asserted", "SUPPORT 052 CHL:GOV -> CHL asserted",
        "CONCEDE 081 ---:JUD asserted");
  }

  @Test
  void aQuotationReopenedAfterItsSpeakerIsTheSpeakers() {
    CodedArticle coded = assertCodes("Kenyan President William Ruto dismissed his finance minister on "
        + "Friday.\n\n\"I informed the minister last night that his services were no longer needed. I "
        + "disagreed strongly with his budget plans,\" wrote Ruto on Twitter, \"and therefore I asked him "
        + "to resign. I thank him for his work.\"", DATE,
        "REJECT 120 KEN:GOV -> KEN:GOV asserted", "ACCUSE/allege 114 KEN:GOV asserted",
        "REQUEST/yield 1056 KEN:GOV asserted", "SUPPORT 051 KEN:GOV asserted");
    assertThat(coded.events().get(1).actors().get(0).rule()).startsWith("coref:quote-speaker>");
    assertThat(coded.events().get(3).actors().get(0).rule()).startsWith("coref:quote-continued>");
    // a later quotation keeps its own speaker (the minister), not the one reopened before
    assertCodes("Kenyan President William Ruto dismissed his finance minister on Friday.\n\n\"I "
        + "disagreed strongly with his budget plans,\" wrote Ruto on Twitter.\n\nLater that day the "
        + "minister said: \"I thank the president for his trust.\"", DATE,
        "REJECT 120 KEN:GOV -> KEN:GOV asserted", "ACCUSE/allege 114 KEN:GOV asserted",
        "SUPPORT 051 KEN:GOV -> KEN:GOV asserted" /* h130: "the president" is Ruto, as "his" is: one recipient */);
  }

  @Test
  void anAgentlessBanIsByTheGovernmentOfTheArticlesOneCountry() {
    assertCodes(HUNGARY + "Three opposition candidates were banned from the election.", DATE,
        "ACCUSE/disapprove 111 HUN:OPP -> HUN asserted", "SUPPORT 052 HUN:GOV -> HUN asserted",
        "COERCE/restrict 172 HUN:GOV -> HUN:OPP asserted");
    // a thing that was banned is no act of the state
    assertCodes(HUNGARY + "The song was banned from the radio.", DATE,
        "ACCUSE/disapprove 111 HUN:OPP -> HUN asserted", "SUPPORT 052 HUN:GOV -> HUN asserted");
  }

  @Test
  void anAgentlessContemptOrSanctionIsByTheArticlesStateNotThePatients() {
    assertCodes(CONGRESS + "A former attorney general was held in contempt in 2015.", DATE,
        "ACCUSE/disapprove 111 USA:LEG -> USA:GOV asserted",
        "ACCUSE/allege 112 USA:GOV -> USA:JUD asserted");
    // the sanctioned general's country is not the sanctioning state's
    assertCodes(CONGRESS + "An Iranian general was sanctioned in 2016.", DATE,
        "ACCUSE/disapprove 111 USA:LEG -> USA:GOV asserted", "SANCTION 163 USA:GOV -> IRN:GOV asserted");
  }
}
