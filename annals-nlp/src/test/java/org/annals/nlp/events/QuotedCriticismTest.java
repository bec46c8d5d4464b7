package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * Criticism with no trigger of its own (session 23, h105): a judgement inside a quotation that runs
 * on from an earlier sentence is its speaker's ({@code coref:quote-continued>}), and assailing
 * something "as" what one calls it is criticism ({@code accuse.assail-as}). Sentences written for
 * this test.
 */
class QuotedCriticismTest extends CodingTestBase {
  private static final String DAY = "2021-03-03";

  private static List<CodedEvent> accusations(String text) {
    return code(text, DAY).events().stream().filter(e -> e.event().equals("ACCUSE")).toList();
  }

  @Test
  void aFailingShownInAContinuedQuotationIsTheSpeakersCriticism() {
    List<CodedEvent> events = accusations("Chilean Senator Ana Ortiz said: \"The ruling came late."
        + " In ruling so, the Argentine court showed a shocking ignorance of the law.\"");
    assertThat(events).extracting(CodingTestBase::summary)
        .containsExactly("ACCUSE/disapprove 111 CHL:LEG -> ARG:JUD asserted");
    assertThat(events.get(0).actors().get(0).rule()).startsWith("coref:quote-continued>");
  }

  @Test
  void aVerdictInAContinuedQuotationIsTheSpeakersCriticism() {
    List<CodedEvent> events = accusations("The Peruvian foreign minister Elena Ruiz told reporters:"
        + " \"We stood by them for years. The Bolivian decision is a grave mistake.\"");
    assertThat(events).extracting(e -> e.event() + " " + e.actors().get(0).country())
        .containsExactly("ACCUSE PER");
  }

  @Test
  void aJudgementAfterTheQuotationClosesOrWithNoQuotationHasNoSpeaker() {
    assertThat(accusations("The Peruvian foreign minister Elena Ruiz spoke on Monday. \"We stood"
        + " by them for years,\" she said. The Bolivian decision is a grave mistake.")).isEmpty();
    assertThat(accusations("Peruvian coach Luis Herrera told reporters: \"We trained hard all"
        + " week. The weather was terrible.\"")).isEmpty();
  }

  @Test
  void aQuotedJudgementOfSportOrCultureIsNoEventWithoutAnActorJudged() {
    assertThat(accusations("Peruvian coach Luis Herrera told reporters: \"We trained hard all"
        + " week. The second half was a disaster for us.\"")).isEmpty();
    assertThat(accusations("The Chilean director Pablo Vera said: \"I waited ten years for this"
        + " role. The first draft of the script was awful.\"")).isEmpty();
  }

  @Test
  void assailingSomethingAsWhatOneCallsItIsCriticism() {
    assertThat(accusations("In a radio address, Chilean Senator Ana Ortiz assailed the Argentine"
        + " budget as a disgrace.")).extracting(e -> e.event() + "/" + e.mode() + " " + e.cameo()
            + " " + e.evidence().rule())
        .containsExactly("ACCUSE/disapprove 111 lexicon:accuse.assail-as");
    assertThat(accusations("On Tuesday, Kenyan opposition leader Raila Odinga assailed the"
        + " electoral commission as biased.")).hasSize(1);
  }

  @Test
  void assailingWithNoAsIsLeftToTheDictionary() {
    assertThat(code("Gunmen assailed a police convoy near Peshawar on Monday.", DAY).events())
        .noneMatch(e -> e.evidence().rule().equals("lexicon:accuse.assail-as"));
  }
}
