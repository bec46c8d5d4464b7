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
}
