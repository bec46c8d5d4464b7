package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.ActorRef;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.nlp.PipelineFactory;
import org.junit.jupiter.api.Test;

/**
 * Actors that stand for several countries or for something named earlier in the article, by
 * class (issues 12 and 13): one phrase naming several countries, "the ministers" / "both
 * countries" / "they" after such a group (a number word must agree), "the ministry" after a
 * ministry named with its country, first person in quotations, and the examples after
 * "including". Articles written for these tests; the whole pipeline codes them.
 */
class GroupReferenceTest {

  private static CodedArticle code(String text) {
    return PipelineFactory.shared().code(Article.of(text, LocalDate.parse("2024-03-10")));
  }

  /** The events whose trigger lies in the sentence that contains {@code words}. */
  private static List<CodedEvent> eventsOf(CodedArticle a, String text, String words) {
    int at = text.indexOf(words);
    return a.events().stream().filter(e -> e.evidence().start() <= at && at < e.evidence().end()).toList();
  }

  private static List<String> countries(List<ActorRef> refs) {
    return refs.stream().map(ActorRef::country).toList();
  }

  @Test
  void oneOfficeOfSeveralCountriesIsEveryOneOfThemAndTheMinistersLaterAreTheSame() {
    String text = "The foreign ministers of Kenya and Uganda met in Nairobi on Monday. "
        + "The ministers agreed to reopen the border crossing.";
    CodedArticle a = code(text);
    CodedEvent met = eventsOf(a, text, "met in").get(0);
    assertThat(countries(met.actors())).containsExactly("KEN", "UGA");
    assertThat(met.actors()).allSatisfy(r -> assertThat(r.rule()).startsWith("group:coordinated>"));
    CodedEvent agreed = eventsOf(a, text, "agreed").get(0);
    assertThat(countries(agreed.actors())).containsExactly("KEN", "UGA");
    assertThat(agreed.actors()).allSatisfy(r -> assertThat(r.rule()).startsWith("group:the-ministers>"));
  }

  @Test
  void theyWhoTalkAreTheLatestPersonsBeforeALaterGroupOfCountries() {
    String text = "Narendra Modi is expected to speak with Vladimir Putin by phone this week. "
        + "In Geneva, Armenian and Azerbaijani negotiators agreed to exchange prisoners. "
        + "They last spoke by phone on March 3.";
    CodedEvent spoke = eventsOf(code(text), text, "spoke by phone").get(0);
    assertThat(countries(spoke.actors())).containsExactlyInAnyOrder("IND", "RUS");
  }

  @Test
  void demonymsJoinedBeforeAnOfficeAreAGroup() {
    String text = "The Peruvian, Chilean and Bolivian defence ministers held talks in Lima on Friday.";
    assertThat(countries(code(text).events().get(0).actors())).containsExactly("PER", "CHL", "BOL");
  }

  @Test
  void bothCountriesAndTheyAfterAnEventOfTwoCountriesAreBoth() {
    String both = "Ghana and Togo signed a trade pact on Tuesday. Both countries pledged to cut tariffs on farm goods.";
    List<CodedEvent> pledged = eventsOf(code(both), both, "pledged");
    assertThat(pledged).isNotEmpty();
    assertThat(countries(pledged.get(0).actors())).containsExactlyInAnyOrder("GHA", "TGO");
    String they = "Vietnam and the Philippines agreed to hold joint naval exercises. "
        + "They also condemned China for blocking fishing boats.";
    CodedEvent condemned = eventsOf(code(they), they, "condemned").get(0);
    assertThat(countries(condemned.actors())).containsExactlyInAnyOrder("VNM", "PHL");
    assertThat(countries(condemned.recipients())).containsExactly("CHN");
  }

  @Test
  void aNumberThatDisagreesWithTheGroupGivesNoActorRatherThanAWrongOne() {
    String text = "Norway, Sweden and Finland announced a joint fund for Arctic research. "
        + "The two nations also criticised Russia over the closure of a consulate.";
    assertThat(eventsOf(code(text), text, "criticised"))
        .allSatisfy(e -> assertThat(countries(e.actors())).doesNotContain("NOR", "SWE", "FIN"));
  }

  @Test
  void theMinistryIsTheMinistryNamedBeforeNotTheArticlesMainCountry() {
    String text = "The Moroccan ministry of foreign affairs summoned the Spanish ambassador on Monday. "
        + "Spain's interior minister said police had arrested three men in Ceuta. "
        + "The ministry accused Madrid of ignoring earlier warnings.";
    CodedEvent accused = eventsOf(code(text), text, "accused Madrid").get(0);
    assertThat(countries(accused.actors())).containsExactly("MAR");
    assertThat(accused.actors().get(0).rule()).contains("+definite:the-ministry>");
    String embassy = "German police detained two activists outside the Russian embassy in Berlin on Sunday. "
        + "The German government said the protest had been peaceful. "
        + "The embassy accused Berlin of failing to protect diplomats.";
    assertThat(countries(eventsOf(code(embassy), embassy, "accused Berlin").get(0).actors())).containsExactly("RUS");
  }

  @Test
  void firstPersonPluralInAQuoteIsTheSpeakersSide() {
    String houthis = "\"We will attack any ship linked to Israel,\" a spokesman for the Houthis said on Tuesday.";
    ActorRef we = code(houthis).events().get(0).actors().get(0);
    assertThat(we.country()).isEqualTo("YEM");
    assertThat(we.rule()).startsWith("coref:quote-group>");
    String forces = "\"Our forces will strike back at Azerbaijan,\" the Armenian defence minister said.";
    CodedEvent strike = code(forces).events().get(0);
    assertThat(countries(strike.actors())).containsExactly("ARM");
    assertThat(countries(strike.recipients())).containsExactly("AZE");
  }

  @Test
  void theExamplesAfterIncludingActNotThePossessor() {
    String text = "Tunisia's neighbours, including Algeria and Morocco, have imposed restrictions on imports of poultry.";
    assertThat(countries(code(text).events().get(0).actors())).containsExactly("DZA", "MAR");
  }

  @Test
  void countriesNamedTogetherWithoutAnEventAreTheGroupNamedNext() {
    String text = "The new gas pipeline links Bulgaria, Greece and Romania. "
        + "All three countries pledged to share the cost of its maintenance.";
    List<CodedEvent> pledged = eventsOf(code(text), text, "pledged");
    assertThat(pledged).isNotEmpty();
    assertThat(countries(pledged.get(0).actors())).containsExactlyInAnyOrder("BGR", "GRC", "ROU");
    // a number word that disagrees with the group is nobody
    String two = "The new gas pipeline links Bulgaria, Greece and Romania. "
        + "The two countries pledged to share the cost of its maintenance.";
    assertThat(eventsOf(code(two), two, "pledged")).allMatch(e -> e.actors().isEmpty());
  }
}
