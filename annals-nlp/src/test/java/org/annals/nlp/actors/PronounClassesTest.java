package org.annals.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.annals.model.ActorRef;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.nlp.PipelineFactory;
import org.junit.jupiter.api.Test;

/**
 * Whom "they" refers back to (issue 13, wrong source through a pronoun): a subject pronoun takes
 * the group last named as a subject, not a body or city named since as an object or a place.
 * Sentences written for these tests; the whole pipeline codes them.
 */
class PronounClassesTest {

  private static ActorRef pronoun(String text, String word) {
    CodedArticle coded = PipelineFactory.shared().code(Article.of(text, LocalDate.parse("2024-03-10")));
    List<ActorRef> all = coded.events().stream()
        .flatMap(e -> Stream.concat(e.actors().stream(), e.recipients().stream())).toList();
    assertThat(all).as("participants of: %s", text).anyMatch(r -> r.text().equals(word));
    return all.stream().filter(r -> r.text().equals(word)).findFirst().orElseThrow();
  }

  @Test
  void aSubjectPronounTakesTheGroupNamedAsSubjectNotAPlaceNamedSince() {
    // (a protest's demand is part of the protest and codes no event of its own, so the pronoun is
    // read off an accusation)
    ActorRef they = pronoun(
        "Thousands of teachers marched through Nairobi on Monday as they accused the government of broken promises.",
        "they");
    assertThat(they.rule()).as(they.rule()).contains("teachers");
    assertThat(they.country()).isEqualTo("KEN");
  }

  @Test
  void aSubjectPronounTakesTheGroupNamedAsSubjectNotTheBodyItsClauseNamed() {
    ActorRef they = pronoun("Hundreds of farmers blocked the entrance of the agriculture ministry in Lusaka on Friday. "
        + "They demanded cheaper fertiliser.", "They");
    assertThat(they.rule()).as(they.rule()).contains("farmers");
  }

  @Test
  void aPronounAfterACountryNamedAsAnActorStillRefersToIt() {
    ActorRef they = pronoun("Norway criticised the whaling quota on Tuesday. They urged Japan to drop the hunt.",
        "They");
    assertThat(they.country()).isEqualTo("NOR");
  }

  private static List<String> countries(String text) {
    CodedArticle coded = PipelineFactory.shared().code(Article.of(text, LocalDate.parse("2024-03-10")));
    return coded.events().stream()
        .flatMap(e -> Stream.concat(e.actors().stream(), e.recipients().stream()))
        .map(ActorRef::country).toList();
  }

  @Test
  void aCountryNamedAsTheStateOfACityIsNoAntecedent() {
    assertThat(countries("The chess final was held in Geneva, Switzerland on Sunday. "
        + "It thanked the chess federation for its support.")).doesNotContain("CHE");
    assertThat(pronoun("Switzerland hosted the chess final on Sunday. "
        + "It thanked the chess federation for its support.", "It").country()).isEqualTo("CHE");
  }

  @Test
  void theCountryAPersonIsFromIsNoAntecedent() {
    assertThat(countries("The cyclist Ada Mwangi from Kenya won the stage in Lyon on Sunday. "
        + "It thanked the organisers for their support.")).doesNotContain("KEN");
  }
}
