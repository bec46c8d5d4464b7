package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * Spurious and mis-typed violence and alleged support (issue 13, h103). Sentences written for
 * this test.
 */
class AllegedBackingTest extends CodingTestBase {
  private static final String DAY = "2021-05-04";

  private static List<CodedEvent> events(String text) {
    return code(text, DAY).events();
  }

  private static CodedEvent only(String text, String type) {
    List<CodedEvent> found = events(text).stream().filter(e -> e.event().equals(type)).toList();
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  private static List<String> countries(List<org.annals.model.ActorRef> refs) {
    return refs.stream().map(org.annals.model.ActorRef::country).toList();
  }

  @Test
  void backingOfAnArmedGroupToldBySpeakerOfAnotherStateIsTheSpeakersAccusation() {
    CodedEvent e = only("India says the fighters are supported by Pakistan.", "ACCUSE");
    assertThat(countries(e.actors())).containsExactly("IND");
    assertThat(countries(e.recipients())).containsExactly("PAK");
    assertThat(e.evidence().rule()).endsWith("+alleged-backing");
    e = only("France backs the rebels, according to a Malian minister.", "ACCUSE");
    assertThat(countries(e.actors())).containsExactly("MLI");
    assertThat(countries(e.recipients())).containsExactly("FRA");
    e = only("According to Yemeni officials, the Houthi rebels are backed by Iran.", "ACCUSE");
    assertThat(countries(e.actors())).containsExactly("YEM");
    assertThat(countries(e.recipients())).containsExactly("IRN");
    assertThat(types("According to Yemeni officials, the Houthi rebels are backed by Iran.", DAY))
        .doesNotContain("SUPPORT");
  }

  @Test
  void aBackerSpeakingForItselfOrBackingAStateKeepsItsSupport() {
    assertThat(types("Iran said it backs the Houthi rebels.", DAY)).containsExactly("SUPPORT");
    assertThat(types("Russia backs the Syrian government, a Turkish official said.", DAY)).containsExactly("SUPPORT");
    assertThat(types("The Somali government is backed by Ethiopia, Kenyan officials said.", DAY)).containsExactly("SUPPORT");
  }

  @Test
  void dyingInAnAttackIsUndergoingItNotDoingIt() {
    List<CodedEvent> found = events("Gunmen stormed a market in Kano on Monday. At least six traders died"
        + " in the attack, and dozens were wounded.");
    assertThat(found).noneMatch(e -> e.event().equals("ASSAULT") && e.evidence().trigger().text().equals("attack")
        && !e.actors().isEmpty());
    assertThat(events("Four Peruvian soldiers perished in the ambush near the border.")).noneMatch(
        e -> e.event().equals("ASSAULT") && countries(e.actors()).contains("PER"));
  }

  @Test
  void itIsNoPluralGroupNamedBefore() {
    List<CodedEvent> found = events("A bomb exploded at a bus station in Peshawar on Sunday. Police"
        + " officials said it killed seven people and injured at least fifty more.");
    assertThat(found).noneMatch(e -> e.event().equals("ASSAULT")
        && e.actors().stream().anyMatch(a -> "COP".equals(a.sector())));
    found = events("Officials in Tunis said it wounded three tourists.");
    assertThat(found).noneMatch(e -> e.event().equals("ASSAULT") && !e.actors().isEmpty());
    CodedEvent army = only("The Nigerian army said it killed twelve insurgents near Maiduguri.", "ASSAULT");
    assertThat(countries(army.actors())).containsExactly("NGA");
  }
}
