package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * Sentences that report no political event although they hold words that code one elsewhere:
 * accidents and disasters, sport, travel. Each class was seen as false events on text with no
 * political event; the sentences are written for these tests.
 */
class NoEventClassesTest extends CodingTestBase {

  @Test
  void deathsInAccidentsAndDisasters() {
    assertCodes("Two Canadian hikers were killed in an avalanche near Whistler on Sunday.", "2024-05-10");
    assertCodes("A Spanish fisherman was struck by lightning off the coast of Galicia.", "2024-05-10");
  }

  @Test
  void aStateOfEmergencyForADisasterIsNoCoercion() {
    assertCodes("The governor of Florida declared a state of emergency as Hurricane Irma approached.",
        "2024-03-10");
    assertCodes("The Thai army declared a state of emergency in Bangkok after weeks of protests.",
        "2024-03-10", "COERCE/martial-law 1724 THA:MIL asserted");
  }

  @Test
  void leavingARaceIsNoRetreat() {
    assertCodes("The Ohio senator dropped out of the presidential race on Tuesday.", "2024-03-10");
    assertCodes("The Brazilian governor withdrew from the presidential race in May.", "2024-03-10");
  }

  @Test
  void sport() {
    assertCodes("Norwegian skiers competed in the relay at the championships on Sunday.", "2024-05-10");
  }

  @Test
  void travelToAPlaceIsNoMeeting() {
    assertCodes("The Peruvian champion flew to Hawaii for the surfing contest.", "2024-05-10");
    assertCodes("The German chancellor flew back to Berlin on Monday.", "2024-05-10");
  }

  @Test
  void hostingOnesOwnGovernmentIsNoVisit() {
    assertCodes("The Italian president received an award from the Italian government.", "2024-05-10");
  }

  @Test
  void aNamedDoerThatIsNoActorIsNotReplacedByTheSpeaker() {
    assertCodes("Canadian rangers reported bears attacking hikers near Banff.", "2024-05-10");
  }

  @Test
  void attacksStillCodeNextToTheseWords() {
    CodedArticle a = code("Two Nigerian soldiers were killed when gunmen opened fire on their convoy.",
        "2024-05-10");
    assertThat(a.events()).extracting(CodedEvent::event).contains("ASSAULT");
  }
}
