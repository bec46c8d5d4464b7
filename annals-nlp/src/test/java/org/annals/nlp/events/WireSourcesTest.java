package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Sources in wire copy (issue 13, session 27, h144): a subjectless participle clause ("After meeting
 * with X, Y said") is done by the main clause's subject too, not by its partner alone; an attack noun
 * whose only attacker word is "terrorist" has no actor of the scene's (the victims') country; a
 * participle conjoined to a passive verb ("were killed and 40 injured") has no doer in the passive
 * subject. Sentences written for this test.
 */
class WireSourcesTest extends CodingTestBase {
  private static final String DAY = "1998-08-21"; // a Friday

  /** The sorted source countries ("---" for none) of the first event whose trigger has {@code trigger}. */
  private static String sourcesOf(String text, String trigger) {
    return code(text, DAY).events().stream()
        .filter(e -> e.evidence().trigger().text().contains(trigger))
        .map(e -> e.actors().isEmpty() ? "-" : e.actors().stream()
            .map(a -> a.country() == null ? "---" : a.country()).sorted().distinct()
            .collect(Collectors.joining("+")))
        .findFirst().orElse("no event");
  }

  @Test
  void aParticipleClauseIsTheMainSubjectsAct() {
    assertThat(sourcesOf("After meeting with Chinese officials in Beijing on Monday, the French foreign"
        + " minister said relations had improved.", "meeting")).isEqualTo("CHN+FRA");
    assertThat(sourcesOf("After meeting with Colombian police leaders on Friday, the U.S. drug czar said"
        + " cooperation was excellent.", "meeting")).isEqualTo("COL+USA");
    assertThat(sourcesOf("After holding talks with Iranian leaders in Tehran, the Russian foreign minister"
        + " said Moscow would finish the reactor.", "talks")).isEqualTo("IRN+RUS");
  }

  @Test
  void aClauseWithItsOwnSubjectKeepsIt() {
    assertThat(sourcesOf("Chinese officials met with the French foreign minister in Beijing on Monday.",
        "met")).isEqualTo("CHN+FRA");
    assertThat(sourcesOf("Before meeting Brazilian President Fernando Henrique Cardoso on Monday, the"
        + " German chancellor toured a car factory.", "meeting")).isEqualTo("BRA+DEU");
  }

  @Test
  void aTerroristAttackHasNoAttackerOfTheScenesCountry() {
    assertThat(sourcesOf("Terrorist attacks on tourist buses in Cairo, Egypt, left 18 Greek visitors dead.",
        "attacks")).isIn("-", "no event");
    assertThat(sourcesOf("Turkish warplanes bombed Kurdish rebel camps in northern Iraq on Saturday.",
        "bombed")).isEqualTo("TUR");
    assertThat(sourcesOf("Pakistani police killed three militants in a raid in Lahore on Sunday.",
        "killed")).isEqualTo("PAK");
  }

  @Test
  void theVictimsOfAPassiveAreNoDoersOfItsConjunct() {
    assertThat(sourcesOf("Six people were killed and 40 injured in a truck bomb attack on Friday outside"
        + " the Spanish embassy in the Algerian capital Algiers.", "injured")).isIn("-", "no event");
    assertThat(sourcesOf("Indian troops shelled positions in Pakistan and killed three soldiers.",
        "killed")).isEqualTo("IND");
  }
}
