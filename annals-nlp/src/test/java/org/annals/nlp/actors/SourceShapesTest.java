package org.annals.nlp.actors;

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
 * Who acts when the doer is named the ways news names it after the first mention (h109): "it"
 * after an organisation that reported another state's deed, "the junta" after the military
 * government of a country, "police" detaining foreign nationals, and unnamed "critics". Sentences written for these
 * tests; the whole pipeline codes them.
 */
class SourceShapesTest {

  private static List<String> sourceCountries(String text, String trigger) {
    CodedArticle coded = PipelineFactory.shared().code(Article.of(text, LocalDate.parse("2024-05-10")));
    List<CodedEvent> events = coded.events().stream()
        .filter(e -> e.evidence().trigger().text().startsWith(trigger))
        .toList();
    assertThat(events).as("an event triggered by '%s' in: %s", trigger, text).isNotEmpty();
    return events.get(0).actors().stream().map(ActorRef::country).toList();
  }

  @Test
  void itAfterAnOrganisationThatReportedAnotherStatesDeedIsTheOrganisation() {
    assertThat(sourceCountries("The African Union said on Monday that Sudan had blocked food convoys to Darfur. "
        + "It urged Khartoum to reopen the roads.", "urged")).containsExactly("IGO");
    assertThat(sourceCountries("NATO said on Tuesday that Russian jets had violated Estonian airspace. "
        + "It called on Moscow to halt the flights.", "called on")).containsExactly("IGO");
    assertThat(sourceCountries("The United Nations said Myanmar had arrested aid workers in Rakhine. "
        + "It demanded their release.", "demanded")).containsExactly("IGO");
  }

  @Test
  void theJuntaWithNoCountryIsTheArticlesCountryNotTheOneItAccuses() {
    assertThat(sourceCountries("The military government in Niger closed the border with Benin on Wednesday. "
        + "The junta accused Benin of hosting foreign troops.", "accused")).containsExactly("NER");
    assertThat(sourceCountries("The military government of Guinea dissolved the electoral commission on Friday. "
        + "The junta accused France of backing the opposition.", "accused")).containsExactly("GIN");
  }

  @Test
  void policeDetainingForeignNationalsAreTheReportingCountrysPolice() {
    assertThat(sourceCountries("Montenegro's interior ministry said on Sunday that police had arrested three"
        + " Albanian nationals near the coast.", "arrested")).containsExactly("MNE");
  }

  @Test
  void aBodyPlacedInACapitalIsThatCapitalsState() {
    assertThat(sourceCountries("Ukraine accused Belarus on Sunday of massing troops near the border. "
        + "The government in Minsk rejected the accusation.", "rejected")).containsExactly("BLR");
  }

  @Test
  void unnamedCriticsAreOfTheArticlesCountry() {
    assertThat(sourceCountries("Zambia's parliament passed a cyber security law on Thursday. "
        + "Critics accused the government of muzzling the press.", "accused")).containsExactly("ZMB");
  }

  @Test
  void aSpeakerStatingItsOwnDeedKeepsIt() {
    assertThat(sourceCountries("The Red Cross said on Friday that Ethiopia had expelled two of its staff. "
        + "Ethiopia accused them of spying.", "accused")).containsExactly("ETH");
  }
}
