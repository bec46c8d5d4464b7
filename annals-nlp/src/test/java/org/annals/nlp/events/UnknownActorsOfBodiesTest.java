package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * Actors the knowledge base does not know (h104): a person of a known organisation takes the
 * organisation's country, not the scene's; police act for the country where the story happens,
 * not for a foreign suspect's. Sentences written for this test.
 */
class UnknownActorsOfBodiesTest extends CodingTestBase {
  private static final String DAY = "2022-05-11";

  private static ActorRef source(String text, String trigger) {
    List<CodedEvent> events = code(text, DAY).events();
    CodedEvent e = events.stream().filter(x -> x.evidence().trigger().text().contains(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no event on " + trigger + " in " + events));
    assertThat(e.actors()).isNotEmpty();
    return e.actors().get(0);
  }

  @Test
  void aPersonOfAKnownOrganisationTakesItsCountryNotTheScenes() {
    ActorRef a = source("In Nairobi, Ines Moreau of Amnesty International condemned the arrest of"
        + " three bloggers.", "condemned");
    assertThat(a.country()).isEqualTo("IGO");
    assertThat(a.rule()).contains("+member-of:");
    ActorRef b = source("Lukas Brenner, head of research at the World Bank, praised the new budget"
        + " of Ghana on Monday.", "praised");
    assertThat(b.country()).isEqualTo("IGO");
    assertThat(b.rule()).contains("+member-of:");
  }

  @Test
  void aPersonOfAPersonOrACountryIsNoMemberOfIt() {
    ActorRef a = source("Maria Okafor, the wife of a Ghanaian diplomat, criticised the police in"
        + " Abuja on Friday.", "criticised");
    assertThat(a.rule()).doesNotContain("+member-of:");
  }
}
