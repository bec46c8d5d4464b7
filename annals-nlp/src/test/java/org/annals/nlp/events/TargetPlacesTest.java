package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * The recipient where a news writer puts it (h108): a country's possessed agent ("Venezuela's
 * state oil company"), the object of a weapon that hits, the subject of a demand's clause, an
 * unnamed person pardoned, the owner of a thing seized, and a domestic act's "for" phrase.
 * Sentences written for this test.
 */
class TargetPlacesTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  /** The recipient countries of the first event of {@code type} coded from {@code text}. */
  private static Set<String> targets(String text, String type) {
    List<CodedEvent> events = code(text, DAY).events();
    CodedEvent e = events.stream().filter(x -> x.event().equals(type)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in: " + text + " " + events));
    return e.recipients().stream().map(ActorRef::country).collect(Collectors.toSet());
  }

  @Test
  void aCountrysPossessiveOwnsTheAgentBehindItsModifiers() {
    assertThat(targets("The United States imposed new sanctions on Venezuela's state oil company on Tuesday.",
        "SANCTION")).containsExactly("VEN");
  }

  @Test
  void aWeaponThatHitsActsOnOneSideOnly() {
    CodedEvent e = code("Russian missiles hit Ukraine's energy infrastructure overnight.", DAY).events().get(0);
    assertThat(e.actors()).extracting(ActorRef::country).containsExactly("RUS");
    assertThat(e.recipients()).extracting(ActorRef::country).containsExactly("UKR");
  }

  @Test
  void theSubjectOfADemandsClauseIsItsRecipient() {
    assertThat(targets("Britain demanded that Iran release the detained sailors immediately.", "REQUEST"))
        .containsExactly("IRN");
    assertThat(targets("China demanded that the United States stop arms sales to Taiwan.", "REQUEST"))
        .contains("USA");
  }

  @Test
  void anUnnamedPersonPardonedOrAcquittedIsOfTheScene() {
    assertThat(targets("A court in Lima acquitted the former mining executive of all charges.", "CONCEDE"))
        .containsExactly("PER");
  }

  @Test
  void theOwnerOfAThingSearchedOrSeizedIsItsRecipient() {
    assertThat(targets("Slovak police searched her apartment in Bratislava on Monday.", "COERCE"))
        .containsExactly("SVK");
  }

  @Test
  void aDomesticCallForSomethingIsAddressedToTheOwnCountry() {
    assertThat(targets("The Kenyan health minister called for calm in Nairobi on Monday after the clashes.",
        "REQUEST")).containsExactly("KEN");
  }

  @Test
  void nearMissesCodeNothing() {
    assertThat(code("Apple imposed a new fee on developers selling through its app store.", DAY).events()).isEmpty();
    assertThat(code("The chef cut ties with the restaurant group last year.", DAY).events()).isEmpty();
    assertThat(code("The museum seized the opportunity to display the painting.", DAY).events()).isEmpty();
  }
}
