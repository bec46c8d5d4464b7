package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Dates in wire copy, second pass (issue 13, session 27, h142): a lead told in the present (broadcast
 * copy) tells the news of the publication day; wire copy that sets every sentence apart keeps the
 * lead's next sentences in its story; a relative clause, the complement of a past statement and a
 * later conjunct of a perfect are background, not the story day's. Sentences written for this test.
 */
class WireDatesTwoTest extends CodingTestBase {
  private static final String DAY = "1998-05-08"; // a Friday

  private static String dateOf(String text, String trigger) {
    return dateOf(text, DAY, trigger);
  }

  @Test
  void aPresentTenseLeadTellsTheNewsOfThePublicationDay() {
    String visit = "The prime minister of Freedonia is visiting Berlin, as the chancellor discussed trade with"
        + " him.\n\nThe chancellor welcomed him at the airport.";
    assertThat(dateOf(visit, "visiting")).isEqualTo("1998-05-08 time:lead:same-day:present-lead");
    assertThat(dateOf(visit, "welcomed")).isEqualTo("1998-05-08 time:lead:same-day:present-lead");
    assertThat(dateOf("The navy is patrolling the strait alongside two allied ships.\n\n"
        + "The foreign minister condemned the missile test.", "condemned"))
        .isEqualTo("1998-05-08 time:lead:same-day:present-lead");
    assertThat(dateOf("The army is withdrawing troops from the border region.", "withdrawing"))
        .isEqualTo("1998-05-08 time:lead:same-day:present-lead");
  }

  @Test
  void aQuotedPerfectOrPastLeadIsNoPresentStory() {
    assertThat(dateOf("\"We will not give up,\" the rebel leader says.\n\nThe army arrested three of his aides.",
        "arrested")).startsWith("before 1998-05-08");
    assertThat(dateOf("The government has accused the opposition of plotting a coup.\n\n"
        + "Police arrested two opposition leaders.", "arrested")).startsWith("before 1998-05-08");
    assertThat(dateOf("The president said Thursday he had ordered the strikes.\n\n"
        + "The opposition criticized the decision.", "criticized")).startsWith("before 1998-05-08");
  }

  @Test
  void wireCopyOfOneSentenceParagraphsKeepsTheLeadsNextSentences() {
    String xinhua = "WASHINGTON, May 8 (Xinhua) --\n\nThe Secretary of State said on Friday that she welcomed"
        + " the ceasefire.\n\nShe told reporters the two sides had agreed to talks.\n\nThe rebels released ten"
        + " hostages.\n\nThe ambassador of Freedonia condemned the shelling of the capital.";
    assertThat(dateOf(xinhua, "released")).isEqualTo("1998-05-08 time:lead:same-day");
    assertThat(dateOf(xinhua, "condemned")).isEqualTo("1998-05-08 time:lead:same-day");
    assertThat(dateOf("The foreign minister said on Friday that his government would expel two diplomats.\n\n"
        + "The ambassador was summoned to the ministry.\n\nThe opposition criticized the decision.",
        "criticized")).isEqualTo("1998-05-08 time:lead:same-day");
  }

  @Test
  void backgroundOfASameDayStoryKeepsBeforeTheReport() {
    assertThat(dateOf("Militants have attacked two villages and burned a market since the talks collapsed.\n\n"
        + "The army arrested four suspects on Friday.", "attacked")).startsWith("before 1998-05-08");
    String police = "Police arrested three men on Friday in the capital.\n\nThe interior minister said the opposition"
        + " demanded an inquiry.\n\nThe ruling party, which accused the opposition of treason last year, praised the"
        + " police.";
    assertThat(dateOf(police, "demanded")).startsWith("before 1998-05-08 time:before-publication:past-tense");
    assertThat(dateOf(police, "praised")).isEqualTo("1998-05-08 time:lead:same-day");
    assertThat(dateOf("The court ruled on Friday in favour of Freedonia.\n\nFreedonia, which sued its neighbour at"
        + " the court, welcomed the ruling.", "sued")).startsWith("before 1998-05-08");
  }
}
