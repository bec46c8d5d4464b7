package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * Wrong sources across sentences (h130): a definite office with no country word ("the minister",
 * "the president", "the officials") is the actor named before with that office and its country,
 * not the country the article named last; an unknown person of a sentence that names no place is
 * of the article's home, not of the country the sentence speaks of. Sentences written for this
 * test.
 */
class SourceCorefClassesTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  /** The single source of the event whose trigger contains {@code trigger}. */
  private static ActorRef source(String text, String trigger) {
    CodedEvent e = code(text, DAY).events().stream()
        .filter(x -> x.evidence().trigger().text().contains(trigger)).findFirst().orElseThrow();
    assertThat(e.actors()).hasSize(1);
    return e.actors().get(0);
  }

  @Test
  void theMinisterIsTheMinisterNamedBeforeNotTheCountryVisited() {
    ActorRef a = source("India's foreign minister flew to Beijing on Sunday. The minister accused "
        + "China of violating border agreements.", "accused");
    assertThat(a.cameo()).isEqualTo("INDGOV");
    assertThat(a.rule()).contains("+definite-office:the-minister>");
  }

  @Test
  void thePresidentIsThePresidentNamedBefore() {
    assertThat(source("Brazil's president traveled to Buenos Aires for a regional summit. The "
        + "president praised Argentina for its support on climate policy.", "praised").country())
        .isEqualTo("BRA");
  }

  @Test
  void theOfficialsAreTheOfficialsNamedBeforeNotTheirGuests() {
    assertThat(source("Kenyan officials met Somali diplomats in Nairobi on Friday. The officials "
        + "accused Somalia of stirring tensions on the border.", "accused").country())
        .isEqualTo("KEN");
  }

  @Test
  void twoPresidentsOfOneSentenceLeaveThePresidentToNobody() {
    assertThat(source("U.S. President Joe Biden met Brazilian President Luiz Inacio Lula da Silva "
        + "in Washington on Monday. The president criticized Russia for the war.", "criticized")
        .rule()).doesNotContain("definite-office");
  }

  @Test
  void anotherOfficeOfTheSameWordIsNoReferenceBack() {
    ActorRef a = source("Germany's defence minister visited Vilnius on Tuesday. The prime minister "
        + "thanked Germany for the troops.", "thanked");
    assertThat(a.rule()).doesNotContain("definite-office");
    assertThat(a.country()).isEqualTo("LTU");
  }

  @Test
  void anOfficeNamedMoreThanThreeSentencesBackIsNotReachedBack() {
    assertThat(source("Nigeria's president flew to Paris on Monday. France announced new aid. A "
        + "week later, floods hit Lagos. Thousands fled their homes. Aid groups warned of disease. "
        + "The president blamed France for delays in the aid.", "blamed").rule())
        .doesNotContain("definite-office");
  }

  @Test
  void anUnknownPersonIsOfTheArticlesHomeNotOfTheCountryAccused() {
    assertThat(source("Clashes broke out in northern Kosovo on Monday. Police official Veton "
        + "Elshani accused Serbia of arming the attackers.", "accused").country()).isEqualTo("KOS");
  }
}
