package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * Acts scheduled or faced are future and coded as themselves, not as the intent or threat of an
 * announcement ({@link ModalityRules#scheduled}); a reduced condition ("if convicted") is
 * hypothetical. Sentences written for this test.
 */
class ScheduledActsTest extends CodingTestBase {
  private static final String DAY = "2021-04-12";

  private static List<String> typeAndModality(String text) {
    return code(text, DAY).events().stream()
        .map(e -> e.event() + " " + e.modality().label()).toList();
  }

  @Test
  void aSentencingThatIsToComeIsAFutureSanctionNotAThreat() {
    assertThat(typeAndModality("The former mayor of Valparaiso is to be sentenced by a Chilean court in May."))
        .containsExactly("SANCTION future");
  }

  @Test
  void anExtraditionThatIsToBeHeardIsFuture() {
    assertThat(typeAndModality("The Chilean banker is to be extradited to Argentina next month."))
        .isNotEmpty().allMatch(s -> s.endsWith(" future"));
  }

  @Test
  void anAnnouncedMeetingStaysTheIntentToMeet() {
    assertThat(typeAndModality("Chile's foreign minister said he will meet his Peruvian counterpart in Lima."))
        .containsExactly("AGREE asserted");
  }

  @Test
  void aPrisonTermStillFacedIsFutureWhileChargesFacedStand() {
    assertThat(typeAndModality("The Chilean army colonel faces a long prison term for the killings."))
        .containsExactly("COERCE future");
    assertThat(typeAndModality("The Chilean army colonel faces bribery charges."))
        .containsExactly("ACCUSE asserted");
  }

  @Test
  void aConvictionAfterIfIsHypothetical() {
    List<CodedEvent> events = code(
        "Prosecutors said the Chilean senator faces up to eight years in prison if convicted of fraud.", DAY)
        .events();
    assertThat(events).extracting(e -> e.event() + " " + e.modality().label()).contains("SANCTION hypothetical");
  }

  @Test
  void aRefusalAnnouncedForTheFutureIsMadeWhileAConditionalOneIsNot() {
    assertThat(typeAndModality("Chile's president said he will not approve the pension reform."))
        .containsExactly("REJECT asserted");
    assertThat(typeAndModality("The Chilean senate would reject the treaty if the vote were held today."))
        .containsExactly("REJECT hypothetical");
  }
}
