package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * The source's country (issue 13, "source wrong"; h99): a regional intergovernmental body is of
 * country IGO, as a worldwide one is (its region stays in its CAMEO code); an agentless accusation
 * implies the court of the accused's country and an agentless solitary confinement the police of
 * the held person's country; an international body sets no country for an unknown person named
 * after it. Sentences written for this test.
 */
class SourceCountryTest extends CodingTestBase {
  private static final String DAY = "2022-05-01";

  private static List<String> sourceCountries(String text) {
    return code(text, DAY).events().stream()
        .map(e -> e.actors().stream().map(ActorRef::country).sorted().toList().toString()).toList();
  }

  @Test
  void aRegionalBodyIsOfCountryIgoAndKeepsItsRegionInItsCode() {
    assertThat(sourceCountries("The African Union condemned the coup in Niger.")).containsExactly("[IGO]");
    assertThat(sourceCountries("NATO warned Belarus against moving troops to the border."))
        .containsExactly("[IGO]");
    assertThat(sourceCountries("ASEAN urged the Myanmar junta to free political prisoners."))
        .containsExactly("[IGO]");
    CodedEvent fine = code("The European Commission fined Google for abusing its market position.", DAY)
        .events().get(0);
    assertThat(fine.actors()).extracting(ActorRef::country, ActorRef::cameo)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("IGO", "IGOEUREEC"));
  }

  @Test
  void anAgentlessAccusationImpliesTheCourtOfTheAccusedsCountry() {
    for (String text : List.of("The former Chilean mining minister was accused of taking bribes.",
        "Two Bolivian customs officers are accused of smuggling gold.")) {
      CodedEvent e = code(text, DAY).events().get(0);
      assertThat(e.event()).isEqualTo("ACCUSE");
      assertThat(e.actors()).singleElement().satisfies(a -> {
        assertThat(a.sector()).isEqualTo("JUD");
        assertThat(a.country()).isEqualTo(e.recipients().get(0).country());
        assertThat(a.rule()).startsWith("implied:court>");
      });
    }
  }

  @Test
  void anAgentlessSolitaryConfinementImpliesThePoliceOfTheHeldPersonsCountry() {
    assertThat(sourceCountries("The Peruvian journalist was held in solitary confinement for a month."))
        .containsExactly("[PER]");
    CodedEvent e = code("The detained Uruguayan activist has been kept in isolation since March.", DAY)
        .events().get(0);
    assertThat(e.actors()).singleElement().satisfies(a -> {
      assertThat(a.cameo()).isEqualTo("URYCOP");
      assertThat(a.rule()).startsWith("implied-agent:police>");
    });
  }

  @Test
  void anInternationalBodyGivesNoCountryToAnUnknownPersonNamedAfterIt() {
    java.util.Map<String, String> texts = java.util.Map.of(
        "The European Union opened an inquiry into steel subsidies. Petra Lindqvist Moreau criticised"
            + " the inquiry.", "Petra Lindqvist Moreau",
        "NATO began a naval exercise on Monday. Olaf Brenner Quist condemned the exercise.",
        "Olaf Brenner Quist",
        "The African Union suspended the talks. Amara Diallo Fofanah praised the decision.",
        "Amara Diallo Fofanah",
        "Amnesty International published a report on Monday. Liesel Andersson Kahn criticised the"
            + " report.", "Liesel Andersson Kahn");
    texts.forEach((text, person) -> assertThat(code(text, DAY).events())
        .flatMap(CodedEvent::actors).extracting(ActorRef::text).doesNotContain(person));
  }

  @Test
  void whoSurvivedOrSufferedAnAttackDidNotDoIt() {
    String lead = "General Mahmoud Sharif commands the Sudanese army in Darfur. ";
    for (String text : List.of("In 2021 he suffered a rocket attack that left four guards dead.",
        "In 2020 he survived a rocket attack.", "Last year his convoy escaped an ambush.",
        "His base withstood a mortar attack in March.")) {
      assertThat(code(lead + text, DAY).events()).flatMap(CodedEvent::actors)
          .extracting(ActorRef::name).doesNotContain("Mahmoud Sharif");
    }
    assertThat(code(lead + "In 2020 he launched an attack on the rebels.", DAY).events())
        .flatMap(CodedEvent::actors).extracting(ActorRef::name).contains("Mahmoud Sharif");
  }
}
