package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * Events with no doer (issue 13, "no source"): an act of a side-needed type with neither doer nor
 * recipient codes nothing; an assault on a named victim by unknown attackers and a state act whose
 * authority is implied stay; people whose country is only the scene's act for the body their
 * "from" phrase names. Sentences written for this test.
 */
class DoerlessEventsTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  private static List<CodedEvent> events(String text) {
    return code(text, DAY).events();
  }

  @Test
  void anActWithNeitherDoerNorRecipientCodesNothing() {
    assertThat(events("The proposal was rejected.")).isEmpty();
    assertThat(events("The meeting was postponed until next month.")).isEmpty();
  }

  @Test
  void anAssaultOnANamedVictimByUnknownAttackersStays() {
    List<CodedEvent> stabbed = events("A journalist was stabbed outside his home in Tegucigalpa.");
    assertThat(stabbed).extracting(CodedEvent::event).containsExactly("ASSAULT");
    assertThat(stabbed.get(0).actors()).isEmpty();
    assertThat(stabbed.get(0).recipients()).extracting(ActorRef::country).containsExactly("HND");
  }

  @Test
  void aStateActWithItsAuthorityImpliedStays() {
    List<CodedEvent> lifted = events("The curfew was lifted on Sunday in Bamako.");
    assertThat(lifted).extracting(CodedEvent::event).containsExactly("CONCEDE");
    assertThat(lifted.get(0).actors()).extracting(ActorRef::country).containsExactly("MLI");
  }

  @Test
  void peopleFromANamedBodyActForIt() {
    assertThat(events("Doctors from two American aid groups donated medicine to a hospital in Baghdad."))
        .flatExtracting(CodedEvent::actors).extracting(ActorRef::country).containsOnly("USA");
    assertThat(events("Nurses from a Norwegian charity donated food to a clinic in Mosul."))
        .flatExtracting(CodedEvent::actors).extracting(ActorRef::country).containsOnly("NOR");
  }
}
