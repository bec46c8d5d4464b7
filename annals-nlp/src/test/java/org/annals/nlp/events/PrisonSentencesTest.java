package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * A sentence to prison is a conviction and also an imprisonment (PLOVER manual: court sentences
 * that include imprisonment also receive COERCE "arrest"); other sentences are convictions only.
 * Sentences written for this test.
 */
class PrisonSentencesTest extends CodingTestBase {
  private static final String DAY = "2021-04-14";

  private static List<String> typeAndMode(String text) {
    return code(text, DAY).events().stream().map(e -> e.event() + "/" + e.mode()).toList();
  }

  @Test
  void aSentenceToYearsInPrisonIsAlsoAnImprisonmentOfTheSamePeopleOnTheSameDay() {
    List<CodedEvent> events = code("A court in Lyon sentenced the former French finance minister"
        + " to six years in prison on Tuesday.", DAY).events();
    assertThat(events).extracting(e -> e.event() + "/" + e.mode())
        .containsExactly("SANCTION/convict", "COERCE/arrest");
    CodedEvent conviction = events.get(0);
    CodedEvent jailing = events.get(1);
    assertThat(jailing.recipients()).isEqualTo(conviction.recipients());
    assertThat(jailing.date()).isEqualTo(conviction.date());
    assertThat(jailing.evidence().rule()).endsWith("+prison-sentence");
    assertThat(jailing.cameo()).isEqualTo("173");
  }

  @Test
  void aTermGivenOnlyAsItsLengthOrAsLifeIsAPrisonTerm() {
    assertThat(typeAndMode("A Kenyan court sentenced the former governor to 30 months for fraud."))
        .containsExactly("SANCTION/convict", "COERCE/arrest");
    assertThat(typeAndMode("The Kenyan opposition leader was sentenced to life imprisonment."))
        .containsExactly("SANCTION/convict", "COERCE/arrest");
  }

  @Test
  void aSentenceToDeathOrAFineOrWithNoPenaltyNamedIsTheConvictionOnly() {
    assertThat(typeAndMode("A Kenyan court sentenced the rebel commander to death in absentia."))
        .containsExactly("SANCTION/convict");
    assertThat(typeAndMode("The former Kenyan governor was sentenced on Wednesday in Nairobi."))
        .containsExactly("SANCTION/convict");
    assertThat(typeAndMode("A Kenyan court sentenced the editor to community service."))
        .containsExactly("SANCTION/convict");
  }
}
