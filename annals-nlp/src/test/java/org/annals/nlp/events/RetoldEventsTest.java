package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * An attack an article tells again is marked as told again, dated by its first telling; an attack
 * elsewhere, on another day or with another party is an event of its own. Articles written for this
 * test (published on a Wednesday).
 */
class RetoldEventsTest extends CodingTestBase {
  private static final String DAY = "2021-04-14";
  private static final String LEAD = "Gunmen attacked a police station in Kandahar on Monday, Afghan"
      + " officials said. ";

  private static List<CodedEvent> assaults(String text) {
    return code(text, DAY).events().stream().filter(e -> e.event().equals("ASSAULT")).toList();
  }

  @Test
  void theDetailsOfAnAttackTellItAgainAndTakeItsDay() {
    List<CodedEvent> events = assaults(LEAD + "The attackers stormed the station and set fire to its gate.");
    CodedEvent first = events.get(0);
    CodedEvent again = events.stream().filter(e -> e.evidence().trigger().text().equals("stormed"))
        .findFirst().orElseThrow();
    assertThat(first.retells()).isNull();
    assertThat(again.retells()).isEqualTo(first.id());
    assertThat(again.date().value()).isEqualTo("2021-04-12");
    assertThat(again.date().rule()).isEqualTo(RetoldEvents.RULE);
  }

  @Test
  void anAttackInAnotherTownIsAnotherAttack() {
    assertThat(assaults(LEAD + "Gunmen also stormed a checkpoint in Herat."))
        .allMatch(e -> e.retells() == null).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void anAttackOnAnotherDayIsAnotherAttack() {
    assertThat(assaults(LEAD + "Gunmen stormed the same station on Tuesday."))
        .allMatch(e -> e.retells() == null).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void anAttackWithAPartyOfAnotherCountryIsAnotherAttack() {
    assertThat(assaults(LEAD + "Pakistani troops shelled the station."))
        .allMatch(e -> e.retells() == null).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void aRallyToldAgainInTheDetailsIsTheSameRally() {
    List<CodedEvent> events = code("Thousands of Chileans protested in Valparaiso on Tuesday against"
        + " the pension reform. The demonstrators marched to the congress building.", DAY).events()
        .stream().filter(e -> e.event().equals("PROTEST")).toList();
    assertThat(events).hasSize(2);
    assertThat(events.get(1).retells()).isEqualTo(events.get(0).id());
    assertThat(events.get(1).date().value()).isEqualTo("2021-04-13");
  }

  @Test
  void theAttackerShotByPoliceIsANewActNotTheAttackToldAgain() {
    List<CodedEvent> events = assaults("Luca Ferri stabbed three shoppers in Turin on Friday, Italian"
        + " police said. Officers arrived and shot Ferri in the leg.");
    assertThat(events).hasSize(2);
    assertThat(events.get(1).retells()).isNull();
  }
}
