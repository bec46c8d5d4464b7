package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * A governing verb and the event it is about (helper h115): a stance on an accusation is the
 * accusation, "called the strike a war crime" names a strike as a crime, a refusal to take part in a
 * conference is one REJECT, and an investigation ordered is an investigation.
 * Sentences written for this test.
 */
class EmbeddedEventTypesTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  private static List<String> types(String text) {
    return code(text, DAY).events().stream().map(e -> e.event() + "/" + e.cameo()).toList();
  }

  private static List<CodedEvent> events(String text) {
    return code(text, DAY).events();
  }

  @Test
  void backingOrAgreeingWithChargesOrAllegationsIsOneAccusation() {
    assertThat(types("Turkey's parliament supported the charges against the opposition leader."))
        .containsExactly("ACCUSE/112");
    assertThat(types("The senator backed the allegations against the governor of Texas."))
        .containsExactly("ACCUSE/112");
    assertThat(types("Latvia agreed with the accusations against Moscow."))
        .containsExactly("ACCUSE/112");
    assertThat(events("Latvia agreed with the accusations against Moscow.").get(0).evidence().rule())
        .isEqualTo("lexicon:accuse.agree-with-allegation");
  }

  @Test
  void backingOrJoiningCriticismIsCriticism() {
    assertThat(types("Belgium supported the criticism of the Hungarian law."))
        .containsExactly("ACCUSE/111");
    assertThat(types("Denmark joined the condemnation of the coup in Guinea."))
        .containsExactly("ACCUSE/111");
  }

  @Test
  void aStrikeCalledACrimeIsCondemnedNotCalled() {
    assertThat(types("The Estonian president called the missile strike a war crime."))
        .containsExactly("ACCUSE/111");
    assertThat(types("Dock workers in Antwerp called a strike over pay.")).doesNotContain("ACCUSE/111");
  }

  @Test
  void decliningToAttendASummitIsOneRefusalToMeet() {
    assertThat(types("The Slovenian government refused to take part in the conference in Moscow."))
        .containsExactly("REJECT/125");
  }

  @Test
  void anInvestigationOrderedIsAnInvestigation() {
    assertThat(types("The Chilean interior minister ordered an investigation into the shooting of the activist."))
        .containsExactly("ACCUSE/090");
  }

  @Test
  void backingANonAccusationStaysSupport() {
    assertThat(types("Poland backed the sanctions against Belarus.")).containsExactly("SUPPORT/051");
    assertThat(types("Spain endorsed Morocco's autonomy plan for Western Sahara."))
        .containsExactly("SUPPORT/051");
  }

  @Test
  void aReleaseOfDataOrResultsWelcomedOrCalledForIsNoEvent() {
    assertThat(types("Scientists welcomed the release of the new data on climate.")).isEmpty();
    assertThat(types("Students called for the release of the exam results.")).isEmpty();
    assertThat(types("The European Union urged Serbia to release the detained Kosovo police officers."))
        .containsExactly("REQUEST/1053");
  }
}
