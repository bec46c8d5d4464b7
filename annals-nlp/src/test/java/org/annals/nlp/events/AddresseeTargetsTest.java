package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * The target a judgement or an acceptance names only by the other party's act (h117): a deed
 * judged by its own noun ("condemned the expulsion"), a handover judged as "the decision", a
 * protest at a seizure just told, and an offer or proposal accepted, whose maker is the
 * recipient, not the doer. Sentences written for this test.
 */
class AddresseeTargetsTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  /** The first event of {@code type} as "SOURCE>TARGET" countries. */
  private static String coded(String text, String type) {
    List<CodedEvent> events = code(text, DAY).events();
    CodedEvent e = events.stream().filter(x -> x.event().equals(type)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in: " + text + " " + events));
    return String.join(",", e.actors().stream().map(ActorRef::country).toList()) + ">"
        + String.join(",", e.recipients().stream().map(ActorRef::country).toList());
  }

  @Test
  void aDeedJudgedByItsOwnNounHasItsDoerAsTarget() {
    assertThat(coded("Malta expelled three Libyan diplomats on Wednesday. Libya condemned the expulsion on Thursday.",
        "ACCUSE")).isEqualTo("LBY>MLT");
    assertThat(coded("Iran detained two French tourists on Sunday. Paris condemned the detention.", "ACCUSE"))
        .isEqualTo("FRA>IRN");
  }

  @Test
  void aHandoverPraisedAsTheDecisionHasItsDoerAsTarget() {
    assertThat(coded("Norway extradited the banker to Poland on Monday. Warsaw welcomed the decision.", "SUPPORT"))
        .isEqualTo("POL>NOR");
  }

  @Test
  void aProtestAtASeizureJustToldIsAimedAtItsDoer() {
    assertThat(coded("Myanmar seized a Thai fishing boat on Monday. Bangkok protested the seizure on Tuesday.",
        "PROTEST")).isEqualTo("THA>MMR");
  }

  @Test
  void anOfferAcceptedIsAgreedToItsMaker() {
    assertThat(coded("Sri Lanka accepted India's offer of emergency fuel on Friday.", "AGREE")).isEqualTo("LKA>IND");
    assertThat(coded("Ecuador accepted Peru's proposal for a joint patrol on Monday.", "AGREE")).isEqualTo("ECU>PER");
    assertThat(coded("Chad accepted the proposal made by Niger on Monday.", "AGREE")).isEqualTo("TCD>NER");
  }

  @Test
  void nearMissesCodeNothing() {
    assertThat(code("She accepted a job offer from a bank in Oslo.", DAY).events()).isEmpty();
    assertThat(code("The singer apologised to her fans in Dublin for the cancelled show.", DAY).events()).isEmpty();
    assertThat(code("The two sides played to a draw in Sofia.", DAY).events()).isEmpty();
  }
}
