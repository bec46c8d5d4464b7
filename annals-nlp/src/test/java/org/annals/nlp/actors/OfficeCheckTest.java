package org.annals.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.kb.KnowledgeBase;
import org.annals.model.ActorRef;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Article;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Trigger;
import org.annals.model.Warning;
import org.annals.nlp.CodingState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Office-holder warnings only where the bundled KB is certain (issue 13), on events built by hand
 * with actors as the resolver writes them (text and rule), over sentences written for this test.
 */
class OfficeCheckTest {
  private static KnowledgeBase kb;

  @BeforeAll
  static void load() {
    kb = BundledKnowledgeBase.load();
  }

  private static List<Warning> warnings(String text, String actorText, String person, String rule,
      String country, String date, DateBasis basis) {
    int at = text.indexOf(actorText);
    ActorRef actor = new ActorRef(actorText, null, country, "GOV", country + "GOV", "person/" + person,
        at, at + actorText.length(), rule);
    EventDate d = new EventDate(date, Precision.DAY, basis, null, "test");
    int t = text.indexOf("met");
    Evidence ev = new Evidence("a", 0, text.length(), new Trigger(t, t + 3, "met"), "test");
    CodedEvent e = new CodedEvent("e1", "CONSULT", null, List.of(), "040", 1, 1.0, List.of(actor), List.of(),
        false, d, null, Map.of(), Modality.ASSERTED, null, ev, 1.0);
    AnnotatedDoc doc = new AnnotatedDoc(Article.of(text, LocalDate.parse(date)), List.of(), "test");
    return new OfficeCheck(kb).apply(CodingState.of(doc).withEvents(List.of(e))).warnings();
  }

  private static final String MAY = "Prime Minister Theresa May met the Irish premier in London.";
  private static final String MAY_RULE = "kb:role:prime-minister+kb:person:theresa-may";

  @Test
  void aLeaderIsInOfficeOnTheDayHerTermEnds() {
    assertThat(warnings(MAY, "Prime Minister Theresa May", "theresa-may", MAY_RULE, "GBR", "2019-07-24",
        DateBasis.EXPLICIT)).isEmpty();
  }

  @Test
  void aLeaderNamedInOfficeAfterHerTermIsFlaggedWithTheHolder() {
    assertThat(warnings(MAY, "Prime Minister Theresa May", "theresa-may", MAY_RULE, "GBR", "2019-08-01",
        DateBasis.RELATIVE)).singleElement().satisfies(w -> {
          assertThat(w.code()).isEqualTo(OfficeCheck.CODE);
          assertThat(w.message()).contains("Theresa May left office 2019-07-24").contains("Boris Johnson");
        });
  }

  @Test
  void thePublicationDateFallbackIsNoCertainDate() {
    assertThat(warnings(MAY, "Prime Minister Theresa May", "theresa-may", MAY_RULE, "GBR", "2019-08-01",
        DateBasis.PUBLICATION)).isEmpty();
  }

  @Test
  void formerHoldersPronounsAndOfficesTheKbDoesNotTrackAreNotFlagged() {
    String former = "Former Prime Minister Theresa May met the Irish premier in London.";
    assertThat(warnings(former, "Prime Minister Theresa May", "theresa-may", MAY_RULE, "GBR", "2019-08-01",
        DateBasis.EXPLICIT)).isEmpty();
    String senator = "Senators Marco Rubio met the Cuban dissidents in Miami.";
    assertThat(warnings(senator, "Senators Marco Rubio", "marco-rubio",
        "kb:agent:senators+kb:person:marco-rubio", "USA", "2019-01-03", DateBasis.EXPLICIT)).isEmpty();
    String pronoun = "She met the Irish premier in London.";
    assertThat(warnings(pronoun, "She", "theresa-may", "coref:pronoun>" + MAY_RULE, "GBR", "2019-08-01",
        DateBasis.EXPLICIT)).isEmpty();
    String country = "The United Kingdom Theresa May met the Irish premier.";
    assertThat(warnings(country, "The United Kingdom Theresa May", "theresa-may",
        "kb:country:GBR+kb:person:theresa-may", "GBR", "2019-08-01", DateBasis.EXPLICIT)).isEmpty();
  }

  @Test
  void aForeignMinisterWithAnEarlierTermIsInOfficeInItAndOneOutsideBothIsFlagged() {
    String text = "Foreign Minister Frank-Walter Steinmeier met his French counterpart in Paris.";
    String rule = "kb:role:foreign-minister+kb:person:frank-walter-steinmeier";
    assertThat(warnings(text, "Foreign Minister Frank-Walter Steinmeier", "frank-walter-steinmeier", rule, "DEU",
        "2007-03-01", DateBasis.EXPLICIT)).isEmpty();
    assertThat(warnings(text, "Foreign Minister Frank-Walter Steinmeier", "frank-walter-steinmeier", rule, "DEU",
        "2011-03-01", DateBasis.EXPLICIT)).singleElement()
        .satisfies(w -> assertThat(w.message()).contains("Guido Westerwelle"));
  }

  @Test
  void aPersonWithAnApproximatelyDatedTermIsNotFlagged() {
    String text = "Foreign Minister Cho Tae-yul met his Japanese counterpart in Tokyo.";
    assertThat(warnings(text, "Foreign Minister Cho Tae-yul", "cho-tae-yul",
        "kb:role:foreign-minister+kb:person:cho-tae-yul", "KOR", "2020-01-10", DateBasis.EXPLICIT)).isEmpty();
  }
}
