package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.ActorRef;
import org.junit.jupiter.api.Test;

/**
 * Forceful events named by a noun with their doer and undergoer (h124): "Iran's seizure of",
 * "a drone strike on", "the crackdown by X on Y". The noun needs its "of",
 * "on" or "against" phrase. Sentences written for this test.
 */
class ForcefulEventNounsTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  private static List<String> coded(String text) {
    return code(text, DAY).events().stream()
        .map(e -> e.event() + " " + country(e.actors()) + ">" + country(e.recipients())
            + " " + e.evidence().rule())
        .toList();
  }

  private static String country(List<ActorRef> refs) {
    return refs.isEmpty() ? "-" : String.valueOf(refs.get(0).country());
  }

  @Test
  void aSeizureOrConfiscationWithItsDoerIsACoercion() {
    assertThat(coded("Officials in Athens condemned Turkey's seizure of a Greek research vessel."))
        .contains("COERCE TUR>GRC lexicon:coerce.seizure-noun");
    assertThat(coded("Tehran's confiscation of a Greek tanker raised tensions in the Gulf."))
        .anyMatch(s -> s.startsWith("COERCE IRN>GRC"));
  }

  @Test
  void aBombardmentOrAMissileStrikeOnAPlaceIsAnAssault() {
    assertThat(coded("The Saudi bombardment of Sanaa killed twelve civilians, medics said."))
        .anyMatch(s -> s.startsWith("ASSAULT SAU>YEM") && s.endsWith("assault.bombardment-noun"));
    assertThat(coded("A Ukrainian drone strike on a refinery in Ryazan started a large fire."))
        .anyMatch(s -> s.startsWith("ASSAULT UKR") && s.endsWith("assault.missile-strike-noun"));
  }

  @Test
  void aCrackdownOrADissolutionNamedByANounIsCoded() {
    assertThat(coded("The crackdown by Belarusian security forces on opposition supporters drew condemnation."))
        .anyMatch(s -> s.startsWith("COERCE BLR>BLR") && s.endsWith("coerce.crackdown-noun"));
    assertThat(coded("The Cambodian government's dissolution of the main opposition party ended hopes of a fair vote."))
        .anyMatch(s -> s.startsWith("COERCE KHM>KHM") && s.endsWith("coerce.dissolution-of-party"));
  }

  @Test
  void anIllnessATopicOrABandCodesNothing() {
    assertThat(coded("Doctors said the patient had a seizure shortly after surgery.")).isEmpty();
    assertThat(coded("Economists debated whether sanctions work in a conference in Geneva.")).isEmpty();
    assertThat(coded("The dissolution of the band surprised fans in Manchester.")).isEmpty();
    assertThat(coded("The book \"Sanctions and Power\" won a prize in London.")).isEmpty();
  }
}
