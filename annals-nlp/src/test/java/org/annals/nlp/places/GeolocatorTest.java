package org.annals.nlp.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.Location;
import org.annals.nlp.PipelineFactory;
import org.junit.jupiter.api.Test;

/** Where events happened, on the project's own sentences, through the whole pipeline. */
class GeolocatorTest {
  static CodedArticle code(String text) {
    return PipelineFactory.shared().code(Article.of(text, LocalDate.parse("2025-03-04")));
  }

  /** The event of the n-th (from 1) occurrence of {@code trigger}. */
  static CodedEvent event(CodedArticle a, String trigger, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = a.article().text().indexOf(trigger, at + 1);
    }
    int start = at;
    return a.events().stream().filter(e -> e.evidence().trigger().start() <= start
        && start < e.evidence().trigger().end()).findFirst()
        .orElseThrow(() -> new AssertionError("no event at '" + trigger + "' in "
            + a.events().stream().map(e -> e.evidence().trigger().text()).toList()));
  }

  static Location where(CodedArticle a, String trigger) {
    return event(a, trigger, 1).location();
  }

  /** The location is the place of that name, chosen by a rule starting with {@code rule}. */
  static void assertAt(Location l, String name, String rule) {
    assertThat(l).as("no location").isNotNull();
    assertThat(l.name()).isEqualTo(name);
    assertThat(l.rule()).startsWith(rule);
  }

  @Test
  void aPlaceInTheEventsClauseIsResolvedWithItsPointAndWhy() {
    CodedArticle a = code("Ukrainian President Volodymyr Zelensky met Polish President Andrzej"
        + " Duda in Kyiv on Monday. Turkish President Recep Tayyip Erdogan hosted talks in"
        + " Istanbul between Russian and Ukrainian delegations.");
    Location kyiv = where(a, "met");
    assertThat(kyiv.geonamesId()).isEqualTo(703448L);
    assertThat(kyiv).extracting(Location::text, Location::precision, Location::fips,
        Location::admin1).containsExactly("Kyiv", Location.CITY, "UP", "UP12");
    assertThat(kyiv.lat()).isBetween(50.0, 51.0);
    assertThat(kyiv.rule()).startsWith("place:clause:in;gazetteer:population+main-name");
    assertThat(event(a, "met", 1).evidence().sentence()).isEqualTo(1);
    assertThat(event(a, "talks", 1).evidence().sentence()).isEqualTo(2);
    assertThat(where(a, "talks").country()).isEqualTo("TUR");
  }

  @Test
  void aQualifiedNameKeepsItsSenseThroughTheArticle() {
    CodedArticle a = code("The mayor of Paris, Texas, met state lawmakers in Paris on Friday."
        + " Egyptian President Abdel Fattah el-Sisi met Greek Prime Minister Kyriakos Mitsotakis"
        + " in Alexandria on Sunday.");
    Location paris = where(a, "met");
    assertThat(paris.geonamesId()).isEqualTo(4717560L);
    assertThat(paris.admin1()).isEqualTo("USTX");
    assertThat(paris.rule()).contains("same-name-as-qualified");
    assertThat(event(a, "met", 2).location().country()).isEqualTo("EGY");
  }

  @Test
  void georgiaIsTheCountryWhenTheArticleIsAboutIt() {
    CodedArticle a = code("Police arrested dozens of protesters outside the parliament in"
        + " Tbilisi on Sunday. The European Union criticised the government in Georgia.");
    assertThat(where(a, "arrested").name()).isEqualTo("Tbilisi");
    Location georgia = where(a, "criticised");
    assertThat(georgia).extracting(Location::country, Location::precision)
        .containsExactly("GEO", Location.COUNTRY);
  }

  @Test
  void fallbacksAreTheDatelineADomesticActorAndOtherwiseNothing() {
    CodedArticle a = code("NAIROBI — Kenyan police fired tear gas at protesters on Tuesday."
        + " Russian drones attacked Odesa overnight. Israeli aircraft struck targets near Tyre,"
        + " the Lebanese army said. French President Emmanuel Macron criticised Russian"
        + " President Vladimir Putin.");
    Location dateline = where(a, "fired");
    assertThat(dateline.name()).isEqualTo("Nairobi");
    assertThat(dateline.rule()).startsWith("place:dateline;");
    assertThat(where(a, "attacked").rule()).startsWith("place:clause:object;");
    assertThat(where(a, "attacked").country()).isEqualTo("UKR");
    assertThat(where(a, "struck").rule()).startsWith("place:clause:near:surface;");
    assertThat(where(a, "criticised")).isNull();
    CodedArticle b = code("Philippine police arrested protesters outside the presidential"
        + " palace.");
    assertThat(where(b, "arrested")).extracting(Location::country, Location::precision,
        Location::rule).containsExactly("PHL", Location.COUNTRY,
            "place:actors-country:all-participants");
  }

  /**
   * An article naming two cities equally often has two main places: an event with no place of its
   * own takes the one it is local to, and an event local to neither takes none.
   */
  @Test
  void ofMainPlacesThatTieEachEventTakesTheOneItIsLocalTo() {
    CodedArticle a = code("Officials in Kyiv and Moscow traded accusations on Monday. The"
        + " Russian foreign ministry condemned the new sanctions. Ukrainian officials welcomed"
        + " the decision. Diplomats in Kyiv and Moscow expect no talks this month. French"
        + " President Emmanuel Macron criticised Russian President Vladimir Putin.");
    assertAt(where(a, "condemned"), "Moscow", "place:article-main;");
    assertAt(where(a, "welcomed"), "Kyiv", "place:article-main;");
    assertThat(where(a, "criticised")).as("local to neither city").isNull();
  }

  @Test
  void aHostVerbACoordinatedVerbAndAComplementLendTheirPlaceToTheEvent() {
    CodedArticle a = code("Greek and Turkish diplomats met in Ankara on Tuesday for talks on"
        + " maritime borders and agreed to meet again in the spring. Serbian and Hungarian"
        + " ministers agreed to meet in Szeged next month.");
    assertAt(where(a, "talks"), "Ankara", "place:clause:in:host-verb;");
    assertAt(where(a, "agreed"), "Ankara", "place:clause:in:coordinated;");
    assertAt(event(a, "agreed", 2).location(), "Szeged", "place:clause:in:complement;");
  }

  @Test
  void aCoordinatedVerbWithASubjectOfItsOwnKeepsNoPlaceFromTheOther() {
    CodedArticle a = code("Italian officials signed a trade deal in Rome and Germany criticised"
        + " it on Friday.");
    assertThat(where(a, "signed").name()).isEqualTo("Rome");
    assertThat(where(a, "criticised")).isNull();
  }

  @Test
  void anotherMentionOfTheArticlesOneMeetingTakesItsPlaceButACallDoesNot() {
    CodedArticle a = code("The presidents of Serbia and Kosovo held a summit in Brussels on"
        + " Monday. The Albanian prime minister also attended the summit. The Serbian president"
        + " later spoke by phone with the Hungarian prime minister.");
    assertAt(event(a, "summit", 2).location(), "Brussels", "place:article-meeting;");
    assertThat(where(a, "spoke by phone")).isNull();
    CodedArticle two = code("Polish and Czech ministers met in Krakow on Monday. German and"
        + " Austrian ministers met in Salzburg on Tuesday. The Slovak prime minister attended"
        + " the talks.");
    assertThat(where(two, "talks")).as("two meeting places: which one is unknown").isNull();
  }

  @Test
  void aNameInTheEventsClauseIsReadWithTheEventsParticipantsFirst() {
    CodedArticle a = code("Indian Prime Minister Narendra Modi spoke in New Delhi on Monday"
        + " about trade with Gulf states. Pakistani police arrested two smugglers in Hyderabad"
        + " on Sunday. Indian police arrested three smugglers in Hyderabad on Saturday.");
    Location pakistani = event(a, "arrested", 1).location();
    assertThat(pakistani.country()).isEqualTo("PAK");
    assertThat(pakistani.rule()).contains("event-country");
    assertThat(event(a, "arrested", 2).location().country()).isEqualTo("IND");
  }

  @Test
  void theObjectOfAVisitIsWhereItHappened() {
    CodedArticle a = code("Turkish President Recep Tayyip Erdogan visited Baku on Thursday.");
    assertAt(where(a, "visited"), "Baku", "place:clause:object;");
    assertThat(where(a, "visited").country()).isEqualTo("AZE");
  }
}
