package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Refusals and requests of the press are no event (session 25, h122): declining to say, confirm
 * or give details refuses nobody anything; a request for comment or for an interview asks no
 * political act. Real refusals and requests still code. Sentences written for this test.
 */
class PressRefusalsTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  private static List<String> types(String text) {
    return code(text, DAY).events().stream().map(e -> e.event().toString()).toList();
  }

  @Test
  void decliningToSayOrConfirmOrGiveDetailsIsNoRejection() {
    assertThat(types("The Chilean embassy declined to say how many diplomats had left Santiago."))
        .doesNotContain("REJECT");
    assertThat(types("A Thai army spokesman refused to confirm the number of soldiers deployed."))
        .doesNotContain("REJECT");
    assertThat(types("Norway's finance minister declined to give details of the budget talks."))
        .doesNotContain("REJECT", "AID");
  }

  @Test
  void aRequestForCommentOrAnInterviewIsNoEvent() {
    assertThat(types("The Brazilian foreign ministry did not respond to a request for comment."))
        .doesNotContain("REQUEST");
    assertThat(types("Russian officials declined an interview request from the BBC."))
        .doesNotContain("REJECT", "REQUEST");
  }

  @Test
  void entryDeniedToAHomeOrAVenueIsNoRejection() {
    assertThat(types("Tenants of the burned tower were denied entry to their homes for a week."))
        .doesNotContain("REJECT");
    assertThat(types("Canada denied a visa to the Iranian official, the immigration ministry said."))
        .contains("REJECT");
  }

  @Test
  void realRefusalsAndRequestsStillCode() {
    assertThat(types("The Bolivian senate declined Peru's invitation to joint talks on the border."))
        .contains("REJECT");
    assertThat(types("Serbia refused to recognize the independence of Kosovo on Friday."))
        .contains("REJECT");
    assertThat(types("Mexico requested the extradition of the former governor from Spain."))
        .contains("REQUEST");
  }
}
