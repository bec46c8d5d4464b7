package org.annals.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.annals.model.ActorRef;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.nlp.PipelineFactory;
import org.junit.jupiter.api.Test;

/**
 * Actors the knowledge base does not know, by class (issue 12): named bodies (country from a
 * demonym, a country or a US state inside the name, or an apposition; sector from the head word),
 * diplomats posted abroad (the sending country, never the host), US parties. Sentences written
 * for these tests; the whole pipeline codes them and the participants' actors are checked.
 */
class ActorClassesTest {

  private static List<ActorRef> participants(String text) {
    CodedArticle coded = PipelineFactory.shared().code(Article.of(text, LocalDate.parse("2024-03-10")));
    return coded.events().stream()
        .flatMap(e -> Stream.concat(e.actors().stream(), e.recipients().stream())).toList();
  }

  /** The participant whose words contain {@code words}; fails when none does. */
  private static ActorRef participant(String text, String words) {
    List<ActorRef> all = participants(text);
    assertThat(all).as("participants of: %s", text).anyMatch(r -> r.text().contains(words));
    return all.stream().filter(r -> r.text().contains(words)).findFirst().orElseThrow();
  }

  private static void assertCountryAndSector(ActorRef a, String country, String sector) {
    assertThat(a.country()).as("country of %s (%s)", a.text(), a.rule()).isEqualTo(country);
    assertThat(a.sector()).as("sector of %s (%s)", a.text(), a.rule()).isEqualTo(sector);
  }

  @Test
  void aBodyNamedWithADemonymIsOfThatCountryAndOfItsHeadWordsSector() {
    ActorRef a = participant("The Canadian Nurses Association criticised the province over hospital closures.",
        "Nurses Association");
    assertCountryAndSector(a, "CAN", "SOC");
    assertThat(a.rule()).startsWith("org-name:head=association,country=demonym");
  }

  @Test
  void aBodyNamedAfterAUsStateIsAmerican() {
    ActorRef a = participant("The Farmers Union of Montana demanded drought relief from the federal government.",
        "Farmers Union");
    assertCountryAndSector(a, "USA", "LAB"); // unions are LAB in agents.tsv
    assertThat(a.rule()).contains("country=place");
  }

  @Test
  void anAppositionGivesTheCountryOfABodyWhoseNameHasNone() {
    ActorRef kenyan = participant("Green Horizon Trust, a Kenyan charity, urged the government to protect the forest.",
        "Green Horizon Trust");
    assertCountryAndSector(kenyan, "KEN", "SOC");
    ActorRef based = participant("Open Doors Relief, a Berlin-based non-profit, accused Serbia of pushing migrants back.",
        "Relief");
    assertThat(based.country()).isEqualTo("DEU");
    assertThat(based.rule()).contains("country=apposition");
  }

  @Test
  void aCharityWhoseCountryTheTextDoesNotSayKeepsAnUnknownOneNotTheCountryNamedBeside() {
    ActorRef a = participant("The Open Roads Foundation praised Portugal for the new asylum law.", "Open Roads");
    assertThat(a.country()).isNull();
    assertThat(a.sector()).isEqualTo("SOC");
    assertThat(a.cameo()).isEqualTo("---SOC");
  }

  @Test
  void aStateBodyWhoseNameHasNoCountryBelongsToTheStateOfTheScene() {
    ActorRef a = participant("The National Crime Agency arrested four men in Liverpool on Tuesday.", "Crime Agency");
    assertCountryAndSector(a, "GBR", "COP");
  }

  @Test
  void aRoleTheKbKnowsInsideANameStaysTheKbs() {
    ActorRef a = participant("The Russian Foreign Ministry condemned the new sanctions imposed by Japan.",
        "Foreign Ministry");
    assertThat(a.country()).isEqualTo("RUS");
    assertThat(a.rule()).doesNotContain("org-name");
  }

  @Test
  void anAmbassadorIsOfTheSendingCountryNotTheHost() {
    ActorRef a = participant("US Ambassador to Germany Jane Doe met Chancellor Olaf Scholz in Berlin.", "Jane Doe");
    assertThat(a.country()).isEqualTo("USA");
    assertThat(a.rule()).contains("mission-host:DEU");
    ActorRef envoy = participant("The Turkish envoy to the United Nations criticised Sweden over the burning.",
        "envoy");
    assertThat(envoy.country()).isEqualTo("TUR");
  }

  @Test
  void usPartiesAndTheirMembersAreAmericanParties() {
    ActorRef dems = participant("Democrats accused the president of abusing his power.", "Democrats");
    assertCountryAndSector(dems, "USA", "PTY");
    ActorRef dnc = participant("The Democratic National Committee sued the Trump campaign.", "Committee");
    assertThat(dnc.cameo()).isEqualTo("USAPTY");
  }

  @Test
  void anotherCountrysDemocratsAreNotAmerican() {
    ActorRef a = participant("The Liberal Democrats criticised the British government over the cuts.", "Liberal");
    assertThat(a.country()).isEqualTo("GBR");
  }

  @Test
  void anEmbassyWithoutItsCountryIsOfTheArticlesCountryNotOfItsHost() {
    ActorRef a = participant("Police in Nairobi arrested three activists on Friday.\n"
        + "The embassy in Berlin condemned the arrests.", "embassy");
    assertThat(a.country()).isEqualTo("KEN");
    assertThat(a.rule()).contains("mission-host:DEU");
  }

  @Test
  void aCountryNamedOnlyInTheReportingClauseIsNeitherTheScenesNorTheArticles() {
    List<ActorRef> all = participants("Thousands of teachers marched through Lima on Monday to demand higher pay.\n"
        + "The government refused to negotiate with the unions, a broadcaster of Australia reported.\n"
        + "The ministry later accused the strikers of blocking roads.");
    assertThat(all).filteredOn(r -> r.text().contains("unions") || r.text().contains("ministry")
        || r.text().contains("government")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.country()).as(r.text()).isEqualTo("PER"));
  }

  @Test
  void theyAfterGroupsOfSeveralCountriesIsNoneOfThemRatherThanTheLastNamed() {
    List<ActorRef> all = participants("Chile and Peru signed a fisheries deal on Monday.\n"
        + "They also criticised Bolivia over the river dispute.");
    assertThat(all).noneMatch(r -> r.text().equals("They"));
    assertThat(all).filteredOn(r -> r.country() != null && r.country().equals("BOL")).isNotEmpty();
  }

  @Test
  void aPartyOfSeveralCountriesTakesTheCountryOfTheSceneAndAForeignGuardIsNoUsParty() {
    ActorRef danes = participant("The Social Democrats in Denmark criticised the government over the budget.",
        "Social Democrats");
    assertCountryAndSector(danes, "DNK", "PTY");
    ActorRef guard = participant("Iraq's Republican Guard attacked Kurdish positions near Kirkuk.", "Guard");
    assertCountryAndSector(guard, "IRQ", "MIL");
  }

  @Test
  void aBareGovernmentIsOfTheCountryTheArticleNamesMostNotOfTheLastNamed() {
    List<ActorRef> all = participants("Peruvian police detained 40 protesters in Lima on Monday.\n"
        + "Peru's interior minister defended the arrests on Tuesday.\n"
        + "He spoke after a meeting with the Chilean ambassador.\n"
        + "The government accused the protesters of violence.");
    ActorRef government = all.stream().filter(r -> r.text().equals("The government")).findFirst().orElseThrow();
    assertThat(government.country()).as(government.rule()).isEqualTo("PER");
  }

  @Test
  void anOfficeOfANamedCountryIsThatCountrys() {
    // not the country in focus (Iran, named first): "of Syria" says whose government
    assertCountryAndSector(participant("Iran backed the government of Syria against the rebels.",
        "government of Syria"), "SYR", "GOV");
    assertCountryAndSector(participant("The foreign minister of Cuba rejected the new American measures.",
        "foreign minister of Cuba"), "CUB", "GOV");
  }

  @Test
  void aSurnameTheArticleGaveSomeoneIsThatPersonNotTheKnowledgeBasesNamesake() {
    ActorRef later = participants("Luis Ortega, the governor of Puerto Rico, resigned on Friday."
        + " Protesters had called for Ortega's resignation since July.").stream()
        .filter(r -> r.text().equals("Ortega")).findFirst().orElseThrow();
    assertThat(later.name()).as(later.rule()).isEqualTo("Luis Ortega");
    assertThat(later.country()).isEqualTo("USA"); // Puerto Rico, as PLOVER folds it
  }

  @Test
  void pluralAttorneysGeneralAreOfficersOfTheLaw() {
    assertCountryAndSector(participant("Attorneys general from nine US states sued the"
        + " Environmental Protection Agency on Monday.", "Attorneys general"), "USA", "JUD");
  }

  @Test
  void aCityNamedOtherThanAsAPlaceGivesTheSceneOnlyWhenTheArticleHasNone() {
    assertCountryAndSector(participant("Riot police broke up the Mombasa rally on Friday.",
        "police"), "KEN", "COP");
    ActorRef away = participant("Hundreds of people gathered in Lyon on Friday. Police blocked the"
        + " road to the Geneva airport.", "Police");
    assertCountryAndSector(away, "FRA", "COP"); // the article's home, not the airport's city
  }

  @Test
  void aCounterpartHoldsTheOfficeNamedBeforeItInItsOwnCountry() {
    ActorRef peer = participant("The Kenyan president and his Ugandan counterpart signed a trade deal in Nairobi.",
        "counterpart");
    assertCountryAndSector(peer, "UGA", "GOV");
    assertThat(peer.rule()).contains("counterpart-of:HEAD_OF_STATE");
    // several demonyms on plural counterparts: one official of each country
    List<ActorRef> all = participants("Yesterday the Chilean foreign minister said that he had hosted his"
        + " Peruvian and Bolivian counterparts in Santiago.");
    assertThat(all).extracting(ActorRef::country).contains("PER", "BOL");
  }

  @Test
  void personsNamedAfterTheirOfficesTakeTheirCountriesInOrder() {
    String text = "The Irish and Danish agriculture ministers, Aoife Brennan and Lars Holm, respectively,"
        + " visited Brazil on Monday.";
    assertCountryAndSector(participant(text, "Aoife Brennan"), "IRL", "GOV");
    assertCountryAndSector(participant(text, "Lars Holm"), "DNK", "GOV");
    assertThat(participant(text, "Lars Holm").rule()).contains("+apposition-of:");
    // one name for one office
    ActorRef one = participant("Kenyan Foreign Minister Musalia Mudavadi met his Tanzanian counterpart,"
        + " Juma Kassim, in Nairobi on Monday.", "Juma Kassim");
    assertCountryAndSector(one, "TZA", "GOV");
  }

  @Test
  void aGenderedPronounSkipsAPersonOfTheOtherGender() {
    String text = "Japanese Prime Minister Fumio Kishida opened the trade fair in Osaka on Monday. "
        + "A local singer performed at the opening. Later she criticised the organisers.";
    assertThat(participants(text)).noneMatch(r -> r.text().equalsIgnoreCase("she"));
    // the same pronoun after a woman the KB knows still refers to her
    ActorRef she = participant("British Prime Minister Theresa May arrived in Dublin on Monday. "
        + "She criticised the Irish government over the border.", "She");
    assertCountryAndSector(she, "GBR", "GOV");
  }

  @Test
  void firstNamesGiveAGenderAndFamilyNamesWrittenFirstDoNot() {
    assertThat(FirstNames.of("Fumio Kishida")).isEqualTo(FirstNames.Gender.MALE);
    assertThat(FirstNames.of("Yuriko Koike")).isEqualTo(FirstNames.Gender.FEMALE);
    assertThat(FirstNames.of("Kim Jong Un")).isNull();
    assertThat(FirstNames.ofPronoun("Her")).isEqualTo(FirstNames.Gender.FEMALE);
  }

  @Test
  void aPluralDemonymIsThePeopleOfTheCountryButTheDefiniteOneIsNot() {
    assertCountryAndSector(participant("Thousands of Moldovans marched through Chisinau on Sunday.", "Moldovans"),
        "MDA", "CVL");
    ActorRef the = participant("The Russians shelled the port of Odesa overnight.", "Russians");
    assertThat(the.country()).isEqualTo("RUS");
    assertThat(the.sector()).isNull();
  }

  @Test
  void policeActWhereTheStoryHappensNotInTheCountryOfTheManTheyArrest() {
    String text = "Three people were stabbed to death in a park in Leeds, England, on Saturday evening. "
        + "Police arrested Omar Haddad, a 25-year-old Syrian refugee, at the scene.";
    assertCountryAndSector(participant(text, "Police"), "GBR", "COP");
    assertThat(participant(text, "Omar Haddad").country()).isEqualTo("SYR");
    // a sentence that names the place where the police act still gives their country
    String abroad = "Three people were stabbed to death in a park in Leeds, England, on Saturday evening. "
        + "Police in Damascus arrested his brother on Monday.";
    assertThat(participant(abroad, "Police").country()).isEqualTo("SYR");
  }
}
